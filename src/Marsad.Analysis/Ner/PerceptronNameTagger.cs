using System.Buffers;
using Marsad.Analysis.Entities;
using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// The learned name tagger behind <see cref="INameTagger"/>: tags each sentence's tokens with the averaged
/// perceptron model and returns the names as spans of the original text without their proclitics
/// (وأذربيجان → أذربيجان, بالقاهرة → القاهرة). Types: PER, LOC (the entity step retypes states and cities as
/// GPE from the knowledge base), ORG, MISC. Thread-safe; buffers are pooled.
/// </summary>
public sealed class PerceptronNameTagger : INameTagger
{
    private const int T = NerTags.Count;
    private static readonly EntityType[] TypeOfClass = [EntityType.PER, EntityType.LOC, EntityType.ORG, EntityType.MISC];

    private static readonly Lazy<PerceptronNameTagger> Shipped = new(() => new PerceptronNameTagger(NerModel.Embedded));

    private readonly NerModel _model;
    private readonly float? _sureMargin;

    /// <param name="sureMargin">
    /// Null (the default): a name's confidence is the emission margin of its weakest token, squashed (0.5 where the
    /// chosen tag only just beats the runner-up). A number: the confidence is the name's sequence margin (the best tag
    /// sequence's score over the best one without the name), 0.5 at that margin; `marsad eval ner-margin` chooses it
    /// by cross-validation over annotated articles.
    /// </param>
    public PerceptronNameTagger(NerModel model, float? sureMargin = null)
    {
        _model = model;
        _sureMargin = sureMargin;
    }

    /// <summary>The tagger with the model shipped in Marsad.Analysis (loaded on first use).</summary>
    public static PerceptronNameTagger Default => Shipped.Value;

    public bool IsCommonWord(ReadOnlySpan<char> folded) => _model.Lexicon.IsCommonWord(folded);

    public bool IsNameWord(ReadOnlySpan<char> folded) => IsNameWord(_model.Lexicon, folded);

