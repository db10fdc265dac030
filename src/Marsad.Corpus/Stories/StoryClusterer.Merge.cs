namespace Marsad.Corpus.Stories;

/// <summary>
/// The follow-up merge. An article joins a story by its words, and a follow-up told in other words (a press conference
/// after talks, a reaction, the match report after a clip of the coaches) starts a story of its own beside the
/// happening's. Two such stories name the same people, organisations and places: when a small story's profile (its
/// articles' main entities, weighed by how rare they are in the stream) agrees strongly with a live story's, their words
/// still agree a little, and one of them names in its headline a person or organisation the other is about, they are
/// one happening and the later story's articles join the earlier one. Candidates come from an index of profile keys
/// (the latest stories per key), so a merge check does not scan all stories.
/// </summary>
public sealed partial class StoryClusterer
{
    private readonly Dictionary<string, int> _profileDf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _storiesByProfile = new(StringComparer.Ordinal);
    private readonly HashSet<int> _mergeCandidates = [];
    private int _profiled;

    /// <summary>Least agreement of two stories' entity profiles for the follow-up merge (a cosine over the rarity-weighed
    /// keys both name).</summary>
    public double MergeProfileThreshold { get; init; } = 0.35;

    /// <summary>Least cosine of the two stories' summed terms for the follow-up merge: the same names told of another
    /// happening (a ministry's two announcements, a city's two fires) share few words.</summary>
    public double MergeTermThreshold { get; init; } = 0.2;

    /// <summary>Stories larger than this neither absorb nor are absorbed by the follow-up merge (0 turns it off): a
    /// follow-up told apart is a small story, and two large stories sharing names are a theme, not one happening.</summary>
    public int MaxMergeArticles { get; init; } = 16;

    /// <summary>Raised when a story's articles join an earlier story (the follow-up merge): the story they left, the story
    /// they joined, and the articles that moved. Stored assignments of those articles must be written again.</summary>
    public event Action<Story, Story, IReadOnlyList<int>>? Merged;

    // Stories tried per profile key: the latest ones, as live stories are the latest.
    private const int CandidatesPerKey = 50;
    // A key in more than a third of the articles (a country, the outlet itself) tells no happening apart.
    private const double MinKeyIdf = 1.0;
    // Merges one article may cause: a follow-up story joins its happening, which may then meet another part of it.
    private const int MaxMergesPerArticle = 3;

    private void CountProfile(ArticleMarks marks)
    {
        _profiled++;
        foreach (var key in marks.Profile) _profileDf[key] = _profileDf.GetValueOrDefault(key) + 1;
    }

    private void IndexProfile(Story story, ArticleMarks marks)
    {
        foreach (var key in marks.Profile)
        {
            if (!_storiesByProfile.TryGetValue(key, out var list)) _storiesByProfile[key] = list = [];
            if (list.Count == 0 || list[^1] != story.Id) list.Add(story.Id);
        }
    }

    private double KeyIdf(string key) => Math.Log((1.0 + _profiled) / (1.0 + _profileDf.GetValueOrDefault(key)));

    private void MergeFollowUp(Story story, DateTime? when)
    {
        for (int round = 0; round < MaxMergesPerArticle; round++)
        {
            if (story.Articles.Count > MaxMergeArticles || story.Profile.Count == 0) return;
            _mergeCandidates.Clear();
            // Only distinctive keys bring candidates: a merge needs two of them shared, and the common ones (a country,
            // the outlet) would bring every story.
            foreach (var key in story.Profile.Keys)
                if (KeyIdf(key) >= MinKeyIdf && _storiesByProfile.TryGetValue(key, out var list))
                    for (int i = list.Count - 1, seen = 0; i >= 0 && seen < CandidatesPerKey; i--, seen++) _mergeCandidates.Add(list[i]);
            Story? best = null;
            double bestScore = 0;
            foreach (int id in _mergeCandidates)
            {
                var other = _stories[id];
                if (other == story || other.Articles.Count == 0 || other.Articles.Count > MaxMergeArticles || !Live(other, when) || other.Period != story.Period) continue;
                if (!NamesAlike(story, other, out double profile) || profile < MergeProfileThreshold) continue;
                double terms = CentroidCosine(story, other);
                if (terms < MergeTermThreshold || profile + terms <= bestScore) continue;
                best = other;
                bestScore = profile + terms;
            }
            if (best is null) return;
            story = Absorb(story.Id < best.Id ? story : best, story.Id < best.Id ? best : story);
        }
    }

    /// <summary>Whether two stories name two or more distinctive keys in common, one of them a person or organisation a
    /// headline of either names; and how well their profiles agree (cosine of the keys weighed by the square root of
    /// their rarity, each key counted once per story).</summary>
    private bool NamesAlike(Story a, Story b, out double agreement)
    {
        agreement = 0;
        double wa = 0, wb = 0, shared = 0;
        int distinctive = 0;
        bool titled = false;
        foreach (var key in a.Profile.Keys)
        {
            double idf = KeyIdf(key);
            wa += idf;
            if (!b.Profile.ContainsKey(key)) continue;
            shared += idf;
            if (idf >= MinKeyIdf) distinctive++;
            titled |= a.TitleActors.Contains(key) || b.TitleActors.Contains(key);
        }
        if (distinctive < 2 || !titled) return false;
        foreach (var key in b.Profile.Keys) wb += KeyIdf(key);
        agreement = wa * wb == 0 ? 0 : shared / Math.Sqrt(wa * wb);
        return true;
    }

    private static double CentroidCosine(Story a, Story b)
    {
        if (a.Norm == 0 || b.Norm == 0) return 0;
        var (small, large) = a.Centroid.Count <= b.Centroid.Count ? (a, b) : (b, a);
        double dot = 0;
        foreach (var (id, w) in small.Centroid)
            if (large.Centroid.TryGetValue(id, out float v)) dot += (double)w * v;
        return dot / (a.Norm * b.Norm);
    }

    /// <summary>Moves every article of <paramref name="later"/> into <paramref name="earlier"/> and links their threads.</summary>
    private Story Absorb(Story earlier, Story later)
    {
        var moved = later.MutableArticles.ToList();
        foreach (var a in moved)
        {
            var marks = _marksOf[a.Id];
            earlier.Add(a, marks);
            _storyOfArticle[a.Id] = earlier.Id;
            foreach (int term in a.Terms.Ids) Index(term, earlier.Id);
            IndexProfile(earlier, marks);
        }
        later.Rebuild([], _ => ArticleMarks.None);
        Link(earlier.Id, later.Id);
        Merged?.Invoke(later, earlier, [.. moved.Select(a => a.Id)]);
        return earlier;
    }
}
