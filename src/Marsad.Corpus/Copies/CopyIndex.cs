namespace Marsad.Corpus.Copies;

/// <summary>
/// An incremental near-duplicate index: articles are added one by one and each is checked against those
/// already there. Candidates come from MinHash LSH (whole-text resemblance) and from sampled shingles
/// (a passage inside a longer text, see <see cref="SampledShingles"/>); each candidate is verified on the
/// exact shingles before it is reported. Shingles found in <see cref="CopyIndexOptions.CommonShingleArticles"/>
/// or more indexed articles are boilerplate (titles, templates) and never count as shared.
/// <see cref="Fingerprint"/> is pure and thread-safe (run it on all cores); adding is not thread-safe.
/// </summary>
public sealed class CopyIndex
{
    private readonly MinHasher _hasher;
    private readonly LshBands _bands;
    private readonly ShingleFrequency _frequency;
    private readonly SampledShingles _samples = new();
    private readonly List<CopyFingerprint> _items = [];
    private readonly List<int> _candidates = [];
    private int[] _seen = new int[1024]; // stamp per item: dedupes candidates without clearing a set per query
    private int _stamp;
    private bool[] _commonInSet = new bool[256];
    private bool[] _covered = new bool[256];
    private uint[] _shared = new uint[256];

    public CopyIndex(CopyIndexOptions? options = null)
    {
        Options = options ?? CopyIndexOptions.Default;
        _hasher = new MinHasher(Options.SignatureSize);
        _bands = new LshBands(Options.SignatureSize, Options.RowsPerBand);
        _frequency = new ShingleFrequency(Options.FrequencySketchLog2Blocks);
    }

    public CopyIndexOptions Options { get; }

    public int Count => _items.Count;

    [ThreadStatic] private static List<uint>? t_sequence;

    public CopyFingerprint Fingerprint(ReadOnlySpan<char> text)
    {
        // The sequence is built in a per-thread list: the fingerprint's three arrays are all it allocates.
        var sequence = t_sequence ??= new List<uint>(1024);
        int words = WordShingler.Sequence(text, sequence, Options.WordsPerShingle);
        var ordered = sequence.ToArray();
        var shingles = WordShingler.DistinctSorted(ordered);
        if (sequence.Capacity > 1 << 16) t_sequence = null; // one huge text does not pin its buffer
        return new CopyFingerprint(ordered, shingles, _hasher.Sign(shingles), words);
    }

    /// <summary>Adds an article; returns its id and the indexed articles it copies or is copied by, best first.</summary>
    public (int Id, List<CopyMatch> Copies) Add(string text) => Add(Fingerprint(text));

    public (int Id, List<CopyMatch> Copies) Add(CopyFingerprint fingerprint)
    {
        // Boilerplate flags and shingle counting in one pass over the sketch: the estimate is taken before this article counts.
        var mine = fingerprint.Shingles;
        var common = CommonFlags(mine.Length);
        int informative = _frequency.EstimateAndAdd(mine, common, Options.CommonShingleArticles);
        var overlaps = informative == 0 ? [] : Verified(fingerprint, common);
        int kept = 0;
        for (int i = 0; i < overlaps.Count; i++)
            if (Options.Criteria.IsCopy(overlaps[i])) overlaps[kept++] = overlaps[i];
        overlaps.RemoveRange(kept, overlaps.Count - kept);
        return (Insert(fingerprint), overlaps);
    }

    /// <summary>Indexes an article without checking it (reloading articles whose copies are already known); returns its id.</summary>
    public int Index(CopyFingerprint fingerprint)
    {
        _frequency.Add(fingerprint.Shingles);
        return Insert(fingerprint);
    }

    private int Insert(CopyFingerprint fingerprint)
    {
        int id = _items.Count;
        _items.Add(fingerprint);
        _bands.Add(fingerprint.Signature);
        _samples.Add(id, fingerprint.Shingles);
        return id;
    }

