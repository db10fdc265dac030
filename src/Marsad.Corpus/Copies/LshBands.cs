namespace Marsad.Corpus.Copies;

/// <summary>
/// Locality-sensitive hashing by banding: a signature is cut into bands of <see cref="RowsPerBand"/> values,
/// and two items become candidates when any band is identical. With r rows and b bands a pair of Jaccard
/// similarity s is found with probability 1 − (1 − s^r)^b. Buckets are singly linked lists threaded through
/// one int array (one slot per item and band), so memory is linear and adding allocates nothing per item
/// beyond amortised list growth.
/// </summary>
public sealed class LshBands
{
    private readonly Dictionary<ulong, int> _bucketHead = [];
    private readonly List<int> _previous = []; // slot (item * bands + band) -> previous slot in the same bucket, or -1

    public LshBands(int signatureSize, int rowsPerBand)
    {
        if (rowsPerBand <= 0 || signatureSize % rowsPerBand != 0)
            throw new ArgumentOutOfRangeException(nameof(rowsPerBand), "must divide the signature size");
        RowsPerBand = rowsPerBand;
        Bands = signatureSize / rowsPerBand;
    }

    public int RowsPerBand { get; }
    public int Bands { get; }
    public int Count => _previous.Count / Bands;

    /// <summary>Most items read from one bucket per query: a bucket of boilerplate shared by thousands stays cheap.</summary>
    public int MaxBucketWalk { get; init; } = 400;

    /// <summary>Adds the next item (ids are 0, 1, 2, ... in order of adding).</summary>
    public int Add(ReadOnlySpan<uint> signature)
    {
        int item = Count;
        for (int band = 0; band < Bands; band++)
        {
            ulong key = BandKey(signature, band);
            int slot = item * Bands + band;
            ref int head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_bucketHead, key, out bool existed);
            _previous.Add(existed ? head : -1);
            head = slot;
        }
        return item;
    }

    /// <summary>Appends each stored item sharing a band with <paramref name="signature"/> (an item may come more than once).</summary>
    public void Candidates(ReadOnlySpan<uint> signature, List<int> into)
    {
        for (int band = 0; band < Bands; band++)
        {
            if (!_bucketHead.TryGetValue(BandKey(signature, band), out int slot)) continue;
            for (int walked = 0; slot >= 0 && walked < MaxBucketWalk; walked++)
            {
                into.Add(slot / Bands);
                slot = _previous[slot];
            }
        }
    }

    private ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        ulong h = (ulong)band * 0x9E3779B97F4A7C15UL;
        var rows = signature.Slice(band * RowsPerBand, RowsPerBand);
        foreach (uint v in rows) h = WordShingler.Mix(h ^ v);
        return h;
    }
}
