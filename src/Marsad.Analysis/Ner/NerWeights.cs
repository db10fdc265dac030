namespace Marsad.Analysis.Ner;

/// <summary>
/// One stage's weights: a row of per-tag weights for every hashed feature bucket that training made non-zero
/// (quantised to 16 bits on disk), and BIO transition weights.
/// </summary>
internal sealed class NerWeights
{
    private const int T = NerTags.Count;

    private readonly int[] _rowOf;       // bucket → row, -1 when the bucket has no weights
    private readonly float[] _rows;      // row × T
    private readonly float _scale;

    private NerWeights(int bits, int[] rowOf, float[] rows, float[] transitions, float scale)
    {
        Bits = bits;
        _rowOf = rowOf;
        _rows = rows;
        Transitions = transitions;
        _scale = scale;
    }

    public int Bits { get; }
    public int RowCount => _rows.Length / T;
    public float[] Transitions { get; }

    /// <summary>Emission scores (n×T) of the positions of one segment whose features the extractor gives.</summary>
    public void Emissions(FeatureExtractor extractor, ReadOnlySpan<TokenInfo> infos, bool document, Span<float> scores)
    {
        Span<int> buckets = stackalloc int[FeatureExtractor.MaxFeatures];
        var rows = _rows.AsSpan();
        var rowOf = _rowOf.AsSpan();
        for (int i = 0; i < infos.Length; i++)
        {
            var s = scores.Slice(i * T, T);
            s.Clear();
            int k = extractor.Features(infos, i, buckets, document);
            for (int f = 0; f < k; f++)
            {
                int r = rowOf[buckets[f]];
                if (r < 0) continue;
                var w = rows.Slice(r * T, T);
                for (int t = 0; t < T; t++) s[t] += w[t];
            }
        }
    }

    /// <summary>The runtime form of dense averaged weights; buckets whose weights quantise to zero are dropped.</summary>
    public static NerWeights FromDense(int bits, float[] weights, float[] transitions)
    {
        float max = 0;
        foreach (var w in weights) max = Math.Max(max, Math.Abs(w));
        float scale = max > 0 ? max / short.MaxValue : 1;
        int buckets = 1 << bits;
        var rowOf = new int[buckets];
        var rows = new List<float>();
        for (int b = 0; b < buckets; b++)
        {
            rowOf[b] = -1;
            bool any = false;
            for (int t = 0; t < T; t++) any |= Quantise(weights[b * T + t], scale) != 0;
            if (!any) continue;
            rowOf[b] = rows.Count / T;
            for (int t = 0; t < T; t++) rows.Add(Quantise(weights[b * T + t], scale) * scale);
        }
        return new NerWeights(bits, rowOf, [.. rows], transitions, scale);
    }

    private static short Quantise(float w, float scale) => (short)Math.Clamp(MathF.Round(w / scale), -short.MaxValue, short.MaxValue);

    public void Write(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write(_scale);
        foreach (var x in Transitions) w.Write(x);
        w.Write(RowCount);
        // Rows in bucket order: bucket gaps as 7-bit varints, then the T quantised weights.
        int previous = -1;
        for (int b = 0; b < _rowOf.Length; b++)
        {
            int r = _rowOf[b];
            if (r < 0) continue;
            w.Write7BitEncodedInt(b - previous);
            previous = b;
            for (int t = 0; t < T; t++) w.Write(Quantise(_rows[r * T + t], _scale));
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
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var rows = new float[count * T];
        int bucket = -1;
        for (int i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            rowOf[bucket] = i;
            for (int t = 0; t < T; t++) rows[i * T + t] = r.ReadInt16() * scale;
        }
        return new NerWeights(bits, rowOf, rows, transitions, scale);
    }
}
