using System.Diagnostics;
using Marsad.Analysis.Ner;
using Marsad.Text;
using Marsad.Tools.Knowledge;

namespace Marsad.Tools.Ner;

/// <summary>
/// Trains the tagger as a structured averaged perceptron: decode each sentence with Viterbi under the current
/// weights, and where the best sequence differs from the gold one, reward the gold features and transitions and
/// penalise the predicted ones; averaging over all steps keeps the final weights from chasing the last sentences.
/// Two stages: the second learns from document votes of the first, which for the training data come from
/// first-stage models that did not see the sentence (jackknife), as they will not at tagging time.
/// Deterministic: a seeded shuffle and single-threaded arithmetic give byte-identical models.
/// </summary>
public sealed class NerTrainer
{
    private const int T = NerTags.Count;

    public int Epochs { get; init; } = 10;
    public int Seed { get; init; } = 1;

    /// <summary>log2 of the number of weight buckets (hashed features share rows when they collide).</summary>
    public int BucketBits { get; init; } = 20;

    /// <summary>Words seen at most this often in training lose their identity features (see <see cref="TokenInfo.Rare"/>); 0 keeps all.</summary>
    public int RareWordCount { get; init; } = 1;

    /// <summary>Sentences on each side whose first-pass tags the second stage consults; 0 trains one stage only.</summary>
    public int DocumentWindow { get; init; } = 20;

    /// <summary>Contiguous blocks the training data is cut into for the second stage's jackknifed first-pass tags.</summary>
    public int Folds { get; init; } = 4;

    private sealed class Data
    {
        public required int[][] Features, Offsets;
        public required float[] Weights;
    }

    /// <summary>Word clusters learned from unlabelled news (<see cref="WordClusterer"/>); null trains without them.</summary>
    public WordClusters? Clusters { get; init; }

    public NerModel Train(IReadOnlyList<ConllSentence> sentences, NerLexicon lexicon, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        void Log(string m) => log?.Invoke($"[{clock.Elapsed.TotalSeconds,5:F1} s] {m}");
        AddKnownNameWords(sentences, lexicon);
        AddCommonWords(sentences, lexicon);
        var extractor = new FeatureExtractor(lexicon, BucketBits, Clusters);

        // The whole training set as one document: sentences in corpus order, as articles are.
        var text = new System.Text.StringBuilder();
        var spanList = new List<TextSpan>();
        var segmentList = new List<int> { 0 };
        var gold = new List<int>();
        foreach (var s in sentences)
        {
            foreach (var token in s.Tokens) { spanList.Add(new TextSpan(text.Length, token.Length)); text.Append(token).Append(' '); }
            gold.AddRange(s.Tags);
            segmentList.Add(spanList.Count);
        }
        var spans = spanList.ToArray();
        var segments = segmentList.ToArray();
        var infos = new TokenInfo[spans.Length];
        var fullText = text.ToString();
        for (int s = 0; s < sentences.Count; s++)
            extractor.Analyse(fullText, spans[segments[s]..segments[s + 1]], infos.AsSpan(segments[s], segments[s + 1] - segments[s]));

        var frequency = new Dictionary<ulong, int>();
        foreach (var info in infos) frequency[info.Word] = frequency.GetValueOrDefault(info.Word) + 1;
        var all = Enumerable.Range(0, sentences.Count).ToArray();

        var weights = sentences.Select(s => s.Weight).ToArray();
        var trainData = Extract(extractor, infos, segments, frequency, document: false, weights);
        Log($"features of {sentences.Count} sentences, {spans.Length} tokens");
        var first = TrainStage(trainData, segments, gold, all, Log);
        Log($"first stage: {first.RowCount} rows");
        if (DocumentWindow <= 0) return new NerModel(first, null, 0, lexicon, Clusters);

        // Jackknife: each block is tagged by a first stage trained on the other blocks.
        var firstTags = new int[spans.Length];
        for (int fold = 0; fold < Folds; fold++)
        {
            int from = sentences.Count * fold / Folds, to = sentences.Count * (fold + 1) / Folds;
            var rest = all.Where(s => s < from || s >= to).ToArray();
            var blockWeights = TrainStage(trainData, segments, gold, rest, null);
            for (int s = from; s < to; s++)
            {
                int a = segments[s], b = segments[s + 1];
                var em = new float[(b - a) * T];
                blockWeights.Emissions(extractor, infos.AsSpan(a, b - a), false, em);
                Viterbi.Decode(em, b - a, blockWeights.Transitions, firstTags.AsSpan(a, b - a), new float[em.Length], new byte[em.Length]);
            }
            Log($"jackknife block {fold + 1}/{Folds} tagged");
        }
        DocumentVotes.Apply(infos, firstTags, segments, DocumentWindow);
        var secondData = Extract(extractor, infos, segments, frequency, document: true, weights);
        var second = TrainStage(secondData, segments, gold, all, Log);
        Log($"second stage: {second.RowCount} rows; lexicon {lexicon.TokenCount} words, {lexicon.PhraseCount} phrases, {lexicon.KnownNameCount} name words");
        return new NerModel(first, second, DocumentWindow, lexicon, Clusters);
    }

