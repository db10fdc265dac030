namespace Marsad.Analysis.Ner;

/// <summary>
/// One stage's weights: a row of per-tag weights for every hashed feature bucket that training made non-zero
/// (quantised to 16 bits on disk), and BIO transition weights.
/// </summary>
internal sealed class NerWeights
{
    private const int T = NerTags.Count;

    // Which buckets have a row: a bitset and the number of rows before each 64-bucket word (rank), small enough
    // to stay in cache, so that absent features cost no memory access and present ones one access to _rows.
    private readonly ulong[] _present;
    private readonly int[] _rank;
    private readonly short[] _rows;      // row × T, quantised
    private readonly float _scale;

    private NerWeights(int bits, ulong[] present, short[] rows, float[] transitions, float scale)
    {
        Bits = bits;
        _present = present;
        _rows = rows;
        Transitions = transitions;
        _scale = scale;
        _rank = new int[present.Length];
        for (int i = 0, total = 0; i < present.Length; i++) { _rank[i] = total; total += System.Numerics.BitOperations.PopCount(present[i]); }
    }

    public int Bits { get; }
    public int RowCount => _rows.Length / T;
    public float[] Transitions { get; }

    /// <summary>Emission scores (n×T) of the positions of one segment whose features the extractor gives.</summary>
    public void Emissions(FeatureExtractor extractor, ReadOnlySpan<TokenInfo> infos, bool document, Span<float> scores)
    {
        Span<int> buckets = stackalloc int[FeatureExtractor.MaxFeatures];
        for (int i = 0; i < infos.Length; i++)
        {
            int k = extractor.Features(infos, i, buckets, document);
            Score(buckets[..k], scores.Slice(i * T, T));
        }
    }

    /// <summary>Scores of one position from its feature buckets.</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        Span<int> sum = stackalloc int[T];
        var rows = _rows.AsSpan();
        var present = _present.AsSpan();
        var rank = _rank.AsSpan();
        {
            int k = buckets.Length;
            for (int f = 0; f < k; f++)
            {
                int b = buckets[f];
                ulong word = present[b >> 6];
                ulong bit = 1UL << (b & 63);
                if ((word & bit) == 0) continue;
                int r = rank[b >> 6] + System.Numerics.BitOperations.PopCount(word & (bit - 1));
                var w = rows.Slice(r * T, T);
                for (int t = 0; t < T; t++) sum[t] += w[t];
            }
            for (int t = 0; t < T; t++) scores[t] = sum[t] * _scale;
        }
    }

    /// <summary>The runtime form of dense averaged weights; buckets whose weights quantise to zero are dropped.</summary>
    public static NerWeights FromDense(int bits, float[] weights, float[] transitions)
    {
        float max = 0;
        foreach (var w in weights) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1;
        int buckets = 1 << bits;
        var present = new ulong[buckets >> 6];
        var rows = new List<short>();
        for (int b = 0; b < buckets; b++)
        {
            bool any = false;
            for (int t = 0; t < T; t++) any |= Quantise(weights[b * T + t], scale) != 0;
            if (!any) continue;
            present[b >> 6] |= 1UL << (b & 63);
            for (int t = 0; t < T; t++) rows.Add(Quantise(weights[b * T + t], scale));
        }
        return new NerWeights(bits, present, [.. rows], transitions, scale);
    }

    private static short Quantise(float w, float scale) => (short)Math.Clamp(MathF.Round(w / scale), -short.MaxValue, short.MaxValue);

    public void Write(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write(_scale);
        foreach (var x in Transitions) w.Write(x);
        w.Write(RowCount);
        // Rows in bucket order: bucket gaps as 7-bit varints, then the T quantised weights.
        int previous = -1, r = 0;
        for (int b = 0; b < 1 << Bits; b++)
        {
            if ((_present[b >> 6] & 1UL << (b & 63)) == 0) continue;
            w.Write7BitEncodedInt(b - previous);
            previous = b;
            for (int t = 0; t < T; t++) w.Write(_rows[r * T + t]);
            r++;
        }
    }

    public static NerWeights Read(BinaryReader r)
    {
        int bits = r.ReadInt32();
        if (bits is < 8 or > 26) throw new InvalidDataException($"NER model has an impossible bucket count 2^{bits}");
        float scale = r.ReadSingle();
        var transitions = new float[(T + 1) * T];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        int count = r.ReadInt32();
        var present = new ulong[(1 << bits) >> 6];
        var rows = new short[count * T];
        int bucket = -1;
        for (int i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            if ((uint)bucket >= 1u << bits) throw new InvalidDataException("NER model weight rows are corrupt");
            present[bucket >> 6] |= 1UL << (bucket & 63);
            for (int t = 0; t < T; t++) rows[i * T + t] = r.ReadInt16();
        }
        return new NerWeights(bits, present, rows, transitions, scale);
    }
}
