namespace Marsad.Corpus.Stories;

/// <summary>
/// Online clustering of a news stream into stories, a story being one happening and its follow-ups. Each article joins
/// the most similar live story (cosine of its key terms, with who, where and what happened (<see cref="StorySignals"/>),
/// against the story's summed terms, among stories active within <see cref="WindowDays"/>), or a copy's story when it is
/// a copy, or starts a new one. A story whose headlines name places the article's headline does not name, while the
/// article names others, is another happening (rain in Taif is not rain in Jazan): the article may not join it. So is
/// a story whose headline reports on another month (<see cref="HeadlinePeriod"/>), and a story days old that shares no
/// distinctive name with the article is harder to join (<see cref="DayPenalty"/>).
/// When an article fits a second story too, the two are related happenings (a war, an election): they are linked into
/// one thread, not merged. A small story whose names agree strongly with a live story's is a follow-up told in other
/// words and joins it (the follow-up merge, StoryClusterer.Merge.cs). Candidates come from inverted indexes of story
/// terms and profile keys, so assignment does not scan all stories.
/// </summary>
public sealed partial class StoryClusterer
{
    private readonly KeyTerms _terms = new();
    private readonly List<Story> _stories = [];
    private readonly List<int> _storyOfArticle = [];
    private readonly List<int> _threadOf = []; // story id -> a story of its thread (union-find parent)
    private readonly Dictionary<int, List<int>> _storiesByTerm = [];
    private readonly HashSet<int> _candidates = [];

    /// <summary>Least similarity for an article to join a story.</summary>
    public double JoinThreshold { get; init; } = 0.26;

    /// <summary>Least similarity of an article to a second story for the two stories to be linked into a thread.</summary>
    public double ThreadThreshold { get; init; } = 0.15;

    /// <summary>A story is live for this many days after its latest article.</summary>
    public double WindowDays { get; init; } = 5;

    /// <summary>What an article's likeness to a story loses per day since the story's latest article, unless the two
    /// share a distinctive name (<see cref="Unnamed"/>): a day later, the same words with no name in common more often
    /// tell the same kind of thing happening again (the market's next close, the next raid) than a follow-up, which
    /// names its happening's people and places.</summary>
    public double DayPenalty { get; init; } = 0.1;

    public KeyTerms Terms => _terms;

    /// <summary>Raised when a thread joins another: the story that headed it and the story that now heads both.
    /// A stored thread is a pointer to another story of the thread; the joining head's pointer must be written again.</summary>
    public event Action<int, int>? Linked;

    /// <summary>The story with this id.</summary>
    public Story Get(int storyId) => _stories[storyId];

    /// <summary>The stories with at least one article.</summary>
    public IEnumerable<Story> Stories => _stories.Where(s => s.Articles.Count > 0);

    public Story StoryOf(int article) => _stories[_storyOfArticle[article]];

    /// <summary>The thread a story belongs to: the id of the earliest story of the related stories it is linked with.</summary>
    public int ThreadOf(int storyId)
    {
        int root = storyId;
        while (_threadOf[root] != root) root = _threadOf[root];
        while (_threadOf[storyId] != root) (storyId, _threadOf[storyId]) = (_threadOf[storyId], root);
        return root;
    }

