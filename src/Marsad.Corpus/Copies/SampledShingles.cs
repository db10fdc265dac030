namespace Marsad.Corpus.Copies;

/// <summary>
/// Candidates for containment: an inverted index over a fixed 1-in-<see cref="SampleRate"/> sample of shingle
/// hashes (the same sample for every article, so two texts sharing a passage share its sampled shingles).
/// MinHash LSH finds texts that resemble each other as wholes; a 40-word wire item quoted inside a
/// 2,000-word round-up resembles it hardly at all (Jaccard ≈ 0.02) and is found here instead.
/// Postings are singly linked lists threaded through two int lists: memory is linear in the sample.
/// </summary>
public sealed class SampledShingles
{
    /// <summary>One shingle in eight: a 40-word item still has about four sampled shingles.</summary>
    public const int SampleRate = 8;

    private readonly Dictionary<uint, int> _head = [];
    private readonly List<int> _item = [];
    private readonly List<int> _next = [];

    /// <summary>Most postings read per sampled shingle; boilerplate is filtered before, this bounds the rest.</summary>
    public int MaxPostingWalk { get; init; } = 64;

    // The shingle hashes are already well mixed, so their low bits are a fair sample.
    public static bool IsSampled(uint shingle) => (shingle & (SampleRate - 1)) == 0;

    public void Add(int item, ReadOnlySpan<uint> shingles)
    {
        foreach (uint s in shingles)
        {
            if (!IsSampled(s)) continue;
            _item.Add(item);
            _next.Add(_head.TryGetValue(s, out int previous) ? previous : -1);
            _head[s] = _item.Count - 1;
        }
    }

    /// <summary>Appends the items that share a sampled shingle with <paramref name="shingles"/>, skipping those flagged in <paramref name="skip"/>.</summary>
    public void Candidates(ReadOnlySpan<uint> shingles, ReadOnlySpan<bool> skip, List<int> into)
    {
        for (int i = 0; i < shingles.Length; i++)
        {
            if (skip[i] || !IsSampled(shingles[i]) || !_head.TryGetValue(shingles[i], out int p)) continue;
            for (int walked = 0; p >= 0 && walked < MaxPostingWalk; walked++)
            {
                into.Add(_item[p]);
                p = _next[p];
            }
        }
    }
}
