using System.Buffers;
using System.IO.Compression;
using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// A trained tagger: the lexicon and two stages of weights. The first stage tags each sentence from its own words;
/// the second re-tags it knowing what the first said about the same words elsewhere in the article
/// (<see cref="DocumentVotes"/>). Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class NerModel
{
    private const int T = NerTags.Count;
    private const uint Magic = 0x52454E4D; // "MNER"
    private const int FormatVersion = 3;

    /// <summary>The format before word clusters: still read, as a model without clusters.</summary>
    private const int FormatWithoutClusters = 2;

    /// <summary>Logical name of the model embedded in Marsad.Analysis (trained on ANERcorp train, see README).</summary>
    public const string EmbeddedResourceName = "Marsad.Analysis.Ner.anercorp.nermodel.gz";

    internal NerModel(NerWeights first, NerWeights? second, int window, NerLexicon lexicon, WordClusters? clusters = null)
    {
        First = first;
        Second = second;
        DocumentWindow = window;
        Lexicon = lexicon;
        Clusters = clusters ?? WordClusters.Empty;
        Extractor = new FeatureExtractor(lexicon, first.Bits, Clusters);
    }

    public NerLexicon Lexicon { get; }

    /// <summary>The word clusters learned from news that the features read (empty for a model trained without them).</summary>
    public WordClusters Clusters { get; }

    /// <summary>Sentences before and after each sentence whose first-pass tags the second pass consults.</summary>
    public int DocumentWindow { get; }

    public int WeightRows => First.RowCount + (Second?.RowCount ?? 0);

    internal NerWeights First { get; }
    internal NerWeights? Second { get; }
    internal FeatureExtractor Extractor { get; }

    private static readonly Lazy<NerModel?> EmbeddedModel = new(() =>
    {
        using var stream = typeof(NerModel).Assembly.GetManifestResourceStream(EmbeddedResourceName);
        return stream is null ? null : Load(stream);
    });

    /// <summary>The model shipped inside Marsad.Analysis, loaded on first use.</summary>
    public static NerModel Embedded => EmbeddedModel.Value
        ?? throw new InvalidOperationException($"The NER model resource {EmbeddedResourceName} is missing from Marsad.Analysis; train it with `marsad train ner` (see README).");

    /// <summary>
    /// Tags a document: <paramref name="spans"/> are its tokens in <paramref name="text"/>, <paramref name="segments"/>
    /// the start index of each sentence followed by the token count. Tag ids go to <paramref name="tags"/>, the
    /// final emission scores (n×T) to <paramref name="scores"/>.
    /// </summary>
    internal void TagDocument(string text, ReadOnlySpan<TextSpan> spans, ReadOnlySpan<int> segments,
                              Span<TokenInfo> infos, Span<float> scores, Span<int> tags)
    {
        int n = spans.Length;
        int longest = 0;
        for (int s = 0; s + 1 < segments.Length; s++)
        {
            longest = Math.Max(longest, segments[s + 1] - segments[s]);
            Extractor.Analyse(text, spans[segments[s]..segments[s + 1]], infos[segments[s]..segments[s + 1]]);
        }
        // The second pass shares the first pass's features (plus the document ones): compute them once.
        const int Slot = FeatureExtractor.MaxFeatures;
        var buckets = ArrayPool<int>.Shared.Rent(n * Slot);
        var counts = ArrayPool<int>.Shared.Rent(n);
        var delta = ArrayPool<float>.Shared.Rent(longest * T);
        var back = ArrayPool<byte>.Shared.Rent(longest * T);
        try
        {
            for (int s = 0; s + 1 < segments.Length; s++)
            {
                int a = segments[s], b = segments[s + 1];
                var segment = infos[a..b];
                for (int i = 0; i < b - a; i++)
                    counts[a + i] = Extractor.Features(segment, i, buckets.AsSpan((a + i) * Slot, Slot));
            }
            Pass(First, segments, buckets, counts, scores, tags, delta, back);
            if (Second is null) { LatinNames.Apply(text, spans, infos[..n], scores, tags); return; }
            DocumentVotes.Apply(infos[..n], tags[..n], segments, DocumentWindow);
            for (int s = 0; s + 1 < segments.Length; s++)
            {
                int a = segments[s], b = segments[s + 1];
                var segment = infos[a..b];
                for (int i = 0; i < b - a; i++)
                    counts[a + i] += Extractor.DocumentFeatures(segment, i, buckets.AsSpan((a + i) * Slot + counts[a + i]));
            }
            Pass(Second, segments, buckets, counts, scores, tags, delta, back);
            LatinNames.Apply(text, spans, infos[..n], scores, tags);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buckets);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<float>.Shared.Return(delta);
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    private static void Pass(NerWeights weights, ReadOnlySpan<int> segments, int[] buckets, int[] counts,
                             Span<float> scores, Span<int> tags, float[] delta, byte[] back)
    {
        const int Slot = FeatureExtractor.MaxFeatures;
        for (int s = 0; s + 1 < segments.Length; s++)
        {
            int a = segments[s], b = segments[s + 1];
            for (int i = a; i < b; i++) weights.Score(buckets.AsSpan(i * Slot, counts[i]), scores.Slice(i * T, T));
            Viterbi.Decode(scores[(a * T)..(b * T)], b - a, weights.Transitions, tags[a..b], delta, back);
        }
    }

    /// <summary>
    /// The max-marginals of the final pass over each segment (n×T, see <see cref="Viterbi.MaxMarginals"/>), from the
    /// emission scores <see cref="TagDocument"/> wrote, for the segments where it tagged a name; <paramref name="scratch"/> is n×T.
    /// </summary>
    internal void MaxMarginals(ReadOnlySpan<int> segments, ReadOnlySpan<float> scores, ReadOnlySpan<int> tags, Span<float> marginals, Span<float> scratch)
    {
        var transitions = (Second ?? First).Transitions;
        for (int s = 0; s + 1 < segments.Length; s++)
        {
            int a = segments[s], b = segments[s + 1];
            // a segment without a name has no span to measure
            if (!tags[a..b].ContainsAnyExcept(NerTags.O)) continue;
            Viterbi.MaxMarginals(scores[(a * T)..(b * T)], b - a, transitions, marginals[(a * T)..(b * T)], scratch[(a * T)..(b * T)]);
        }
    }

    /// <summary>Tags a sequence of whitespace-tokenised sentences (a CoNLL file or an article), in order.</summary>
    public int[][] Predict(IReadOnlyList<string[]> sentences)
    {
        var builder = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var segments = new List<int> { 0 };
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence)
            {
                spans.Add(new TextSpan(builder.Length, token.Length));
                builder.Append(token).Append(' ');
            }
            segments.Add(spans.Count);
        }
        int n = spans.Count;
        var tags = new int[n];
        TagDocument(builder.ToString(), spans.ToArray(), segments.ToArray(), new TokenInfo[n], new float[n * T], tags);
        var result = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++) result[s] = tags[segments[s]..segments[s + 1]];
        return result;
    }

    /// <summary>Tags one whitespace-tokenised sentence on its own.</summary>
    public int[] Predict(string[] tokens) => Predict([tokens])[0];

    /// <summary>Writes the model gzip-compressed. The bytes depend only on the weights (deterministic).</summary>
    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(T);
        w.Write(DocumentWindow);
        First.Write(w);
        w.Write(Second is not null);
        Second?.Write(w);
        Lexicon.Write(w);
        Clusters.Write(w);
    }

    public static NerModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(new BufferedStream(gz, 1 << 16));
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Marsad NER model");
        int version = r.ReadInt32();
        if (version != FormatVersion && version != FormatWithoutClusters) throw new InvalidDataException($"NER model format {version} is not supported (expected {FormatVersion})");
        if (r.ReadInt32() != T) throw new InvalidDataException("NER model has a different tag set");
        int window = r.ReadInt32();
        var first = NerWeights.Read(r);
        var second = r.ReadBoolean() ? NerWeights.Read(r) : null;
        if (second is not null && second.Bits != first.Bits) throw new InvalidDataException("NER model stages disagree on the bucket count");
        var lexicon = NerLexicon.Read(r);
        var clusters = version == FormatWithoutClusters ? null : WordClusters.Read(r);
        return new NerModel(first, second, window, lexicon, clusters);
    }

    public static NerModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }
}