    /// <summary>
    /// Adds the next article (ids 0, 1, 2, ... in the same order as the copy index) and returns its story.
    /// <paramref name="copyOf"/> lists earlier articles it copies: a copy belongs to its original's story.
    /// <paramref name="signals"/> are what its analysis says happened, to whom and where (<see cref="StorySignals.From"/>).
    /// </summary>
    public Story Add(string? title, string text, string? publisher, DateTime? published, IEnumerable<int>? copyOf = null, StorySignals? signals = null)
    {
        signals ??= StorySignals.None;
        var vector = _terms.Add(title ?? "", text, signals);
        string period = HeadlinePeriod.Of(title, published);
        var article = new StoryArticle(_storyOfArticle.Count, title, publisher, published, vector);

        Story? best = null;
        double bestScore = 0;
        Story? related = null;
        double relatedScore = 0;
        int firstCopy = -1;
        if (copyOf is not null)
            foreach (int c in copyOf) { best = StoryOf(c); bestScore = 1; firstCopy = c; break; }
        var bestCopy = best;
        if (best is null)
        {
            _candidates.Clear();
            foreach (int term in vector.Ids)
                if (_storiesByTerm.TryGetValue(term, out var list))
                    for (int i = list.Count - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) _candidates.Add(list[i]);
            foreach (int id in _candidates)
            {
                var story = _stories[id];
                if (!Live(story, published)) continue;
                double likeness = story.Similarity(vector);
                // A related happening days earlier is still one of the thread (a war, an election): only joining fades.
                if (likeness > relatedScore && likeness >= ThreadThreshold) { related = story; relatedScore = likeness; }
                double score = likeness - (Unnamed(story, signals) ? DayPenalty * DaysAfter(story, published) : 0);
                if (score <= bestScore || OtherPlace(story, signals) || story.Period != period) continue;
                best = story;
                bestScore = score;
            }
            if (bestScore < JoinThreshold) best = null;
        }
        if (best is null)
        {
            best = new Story(_stories.Count);
            _stories.Add(best);
            _threadOf.Add(best.Id);
        }
        if (related is not null && related != best) Link(best.Id, related.Id);
        var marks = ArticleMarks.Of(signals, period);
        best.Add(article, marks);
        _storyOfArticle.Add(best.Id);
        _marksOf.Add(marks);
        _copyOf.Add(best == bestCopy ? firstCopy : -1);
        foreach (int term in vector.Ids) Index(term, best.Id);
        CountProfile(marks);
        IndexProfile(best, marks);
        Recheck(best);
        MergeFollowUp(StoryOf(article.Id), published);
        return StoryOf(article.Id);
    }

    /// <summary>Both headlines name places, and none in common: two happenings in two places.</summary>
    private static bool OtherPlace(Story story, StorySignals signals) =>
        signals.TitlePlaces.Count > 0 && story.TitlePlaces.Count > 0 && !story.TitlePlaces.Overlaps(signals.TitlePlaces);

    private void Link(int a, int b)
    {
        int ra = ThreadOf(a), rb = ThreadOf(b);
        if (ra == rb) return;
        // The earlier story names the thread: ids are in order of creation.
        var (head, joining) = ra < rb ? (ra, rb) : (rb, ra);
        _threadOf[joining] = head;
        Linked?.Invoke(joining, head);
    }

    private void Index(int term, int story)
    {
        if (!_storiesByTerm.TryGetValue(term, out var list)) _storiesByTerm[term] = list = [];
        if (list.Count == 0 || list[^1] != story) list.Add(story);
    }

    /// <summary>Whether the article, whose names are known, shares none that tells its happening with the story: no main
    /// entity rarer than one article in three (a person, an organisation, a town; not a country or the outlet), and no
    /// person or organisation its headline names. An article with no analysis shows no names, and is not held apart.</summary>
    private bool Unnamed(Story story, StorySignals signals)
    {
        if (signals.Profile.Count == 0) return false;
        foreach (var key in signals.Profile)
            if (story.Profile.ContainsKey(key) && (KeyIdf(key) >= MinKeyIdf || signals.TitleActors.Contains(key))) return false;
        return true;
    }

    /// <summary>Days from the story's latest article to <paramref name="when"/> (0 when either is unknown or earlier).</summary>
    private static double DaysAfter(Story story, DateTime? when) =>
        when is null || story.LastSeen is null ? 0 : Math.Max(0, (when.Value - story.LastSeen.Value).TotalDays);

    private bool Live(Story story, DateTime? when)
    {
        if (when is null) return true;
        var last = story.LastSeen;
        return last is null || (when.Value - last.Value).TotalDays <= WindowDays && (last.Value - when.Value).TotalDays <= WindowDays;
    }
}