    public IReadOnlyList<TaggedName> Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var names = new List<TaggedName>();
        int n = tokens.Count;
        if (n == 0) return names;
        var spans = ArrayPool<TextSpan>.Shared.Rent(n);
        var segments = ArrayPool<int>.Shared.Rent(n + 1);
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var em = ArrayPool<float>.Shared.Rent(n * T);
        var tags = ArrayPool<int>.Shared.Rent(n);
        var marginals = ArrayPool<float>.Shared.Rent(n * T);
        var scratch = ArrayPool<float>.Shared.Rent(n * T);
        try
        {
            for (int i = 0; i < n; i++) spans[i] = tokens[i].Span;
            int count = Segment(tokens, sentences, segments);
            _model.TagDocument(text, spans.AsSpan(0, n), segments.AsSpan(0, count + 1), infos, em, tags);
            if (_sureMargin is not null) _model.MaxMarginals(segments.AsSpan(0, count + 1), em, tags.AsSpan(0, n), marginals, scratch);
            Collect(text, spans.AsSpan(0, n), segments.AsSpan(0, count + 1), em, marginals, tags, names);
        }
        finally
        {
            ArrayPool<TextSpan>.Shared.Return(spans);
            ArrayPool<int>.Shared.Return(segments);
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<float>.Shared.Return(em);
            ArrayPool<int>.Shared.Return(tags);
            ArrayPool<float>.Shared.Return(marginals);
            ArrayPool<float>.Shared.Return(scratch);
        }
        return names;
    }

    /// <summary>
    /// Cuts the tokens into segments: the tokens of each sentence, and runs of tokens between sentences (headlines,
    /// datelines). Writes each segment's first token index and then the token count; returns the segment count.
    /// Training on annotated news cuts its articles the same way, so that the model learns from what it will see.
    /// </summary>
    public static int Segment(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, int[] starts)
    {
        int count = 0, t = 0, s = 0;
        while (t < tokens.Count)
        {
            while (s < sentences.Count && sentences[s].Span.End <= tokens[t].Start) s++;
            int end = t;
            if (s < sentences.Count && sentences[s].Span.Start <= tokens[t].Start)
                while (end < tokens.Count && tokens[end].Start < sentences[s].Span.End) end++;
            else
            {
                int limit = s < sentences.Count ? sentences[s].Span.Start : int.MaxValue;
                while (end < tokens.Count && tokens[end].Start < limit) end++;
            }
            starts[count++] = t;
            t = end;
        }
        starts[count] = tokens.Count;
        return count;
    }

    private void Collect(string text, ReadOnlySpan<TextSpan> spans, ReadOnlySpan<int> segments, ReadOnlySpan<float> em, ReadOnlySpan<float> marginals,
                         ReadOnlySpan<int> tags, List<TaggedName> names)
    {
        for (int s = 0; s + 1 < segments.Length; s++)
        {
            for (int i = segments[s], end = segments[s + 1]; i < end;)
            {
                if (!NerTags.IsBegin(tags[i])) { i++; continue; }
                int cls = NerTags.ClassOf(tags[i]);
                int j = i + 1;
                while (j < end && tags[j] == NerTags.Inside(cls)) j++;
                int start = NameStart(text, spans[i]);
                var span = TextSpan.FromBounds(start, spans[j - 1].End);
                if (!span.IsEmpty) names.Add(new TaggedName(span, TypeOfClass[cls], Confidence(em, marginals, tags, i, j, end, cls)));
                i = j;
            }
        }
    }

    /// <summary>
    /// Where the name begins inside its first token: after و/ف and ب/ك/ل before the article, after the first ل of لل,
    /// and after a single و/ف/ب/ك/ل when the rest is a known name word and the whole token is not (وليد stays whole).
    /// </summary>
    private int NameStart(string text, TextSpan token)
    {
        var surface = token.SliceSpan(text);
        if (surface.Length > 48) return token.Start;
        Span<char> folded = stackalloc char[ArabicFolder.MaxFoldedLength(surface)];
        int n = ArabicFolder.Fold(surface, folded, FoldOptions.Matching);
        var w = folded[..n];
        int skip = Proclitics.ArticleNameStart(w);
        if (skip < 0 && Proclitics.MayStartWithClitic(w))
        {
            var lexicon = _model.Lexicon;
            if (IsNameWord(lexicon, w) || !HasProcliticReading(surface, token.Start)) skip = 0;
            else if (IsNameWord(lexicon, w[1..])) skip = 1;
            else if (w.Length >= 5 && w[0] is ArabicLetters.Waw or ArabicLetters.Feh && Proclitics.MayStartWithClitic(w[1..]) && IsNameWord(lexicon, w[2..])) skip = 2;
            // Unknown word: a conjunction before a hamza on alef (وأوكرانيا، فإيران) is a clitic; few names start so.
            else if (w[0] is ArabicLetters.Waw or ArabicLetters.Feh && surface.Length > 1
                     && surface[1] is ArabicLetters.AlefHamzaAbove or ArabicLetters.AlefHamzaBelow or ArabicLetters.AlefMadda) skip = 1;
        }
        return skip <= 0 ? token.Start : token.Start + SourceOffset(surface, skip);
    }

    /// <summary>Whether Marsad.Text's segmenter allows a proclitic here at all (it protects فلسطين، وليد، بوتين).</summary>
    private static bool HasProcliticReading(ReadOnlySpan<char> surface, int start)
    {
        Span<Marsad.Text.Clitics.CliticAnalysis> readings = stackalloc Marsad.Text.Clitics.CliticAnalysis[Marsad.Text.Clitics.CliticSegmenter.MaxAnalyses];
        int n = Marsad.Text.Clitics.CliticSegmenter.Segment(surface, start, readings);
        for (int k = 1; k < n; k++)
            if (readings[k].Enclitic == Marsad.Text.Clitics.Enclitic.None && !readings[k].IsWhole) return true;
        return false;
    }

    private static bool IsNameWord(NerLexicon lexicon, ReadOnlySpan<char> folded)
    {
        ulong h = FeatureHash.Of(folded);
        return lexicon.KnownNameWords.Contains(h)
            || (lexicon.MaskOf(h) & (NerLexicon.LocWord | NerLexicon.LocPart | NerLexicon.PerFirst | NerLexicon.PerPart)) != 0;
    }

    /// <summary>The surface offset after the first <paramref name="foldedChars"/> folded letters (marks and tatweel that follow included).</summary>
    private static int SourceOffset(ReadOnlySpan<char> surface, int foldedChars)
    {
        int count = 0, i = 0;
        for (; i < surface.Length && count < foldedChars; i++)
            if (ArabicFolder.FoldChar(surface[i], FoldOptions.Matching) != '\0') count++;
        while (i < surface.Length && (ArabicLetters.IsDiacritic(surface[i]) || surface[i] == ArabicLetters.Tatweel || ArabicLetters.IsFormatMark(surface[i]))) i++;
        return i;
    }

    /// <summary>
    /// How far the best tag sequence beats the best one without this span (tokens <paramref name="from"/> to
    /// <paramref name="to"/>, class <paramref name="cls"/>): a sequence without it tags some token of the span otherwise,
    /// or continues the span into the next token. Read from the max-marginals, so a name of several words whose
    /// reading the sequence carries (a family name after a given name) is as sure as the sequence is.
    /// </summary>
    private static float SpanMargin(ReadOnlySpan<float> marginals, ReadOnlySpan<int> tags, int from, int to, int end, int cls)
    {
        float margin = float.MaxValue;
        for (int i = from; i < to; i++)
        {
            var row = marginals.Slice(i * T, T);
            float other = float.NegativeInfinity;
            for (int t = 0; t < T; t++) if (t != tags[i] && row[t] > other) other = row[t];
            margin = Math.Min(margin, row[tags[i]] - other);
        }
        if (to < end) margin = Math.Min(margin, marginals[to * T + tags[to]] - marginals[to * T + NerTags.Inside(cls)]);
        return margin;
    }

    /// <summary>Margins of the shipped model's names run from 0 to about a thousand; half the sure margin away is 0.27 or 0.73.</summary>
    private const float MarginScale = 96f;

    private float Confidence(ReadOnlySpan<float> em, ReadOnlySpan<float> marginals, ReadOnlySpan<int> tags, int from, int to, int end, int cls) =>
        _sureMargin is { } sure
            ? 1f / (1f + MathF.Exp(-(SpanMargin(marginals, tags, from, to, end, cls) - sure) / MarginScale))
            : WeakestTokenConfidence(em, tags, from, to);

    /// <summary>How far the chosen tags beat the runner-up at the weakest token, squashed to 0..1.</summary>
    private static float WeakestTokenConfidence(ReadOnlySpan<float> em, ReadOnlySpan<int> tags, int from, int to)
    {
        float worst = float.MaxValue;
        for (int i = from; i < to; i++)
        {
            var row = em.Slice(i * T, T);
            float chosen = row[tags[i]], other = float.NegativeInfinity;
            for (int t = 0; t < T; t++) if (t != tags[i] && row[t] > other) other = row[t];
            worst = Math.Min(worst, chosen - other);
        }
        return 1f / (1f + MathF.Exp(-worst / 4f));
    }
}