    /// <summary>Feature buckets of every position, extracted once (they do not change between epochs).</summary>
    private Data Extract(FeatureExtractor extractor, TokenInfo[] infos, int[] segments, Dictionary<ulong, int>? frequency, bool document, float[] weights)
    {
        int count = segments.Length - 1;
        var features = new int[count][];
        var offsets = new int[count][];
        Span<int> buf = stackalloc int[FeatureExtractor.MaxFeatures];
        for (int s = 0; s < count; s++)
        {
            int a = segments[s], n = segments[s + 1] - a;
            var sentence = infos.AsSpan(a, n);
            for (int i = 0; i < n; i++) sentence[i].Rare = frequency is not null && frequency[sentence[i].Word] <= RareWordCount;
            var list = new List<int>(n * 48);
            var off = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                int k = extractor.Features(sentence, i, buf, document);
                for (int f = 0; f < k; f++) list.Add(buf[f]);
                off[i + 1] = list.Count;
            }
            features[s] = [.. list];
            offsets[s] = off;
            for (int i = 0; i < n; i++) sentence[i].Rare = false;
        }
        return new Data { Features = features, Offsets = offsets, Weights = weights };
    }

    /// <summary>Independent runs (different shuffles) whose averaged weights are averaged again: less variance.</summary>
    public int Runs { get; init; } = 3;

    private NerWeights TrainStage(Data data, int[] segments, List<int> goldTags, int[] sentenceIds, Action<string>? log)
    {
        float[]? weights = null, transitions = null;
        for (int run = 0; run < Runs; run++)
        {
            var (w, t) = TrainRun(data, segments, goldTags, sentenceIds, log, unchecked((ulong)(Seed + run * 7919)));
            if (weights is null) { weights = w; transitions = t; continue; }
            for (int i = 0; i < w.Length; i++) weights[i] += w[i];
            for (int i = 0; i < t.Length; i++) transitions![i] += t[i];
        }
        return NerWeights.FromDense(BucketBits, weights!, transitions!);
    }

    private (float[] Weights, float[] Transitions) TrainRun(Data data, int[] segments, List<int> goldTags, int[] sentenceIds, Action<string>? log, ulong seed)
    {
        int size = (1 << BucketBits) * T;
        var w = new float[size];
        var u = new double[size];            // Σ step × update: averaged = w − u / steps
        var tw = new float[(T + 1) * T];
        var tu = new double[(T + 1) * T];
        int maxLen = 1;
        foreach (int s in sentenceIds) maxLen = Math.Max(maxLen, segments[s + 1] - segments[s]);
        var em = new float[maxLen * T];
        var delta = new float[maxLen * T];
        var back = new byte[maxLen * T];
        var predicted = new int[maxLen];
        var order = (int[])sentenceIds.Clone();
        var rng = new SplitMix(seed);
        long step = 1;

        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, total = 0;
            foreach (int s in order)
            {
                int a = segments[s], n = segments[s + 1] - a;
                var feats = data.Features[s];
                var off = data.Offsets[s];
                for (int i = 0; i < n; i++)
                {
                    var row = em.AsSpan(i * T, T);
                    row.Clear();
                    for (int f = off[i]; f < off[i + 1]; f++)
                    {
                        int b = feats[f] * T;
                        for (int t = 0; t < T; t++) row[t] += w[b + t];
                    }
                }
                Viterbi.Decode(em, n, tw, predicted, delta, back);
                total += n;
                float r = data.Weights[s];
                double rs = r * (double)step;
                for (int i = 0; i < n; i++)
                {
                    int g = goldTags[a + i], p = predicted[i];
                    int gp = i == 0 ? -1 : goldTags[a + i - 1], pp = i == 0 ? -1 : predicted[i - 1];
                    if (g != p)
                    {
                        errors++;
                        for (int f = off[i]; f < off[i + 1]; f++)
                        {
                            int b = feats[f] * T;
                            w[b + g] += r; u[b + g] += rs;
                            w[b + p] -= r; u[b + p] -= rs;
                        }
                    }
                    if (g != p || gp != pp)
                    {
                        int kg = (gp + 1) * T + g, kp = (pp + 1) * T + p;
                        tw[kg] += r; tu[kg] += rs;
                        tw[kp] -= r; tu[kp] -= rs;
                    }
                }
                step++;
            }
            log?.Invoke($"epoch {epoch}: {errors} token errors of {total} ({100.0 * errors / total:F2}%)");
        }

        var averaged = new float[size];
        for (int i = 0; i < size; i++) averaged[i] = (float)(w[i] - u[i] / step);
        var transitions = new float[tw.Length];
        for (int i = 0; i < tw.Length; i++) transitions[i] = (float)(tw[i] - tu[i] / step);
        return (averaged, transitions);
    }

    /// <summary>
    /// Words seen inside names in training, without the ones that are a clitic plus another name word
    /// (وأذربيجان when أذربيجان is also seen): what is left tells a name's own first letter from a clitic.
    /// </summary>
    private static void AddKnownNameWords(IReadOnlyList<ConllSentence> sentences, NerLexicon lexicon)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            for (int i = 0; i < s.Tokens.Length; i++)
                if (s.Tags[i] != NerTags.O)
                {
                    var key = ArabicFolder.Fold(s.Tokens[i]);
                    if (key.Length >= 2) words.Add(key);
                }
        foreach (var word in words)
        {
            if (Proclitics.MayStartWithClitic(word) && (words.Contains(word[1..]) || word.Length > 4 && Proclitics.MayStartWithClitic(word.AsSpan(1)) && words.Contains(word[2..])))
                continue;
            lexicon.AddKnownNameWord(word);
        }
    }

    /// <summary>
    /// Words seen at least twice outside names and more than twice as often outside as inside them: the common words that end a
    /// name found from its given name (محمد خرساني في → محمد خرساني) and a feature of the tagger.
    /// </summary>
    private static void AddCommonWords(IReadOnlyList<ConllSentence> sentences, NerLexicon lexicon)
    {
        var tokens = sentences.SelectMany(s => s.Tokens.Select((token, i) => (token, s.Tags[i] == NerTags.O)));
        foreach (var word in CommonWords.Count(tokens, t => ArabicFolder.Fold(t), outsideToInside: 2))
            lexicon.AddCommonWord(word);
    }
}
