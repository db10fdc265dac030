namespace Marsad.Corpus.Copies;

/// <summary>
/// How many indexed articles contain a shingle: a count-min sketch (fixed memory, never under-counts) with
/// conservative update. Shingles shared by many articles are boilerplate, not copying: honorific titles
/// («صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد»), daily weather templates, a site's
/// page furniture. A story is republished by a dozen outlets within days; a formula recurs for months.
/// PERF: the four counters of a shingle lie in one 64-byte block, so a lookup costs one cache miss, not four.
/// </summary>
public sealed class ShingleFrequency
{
    private const int Rows = 4, BlockCounters = 32; // 32 ushorts = one cache line
    private readonly ushort[] _counts;
    private readonly ulong _blockMask;

    /// <param name="log2Blocks">Blocks as a power of two; 2^20 blocks (64 MiB) keep the over-count of a rare
    /// shingle near zero up to about ten million distinct shingles (some 40,000 articles).</param>
    public ShingleFrequency(int log2Blocks = 20)
    {
        if (log2Blocks is < 4 or > 26) throw new ArgumentOutOfRangeException(nameof(log2Blocks));
        _counts = new ushort[(1 << log2Blocks) * BlockCounters];
        _blockMask = (1UL << log2Blocks) - 1;
    }

    /// <summary>An upper bound on the number of added articles containing <paramref name="shingle"/>.</summary>
    public int Estimate(uint shingle)
    {
        Slots(shingle, out int b, out ulong h);
        int min = int.MaxValue;
        for (int r = 0; r < Rows; r++) min = Math.Min(min, _counts[b + Counter(h, r)]);
        return min;
    }

    /// <summary>
    /// Counts a new article's distinct shingles, flags in <paramref name="common"/> those that <paramref name="threshold"/>
    /// or more earlier articles contain, and returns how many are not common.
    /// PERF: the block of every shingle is computed first, so the second loop is nothing but independent memory
    /// accesses that the processor overlaps (the sketch is far larger than the caches).
    /// </summary>
    public int EstimateAndAdd(ReadOnlySpan<uint> distinctShingles, Span<bool> common, int threshold)
    {
        var blocks = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, distinctShingles.Length));
        var hashes = System.Buffers.ArrayPool<ulong>.Shared.Rent(Math.Max(1, distinctShingles.Length));
        for (int i = 0; i < distinctShingles.Length; i++) Slots(distinctShingles[i], out blocks[i], out hashes[i]);
        int informative = 0;
        for (int i = 0; i < distinctShingles.Length; i++)
        {
            int b = blocks[i];
            ulong h = hashes[i];
            int min = int.MaxValue;
            for (int r = 0; r < Rows; r++) min = Math.Min(min, _counts[b + Counter(h, r)]);
            if (!(common[i] = min >= threshold)) informative++;
            if (min == ushort.MaxValue) continue;
            for (int r = 0; r < Rows; r++)
            {
                int k = b + Counter(h, r);
                if (_counts[k] == min) _counts[k] = (ushort)(min + 1);
            }
        }
        System.Buffers.ArrayPool<int>.Shared.Return(blocks);
        System.Buffers.ArrayPool<ulong>.Shared.Return(hashes);
        return informative;
    }

    /// <summary>Counts one shingle of a new article and returns the estimate before it (one cache miss for both).</summary>
    public int EstimateAndAdd(uint shingle)
    {
        Slots(shingle, out int b, out ulong h);
        int min = int.MaxValue;
        for (int r = 0; r < Rows; r++) min = Math.Min(min, _counts[b + Counter(h, r)]);
        if (min == ushort.MaxValue) return min;
        for (int r = 0; r < Rows; r++)
        {
            int i = b + Counter(h, r);
            if (_counts[i] == min) _counts[i] = (ushort)(min + 1);
        }
        return min;
    }

    /// <summary>Counts one article's distinct shingles.</summary>
    public void Add(ReadOnlySpan<uint> distinctShingles)
    {
        foreach (uint s in distinctShingles)
        {
            Slots(s, out int b, out ulong h);
            int min = int.MaxValue;
            for (int r = 0; r < Rows; r++) min = Math.Min(min, _counts[b + Counter(h, r)]);
            if (min == ushort.MaxValue) continue;
            // Conservative update: raise only the counters at the minimum, which keeps the estimate tight.
            for (int r = 0; r < Rows; r++)
            {
                int i = b + Counter(h, r);
                if (_counts[i] == min) _counts[i] = (ushort)(min + 1);
            }
        }
    }

    private void Slots(uint shingle, out int block, out ulong h)
    {
        h = WordShingler.Mix(shingle ^ 0x9E3779B97F4A7C15UL);
        block = (int)((h >> 20) & _blockMask) * BlockCounters;
    }

    // Row r uses 8 counters of the block (r*8 .. r*8+7), chosen by 3 bits of the hash.
    private static int Counter(ulong h, int row) => row * 8 + (int)((h >> (row * 3)) & 7);
}
