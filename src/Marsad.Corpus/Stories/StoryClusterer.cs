namespace Marsad.Corpus.Stories;

/// <summary>
/// Online clustering of a news stream into stories. Each article joins the most similar live story (cosine of
/// its key terms with the story's summed terms, among stories active within <see cref="WindowDays"/>), or a copy's
/// story when it is a copy, or starts a new one. When an article fits two stories well they have converged
/// and are merged. Candidates come from an inverted index of story terms, so assignment does not scan all stories.
/// </summary>
public sealed class StoryClusterer
{
    private readonly KeyTerms _terms = new();
    private readonly List<Story> _stories = [];
    private readonly List<int> _storyOfArticle = [];
    private readonly List<int> _mergedInto = []; // story id -> story it was merged into, or itself
    private readonly Dictionary<int, List<int>> _storiesByTerm = [];
    private readonly HashSet<int> _candidates = [];

    /// <summary>Least similarity for an article to join a story.</summary>
    public double JoinThreshold { get; init; } = 0.2;

    /// <summary>Least similarity to both of two stories for them to merge.</summary>
    public double MergeThreshold { get; init; } = 0.25;

    /// <summary>A story is live for this many days after its latest article.</summary>
    public double WindowDays { get; init; } = 5;

    public KeyTerms Terms => _terms;

    /// <summary>Raised when a story is merged into another (its id, the absorbing story's id): stored assignments move.</summary>
    public event Action<int, int>? Merged;

    /// <summary>The story with this id, or the one it was merged into.</summary>
    public Story Get(int storyId) => _stories[Resolve(storyId)];

    /// <summary>The stories with at least one article.</summary>
    public IEnumerable<Story> Stories => _stories.Where(s => s.Articles.Count > 0);

    public Story StoryOf(int article) => _stories[Resolve(_storyOfArticle[article])];

    /// <summary>
    /// Adds the next article (ids 0, 1, 2, ... in the same order as the copy index) and returns its story.
    /// <paramref name="copyOf"/> lists earlier articles it copies: a copy belongs to its original's story.
    /// </summary>
    public Story Add(string? title, string text, string? publisher, DateTime? published, IEnumerable<int>? copyOf = null)
    {
        var vector = _terms.Add(title ?? "", text);
        var article = new StoryArticle(_storyOfArticle.Count, title, publisher, published, vector);

        Story? best = null;
        double bestScore = 0, secondScore = 0;
        Story? second = null;
        if (copyOf is not null)
            foreach (int c in copyOf) { best = StoryOf(c); bestScore = 1; break; }
        if (best is null)
        {
            _candidates.Clear();
            foreach (int term in vector.Ids)
                if (_storiesByTerm.TryGetValue(term, out var list))
                    for (int i = list.Count - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) _candidates.Add(Resolve(list[i]));
            foreach (int id in _candidates)
            {
                var story = _stories[id];
                if (!Live(story, published)) continue;
                double score = story.Similarity(vector);
                if (score > bestScore) { second = best; secondScore = bestScore; best = story; bestScore = score; }
                else if (score > secondScore) { second = story; secondScore = score; }
            }
            if (bestScore < JoinThreshold) best = null;
        }
        if (best is null)
        {
            best = new Story(_stories.Count);
            _stories.Add(best);
            _mergedInto.Add(best.Id);
        }
        else if (second is not null && secondScore >= MergeThreshold)
        {
            best.Absorb(second);
            _mergedInto[second.Id] = best.Id;
            Merged?.Invoke(second.Id, best.Id);
            foreach (int term in best.Centroid.Keys) Index(term, best.Id);
        }
        best.Add(article);
        _storyOfArticle.Add(best.Id);
        foreach (int term in vector.Ids) Index(term, best.Id);
        return best;
    }

    private void Index(int term, int story)
    {
        if (!_storiesByTerm.TryGetValue(term, out var list)) _storiesByTerm[term] = list = [];
        if (list.Count == 0 || list[^1] != story) list.Add(story);
    }

    private bool Live(Story story, DateTime? when)
    {
        if (when is null) return true;
        var last = story.LastSeen;
        return last is null || (when.Value - last.Value).TotalDays <= WindowDays && (last.Value - when.Value).TotalDays <= WindowDays;
    }

    private int Resolve(int id)
    {
        while (_mergedInto[id] != id) id = _mergedInto[id];
        return id;
    }
}
