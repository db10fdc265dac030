using Marsad.Analysis.Json;

namespace Marsad.Corpus.Store;

/// <summary>An entity of one stored analysis: what search and export need of it.</summary>
/// <param name="Key">The corpus-wide identity: the knowledge-base id when linked, else "name:" + the folded name.</param>
/// <param name="IsMain">One of what the article is about: named in its opening (<see cref="ArticleFacts.LeadLength"/>
/// characters) or mentioned at least <see cref="ArticleFacts.MainMentions"/> times; search ranks these articles higher.</param>
public sealed record FactEntity(string LocalId, string Key, string Type, string Name, string NameAr, string? KbId, IReadOnlyList<string> Surfaces, bool IsMain = false);

public sealed record FactQuote(string Text, string? SpeakerKey, string? SpeakerName, string Kind, string? Cue);

/// <param name="TriggerStart">Where the trigger starts in the article text (UTF-16 offset): with the article, it names the report.</param>
/// <param name="Parties">Who the participants are beyond the names shown: what merging reports of one event compares.</param>
public sealed record FactEvent(string Type, string? Mode, IReadOnlyList<string> Actors, IReadOnlyList<string> Recipients, string? Place, string? Date, string Trigger, string Evidence, int TriggerStart = -1,
    EventParties? Parties = null);

/// <summary>
/// The participants of one event report as another outlet might name them. <paramref name="ActorForms"/> and
/// <paramref name="RecipientForms"/> hold each participant's canonical name, its Arabic name and every name of two
/// words or more the article gives it that starts with the Arabic name's first word («عادل بن أحمد الجبير» for Adel
/// al-Jubeir; a lone or dynastic family name «آل نهيان» is many people, a title «وزير الخارجية» names many: both are
/// left out).
/// </summary>
public sealed record EventParties(IReadOnlyList<string> ActorForms, IReadOnlyList<string> RecipientForms);

/// <summary>
/// The entities, quotes and events of a stored analysis JSON, as <see cref="AnalysisJsonReader"/> reads it. Read from the
/// JSON rather than from a live Document so that indexing, re-indexing after a crash and export all read
/// the one thing that is stored. Missing layers give empty lists.
/// </summary>
public sealed class ArticleFacts
{
    public IReadOnlyList<FactEntity> Entities { get; private init; } = [];
    public IReadOnlyList<FactQuote> Quotes { get; private init; } = [];
    public IReadOnlyList<FactEvent> Events { get; private init; } = [];
    public string? PublisherId { get; private init; }
    public string? PublisherName { get; private init; }
    /// <summary>The outlet a credit line or dateline names as the article's origin (analysis <c>source.origin</c>).</summary>
    public string? OriginId { get; private init; }
    public string? OriginName { get; private init; }

    /// <summary>The opening of an article: its lead, about two sentences of news.</summary>
    public const int LeadLength = 300;

    /// <summary>An entity mentioned (or referred to) this often is one the article is about.</summary>
    public const int MainMentions = 3;

    public static ArticleFacts FromAnalysisJson(string json) => From(AnalysisJsonReader.Read(json));

    public static ArticleFacts From(JsonAnalysis analysis)
    {
        var entities = new List<FactEntity>();
        var byLocal = new Dictionary<string, FactEntity>();
        foreach (var e in analysis.Entities)
        {
            var surfaces = new List<string>();
            foreach (var m in e.Mentions)
                if (m.Text.Length > 0 && !surfaces.Contains(m.Text)) surfaces.Add(m.Text);
            string nameAr = e.NameAr.Length > 0 ? e.NameAr : e.Name;
            bool main = e.Mentions.Count + e.References.Count >= MainMentions || e.Mentions.Any(m => m.Start < LeadLength);
            var entity = new FactEntity(e.Id, EntityKey(e.Kb, e.Name), e.Type, e.Name, nameAr, e.Kb, surfaces, main);
            entities.Add(entity);
            byLocal.TryAdd(e.Id, entity);
        }

        var quotes = new List<FactQuote>();
        foreach (var q in analysis.Quotes)
        {
            var speaker = q.Speaker is { } sid && byLocal.TryGetValue(sid, out var se) ? se : null;
            quotes.Add(new FactQuote(q.Text, speaker?.Key, speaker?.Name, q.Kind, q.Cue?.Text));
        }

        var events = new List<FactEvent>();
        foreach (var ev in analysis.Events)
        {
            // an event without a time of its own happened on the publication date
            string? date = ev.Time is int i && i >= 0 && i < analysis.Times.Count ? analysis.Times[i].Value : analysis.Published;
            events.Add(new FactEvent(
                ev.Type, ev.Mode, Names(ev.Actor, byLocal), Names(ev.Recipient, byLocal),
                ev.Place is { } place && byLocal.TryGetValue(place, out var pe) ? pe.Name : ev.Place,
                date, ev.Trigger.Text, ev.Evidence.Text, ev.Trigger.Start, Parties(ev, byLocal)));
        }

        var source = analysis.Source;
        return new ArticleFacts
        {
            Entities = entities, Quotes = quotes, Events = events,
            PublisherId = source.Publisher?.Id, PublisherName = source.Publisher?.Name,
            OriginId = source.Origin?.Id, OriginName = source.Origin?.Name,
        };
    }

    /// <summary>The knowledge-base id when linked; otherwise the folded name, so unlinked entities still group by spelling.</summary>
    public static string EntityKey(string? kbId, string name) =>
        kbId is { Length: > 0 } ? kbId : "name:" + Search.SearchKeys.Keyword(name);

    private static EventParties Parties(JsonEvent ev, Dictionary<string, FactEntity> byLocal) =>
        new(Forms(ev.Actor, byLocal), Forms(ev.Recipient, byLocal));

    private static IReadOnlyList<string> Forms(IReadOnlyList<string> ids, Dictionary<string, FactEntity> byLocal)
    {
        var forms = new List<string>();
        void Add(string form) { if (form.Length > 0 && !forms.Contains(form)) forms.Add(form); }
        foreach (var id in ids)
        {
            if (!byLocal.TryGetValue(id, out var e)) { Add(id); continue; }
            Add(e.Name);
            Add(e.NameAr);
            // A title the entity step tied to the person («وزير الخارجية») names many people, and so does a family
            // name («آل نهيان»): a name of the person starts with the given name of the person's own name.
            var given = Search.SearchKeys.Keyword(e.NameAr).Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            foreach (var s in e.Surfaces)
            {
                var words = Search.SearchKeys.Keyword(s).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2 && given is { Length: >= 3 } && words[0] == given) Add(s);
            }
        }
        return forms;
    }

    private static IReadOnlyList<string> Names(IReadOnlyList<string> ids, Dictionary<string, FactEntity> byLocal) =>
        [.. ids.Select(id => byLocal.TryGetValue(id, out var e) ? e.Name : id)];
}
