namespace Marsad.Corpus.Stories;

/// <summary>An article as a story knows it.</summary>
public sealed record StoryArticle(int Id, string? Title, string? Publisher, DateTime? Published, TermVector Terms);

/// <summary>What a story keeps of an article's signals besides its terms: the places its headline names, and who and
/// where it is about (<see cref="StorySignals.Profile"/>, <see cref="StorySignals.TitleActors"/>).</summary>
/// <param name="Period">The period its headline reports on (<see cref="HeadlinePeriod"/>), "" for the news of its day.</param>
internal sealed record ArticleMarks(IReadOnlySet<string> TitlePlaces, IReadOnlyList<string> Profile, IReadOnlySet<string> TitleActors, string Period = "")
{
    public static readonly ArticleMarks None = new(new HashSet<string>(), [], new HashSet<string>());

    public static ArticleMarks Of(StorySignals s, string period = "") =>
        s.TitlePlaces.Count == 0 && s.Profile.Count == 0 && period.Length == 0 ? None : new(s.TitlePlaces, s.Profile, s.TitleActors, period);
}

/// <summary>
/// A story: the articles that report one event and its follow-ups, with the summed term vector that
/// represents it. Built by <see cref="StoryClusterer"/>; read through its members.
/// </summary>
public sealed class Story
{
    internal Story(int id) => Id = id;

    public int Id { get; }

    internal Dictionary<int, float> Centroid { get; } = [];
    internal double Norm { get; set; }
    internal List<StoryArticle> MutableArticles { get; } = [];

    /// <summary>The articles in the order they joined.</summary>
    public IReadOnlyList<StoryArticle> Articles => MutableArticles;

    public DateTime? First => MutableArticles.Min(a => a.Published);
    public DateTime? Last => MutableArticles.Max(a => a.Published);

    /// <summary>Outlets and how many of the story's articles each published, most first.</summary>
    public IReadOnlyList<(string Outlet, int Articles)> Sources =>
        MutableArticles.Where(a => a.Publisher is not null).GroupBy(a => a.Publisher!)
            .Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>The title of the article closest to the story as a whole.</summary>
    public string? Title => MutableArticles.Where(a => a.Title is not null).MaxBy(Similarity)?.Title;

    /// <summary>The story's strongest term ids (names, places, actions), strongest first.</summary>
    public IEnumerable<int> TopTerms(int n) => Centroid.OrderByDescending(kv => kv.Value).Take(n).Select(kv => kv.Key);

    /// <summary>The articles by publication time: the story's timeline.</summary>
    public IEnumerable<StoryArticle> Timeline => MutableArticles.OrderBy(a => a.Published ?? DateTime.MaxValue).ThenBy(a => a.Id);

    internal double Similarity(StoryArticle a) => Similarity(a.Terms);

    internal double Similarity(TermVector v)
    {
        if (Norm == 0) return 0;
        double dot = 0;
        for (int i = 0; i < v.Ids.Length; i++)
            if (Centroid.TryGetValue(v.Ids[i], out float w)) dot += w * v.Weights[i];
        return dot / Norm;
    }

    /// <summary>Latest publication time seen (kept incrementally: the window test runs for every candidate).</summary>
    internal DateTime? LastSeen { get; private set; }

    /// <summary>The places its headlines name (entity keys).</summary>
    internal HashSet<string> TitlePlaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Who and where its articles are about: profile key -> articles naming it.</summary>
    internal Dictionary<string, int> Profile { get; } = new(StringComparer.Ordinal);

    /// <summary>The period its first headline reports on (<see cref="HeadlinePeriod"/>): an article of another period
    /// does not join it.</summary>
    internal string Period { get; private set; } = "";

    /// <summary>The people and organisations its headlines name (profile keys).</summary>
    internal HashSet<string> TitleActors { get; } = new(StringComparer.Ordinal);

    /// <summary>Keeps only <paramref name="members"/> (in their order) and builds the story's vector, places and span
    /// again from them: what is left after a group of articles was split off.</summary>
    internal void Rebuild(IReadOnlyList<StoryArticle> members, Func<int, ArticleMarks> marks)
    {
        MutableArticles.Clear();
        Centroid.Clear();
        TitlePlaces.Clear();
        Profile.Clear();
        TitleActors.Clear();
        Period = "";
        LastSeen = null;
        Norm = 0;
        foreach (var a in members) Add(a, marks(a.Id));
    }

    internal void Add(StoryArticle a, ArticleMarks marks)
    {
        if (MutableArticles.Count == 0) Period = marks.Period;
        MutableArticles.Add(a);
        TitlePlaces.UnionWith(marks.TitlePlaces);
        foreach (var key in marks.Profile) Profile[key] = Profile.GetValueOrDefault(key) + 1;
        TitleActors.UnionWith(marks.TitleActors);
        if (a.Published is { } p && (LastSeen is null || p > LastSeen)) LastSeen = p;
        for (int i = 0; i < a.Terms.Ids.Length; i++)
            Centroid[a.Terms.Ids[i]] = Centroid.GetValueOrDefault(a.Terms.Ids[i]) + a.Terms.Weights[i];
        Prune();
    }

    /// <summary>Keeps the strongest terms only: a long story's vector stays small and its norm exact.</summary>
    private void Prune()
    {
        const int Keep = 80;
        if (Centroid.Count > 2 * Keep)
        {
            var weakest = Centroid.OrderByDescending(kv => kv.Value).Skip(Keep).Select(kv => kv.Key).ToList();
            foreach (var id in weakest) Centroid.Remove(id);
        }
        double sum = 0;
        foreach (float w in Centroid.Values) sum += (double)w * w;
        Norm = Math.Sqrt(sum);
    }
}
