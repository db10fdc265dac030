namespace Marsad.Corpus.Relations;

/// <summary>A stored article, as relations list it.</summary>
/// <param name="Published">ISO date or date-time (UTC) as stored; null when unknown.</param>
/// <param name="Source">The publishing outlet (outlet id when the analysis knew it, else the input's source code).</param>
public sealed record ArticleRef(string Id, long Seq, string? Title, string? Published, string? Source, string? Url);

/// <summary>An article of a copy group with the strongest verified overlap it has with another member.</summary>
/// <param name="Coverage">Share of the shorter text's words inside passages the other text contains (1.0 = whole text).</param>
/// <param name="Direct">True when this overlap is with the asked article itself (else with another member of the group).</param>
public sealed record CopyMember(ArticleRef Article, double Coverage, int SharedShingles, bool Direct);

/// <summary>An article's copy group: its original and the other copies.</summary>
/// <param name="Original">The article taken as the original (null when the group credits an outlet absent from the store).</param>
/// <param name="Origin">The originating outlet.</param>
/// <param name="Reason">credited-original, credited-agency or earliest (see <see cref="Copies.CopyGroup"/>).</param>
/// <param name="Copies">Every other member of the group, original included, in publication order.</param>
public sealed record ArticleCopies(ArticleRef Article, ArticleRef? Original, string? Origin, string Reason, IReadOnlyList<CopyMember> Copies);

public sealed record OutletCount(string Outlet, int Articles);

/// <summary>An entity and in how many articles (of a story, or next to another entity) it is named.</summary>
public sealed record EntityCount(string Key, string Name, string Type, int Articles);

/// <summary>A story as listed: title, time span (UTC), size, outlets and main actors (people, organisations, states).</summary>
public sealed record StorySummary(int Id, string? Title, DateTime? First, DateTime? Last, int Articles, IReadOnlyList<OutletCount> Sources, IReadOnlyList<EntityCount> Actors);

/// <summary>An event of a story's timeline (from the stored analyses), dated by its time expression or else its article:
/// one event counted once, told by <paramref name="Reports"/> reports in the story's articles from <paramref name="Sources"/>;
/// trigger, evidence and article are those of its first report.</summary>
/// <param name="EventId">The merged event's id: its first report's article id and index ("id#2").</param>
public sealed record TimelineEvent(string? Date, string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, string? Place, string Trigger, string Evidence, ArticleRef Article,
    string? EventId = null, int Reports = 1, IReadOnlyList<string>? Sources = null);

/// <summary>A quote with its speaker (null when unattributed) and the article that carries it.</summary>
public sealed record TimelineQuote(string? Date, string? SpeakerKey, string? Speaker, string Text, string Kind, ArticleRef Article);

/// <summary>
/// A story in full: its articles in time order, and its events and quotes in time order (each told once: the reports of
/// one event are merged, the same quote repeated by copies is listed at its first article), and the thread of related
/// stories it belongs to (itself included).
/// </summary>
public sealed record StoryDetail(StorySummary Summary, IReadOnlyList<ArticleRef> Articles, IReadOnlyList<TimelineEvent> Events, IReadOnlyList<TimelineQuote> Quotes,
    IReadOnlyList<StorySummary>? Thread = null)
{
    /// <summary>The located places its articles name, most named first (<see cref="CorpusRelations.StoryPlaces"/>).</summary>
    public IReadOnlyList<PlaceCount> Places { get; init; } = [];
}

/// <summary>Who republishes whom: articles of <paramref name="Origin"/> republished by <paramref name="Republisher"/>.</summary>
/// <param name="Credited">Articles of the republisher whose credit line or dateline names the origin.</param>
/// <param name="Copied">Detected copies in groups whose origin is <paramref name="Origin"/>, published by the republisher.</param>
public sealed record SourceEdge(string Origin, string Republisher, int Credited, int Copied);

public sealed record DayCount(string Day, int Articles);

/// <summary>
/// What the corpus says about one entity: the names used for it, mentions per day, quotes by it and about it,
/// the entities named in the same articles and those it acts with in events.
/// </summary>
/// <param name="QuotesAbout">Quotes by others that name it (one of its spellings in the quoted words).</param>
/// <param name="ActsWith">Entities that are actor or recipient in the same events as it.</param>
public sealed record EntityProfile(
    string Key, string Name, string NameAr, string Type, IReadOnlyList<string> Variants, int Articles,
    IReadOnlyList<DayCount> Timeline, IReadOnlyList<TimelineQuote> QuotesBy, IReadOnlyList<TimelineQuote> QuotesAbout,
    IReadOnlyList<EntityCount> Companions, IReadOnlyList<EntityCount> ActsWith)
{
    /// <summary>The located places named in its articles, most named first (<see cref="CorpusRelations.PlacesNamedWith"/>).</summary>
    public IReadOnlyList<PlaceCount> Places { get; init; } = [];
}
