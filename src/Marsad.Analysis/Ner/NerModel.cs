using System.IO.Compression;
using System.Reflection;
using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// A trained tagger: hashed feature weights per tag (only the rows training made non-zero, quantised to 16 bits on
/// disk), BIO transition weights and the lexicon. Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class NerModel
{
    private const int T = NerTags.Count;
    private const uint Magic = 0x52454E4D; // "MNER"
    private const int FormatVersion = 1;

    /// <summary>Logical name of the model embedded in Marsad.Analysis (trained on ANERcorp train, see README).</summary>
    public const string EmbeddedResourceName = "Marsad.Analysis.Ner.anercorp.nermodel.gz";

    private readonly int[] _rowOf;       // bucket → row, -1 when the bucket has no weights
    private readonly float[] _rows;      // row × T
    private readonly float[] _transitions;

    internal NerModel(int bits, int[] rowOf, float[] rows, float[] transitions, NerLexicon lexicon)
    {
        Bits = bits;
        _rowOf = rowOf;
        _rows = rows;
        _transitions = transitions;
        Lexicon = lexicon;
        Extractor = new FeatureExtractor(lexicon, bits);
    }

    public int Bits { get; }
    public int RowCount => _rows.Length / T;
    public NerLexicon Lexicon { get; }
    internal FeatureExtractor Extractor { get; }
    internal ReadOnlySpan<float> Transitions => _transitions;

    private static readonly Lazy<NerModel?> EmbeddedModel = new(() =>
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(EmbeddedResourceName);
        return stream is null ? null : Load(stream);
    });

    /// <summary>The model shipped inside Marsad.Analysis, loaded on first use.</summary>
    public static NerModel Embedded => EmbeddedModel.Value
        ?? throw new InvalidOperationException($"The NER model resource {EmbeddedResourceName} is missing from {Assembly.GetExecutingAssembly().GetName().Name}; train it with `marsad train ner` (see README).");

    /// <summary>Adds the emission scores of every position (n×T) for tokens already described in <paramref name="infos"/>.</summary>
    internal void Emissions(ReadOnlySpan<TokenInfo> infos, Span<float> scores)
    {
        Span<int> buckets = stackalloc int[FeatureExtractor.MaxFeatures];
        var rows = _rows.AsSpan();
        for (int i = 0; i < infos.Length; i++)
        {
            var s = scores.Slice(i * T, T);
            s.Clear();
            int k = Extractor.Features(infos, i, buckets);
            for (int f = 0; f < k; f++)
            {
                int r = _rowOf[buckets[f]];
                if (r < 0) continue;
                var w = rows.Slice(r * T, T);
                for (int t = 0; t < T; t++) s[t] += w[t];
            }
        }
    }

    /// <summary>Tags whitespace tokens (a CoNLL sentence): the tag id of each.</summary>
    public int[] Predict(IReadOnlyList<string> tokens)
    {
        var text = string.Join(' ', tokens);
        var spans = new TextSpan[tokens.Count];
        for (int i = 0, at = 0; i < tokens.Count; i++) { spans[i] = new TextSpan(at, tokens[i].Length); at += tokens[i].Length + 1; }
        var tags = new int[tokens.Count];
        var infos = new TokenInfo[tokens.Count];
        Extractor.Analyse(text, spans, infos);
        var em = new float[tokens.Count * T];
        Emissions(infos, em);
        Viterbi.Decode(em, tokens.Count, _transitions, tags, new float[tokens.Count * T], new byte[tokens.Count * T]);
        return tags;
    }

    /// <summary>Builds the runtime form from dense averaged weights, dropping buckets whose weights quantise to zero.</summary>
    internal static NerModel FromDense(int bits, float[] weights, float[] transitions, NerLexicon lexicon)
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
        return new NerModel(bits, rowOf, [.. rows], transitions, lexicon) { _scale = scale };
    }

    private float _scale = 1;

    private static short Quantise(float w, float scale) => (short)Math.Clamp(MathF.Round(w / scale), -short.MaxValue, short.MaxValue);

    /// <summary>Writes the model gzip-compressed. The bytes depend only on the weights (deterministic).</summary>
    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Bits);
        w.Write(T);
        w.Write(_scale);
        foreach (var x in _transitions) w.Write(x);
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
        Lexicon.Write(w);
    }

    public static NerModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Marsad NER model");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"NER model format {version} is not supported (expected {FormatVersion})");
        int bits = r.ReadInt32();
        if (r.ReadInt32() != T) throw new InvalidDataException("NER model has a different tag set");
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
        var lexicon = NerLexicon.Read(r);
        return new NerModel(bits, rowOf, rows, transitions, lexicon) { _scale = scale };
    }

    public static NerModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }
}