    /// <summary>
    /// Every indexed article proposed as a candidate that shares at least <see cref="CopyCriteria.MinShared"/>
    /// informative shingles, with its coverage, best first. Does not add the article.
    /// </summary>
    public List<CopyMatch> Overlaps(CopyFingerprint fingerprint)
    {
        var mine = fingerprint.Shingles;
        var common = CommonFlags(mine.Length);
        int informative = 0;
        for (int i = 0; i < mine.Length; i++)
            if (!(common[i] = _frequency.Estimate(mine[i]) >= Options.CommonShingleArticles)) informative++;
        return informative == 0 ? [] : Verified(fingerprint, common);
    }

    private Span<bool> CommonFlags(int length)
    {
        if (_commonInSet.Length < length) _commonInSet = new bool[Math.Max(length, _commonInSet.Length * 2)];
        return _commonInSet.AsSpan(0, length);
    }

    /// <summary>Candidates from LSH and sampled shingles, each verified on the exact shingles.</summary>
    private List<CopyMatch> Verified(CopyFingerprint fingerprint, ReadOnlySpan<bool> common)
    {
        var result = new List<CopyMatch>();
        var mine = fingerprint.Shingles;
        _candidates.Clear();
        _bands.Candidates(fingerprint.Signature, _candidates);
        _samples.Candidates(mine, common, _candidates);
        if (_seen.Length < _items.Count) Array.Resize(ref _seen, Math.Max(_items.Count, _seen.Length * 2));
        if (++_stamp == int.MaxValue) { Array.Clear(_seen); _stamp = 1; }
        if (_shared.Length < mine.Length) _shared = new uint[Math.Max(mine.Length, _shared.Length * 2)];
        foreach (int other in _candidates)
        {
            if (_seen[other] == _stamp) continue;
            _seen[other] = _stamp;
            var theirs = _items[other];
            int shared = SharedShingles(mine, common, theirs.Shingles, _shared);
            if (shared < Options.Criteria.MinShared) continue;
            // Coverage is measured on the shorter text, so an abridged copy scores as high as a full one.
            var shorter = fingerprint.Words <= theirs.Words ? fingerprint : theirs;
            double coverage = Coverage(shorter, _shared.AsSpan(0, shared));
            result.Add(new CopyMatch(other, shared, coverage, fingerprint.Words, theirs.Words));
        }
        result.Sort((a, b) => b.Coverage.CompareTo(a.Coverage));
        return result;
    }

    /// <summary>Share of <paramref name="text"/>'s words inside its shingles found in <paramref name="shared"/> (sorted).</summary>
    private double Coverage(CopyFingerprint text, ReadOnlySpan<uint> shared)
    {
        int words = text.Words;
        if (words == 0) return 0;
        if (_covered.Length < words) _covered = new bool[Math.Max(words, _covered.Length * 2)];
        var covered = _covered.AsSpan(0, words);
        covered.Clear();
        int k = Math.Min(Options.WordsPerShingle, words);
        var sequence = text.Sequence;
        for (int i = 0; i < sequence.Length; i++)
        {
            uint s = sequence[i];
            if (s == WordShingler.Excluded || shared.BinarySearch(s) < 0) continue;
            covered.Slice(i, Math.Min(k, words - i)).Fill(true);
        }
        return (double)covered.Count(true) / words;
    }

    /// <summary>
    /// Shingles of sorted <paramref name="a"/> (skipping those flagged common) also in sorted <paramref name="b"/>, a merge;
    /// written in order into <paramref name="into"/>. Returns how many.
    /// </summary>
    private static int SharedShingles(ReadOnlySpan<uint> a, ReadOnlySpan<bool> common, ReadOnlySpan<uint> b, Span<uint> into)
    {
        int shared = 0, i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            uint x = a[i], y = b[j];
            if (x == y) { if (!common[i]) into[shared++] = x; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        return shared;
    }
}
