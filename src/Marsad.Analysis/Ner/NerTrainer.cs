using System.Diagnostics;
using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Trains the tagger as a structured averaged perceptron: decode each sentence with Viterbi under the current
/// weights, and where the best sequence differs from the gold one, reward the gold features and transitions and
/// penalise the predicted ones. Averaging over all steps keeps the final weights from overfitting the last
/// sentences. Deterministic: a seeded shuffle and single-threaded arithmetic give byte-identical models.
/// </summary>
public sealed class NerTrainer
{
    private const int T = NerTags.Count;

    public int Epochs { get; init; } = 12;
    public int Seed { get; init; } = 1;

    /// <summary>log2 of the number of weight buckets (hashed features share rows when they collide).</summary>
    public int BucketBits { get; init; } = 20;

    public NerModel Train(IReadOnlyList<ConllSentence> sentences, NerLexicon lexicon, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        AddKnownNameWords(sentences, lexicon);
        var extractor = new FeatureExtractor(lexicon, BucketBits);

        // Features never change between epochs: extract them once.
        var features = new int[sentences.Count][];
        var offsets = new int[sentences.Count][];
        Span<int> buf = stackalloc int[FeatureExtractor.MaxFeatures];
        int maxLen = 1;
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            maxLen = Math.Max(maxLen, tokens.Length);
            var text = string.Join(' ', tokens);
            var spans = new TextSpan[tokens.Length];
            for (int i = 0, at = 0; i < tokens.Length; i++) { spans[i] = new TextSpan(at, tokens[i].Length); at += tokens[i].Length + 1; }
            var infos = new TokenInfo[tokens.Length];
            extractor.Analyse(text, spans, infos);
            var list = new List<int>(tokens.Length * 40);
            var off = new int[tokens.Length + 1];
            for (int i = 0; i < tokens.Length; i++)
            {
                int k = extractor.Features(infos, i, buf);
                for (int f = 0; f < k; f++) list.Add(buf[f]);
                off[i + 1] = list.Count;
            }
            features[s] = [.. list];
            offsets[s] = off;
        }
        log?.Invoke($"features extracted for {sentences.Count} sentences in {clock.Elapsed.TotalSeconds:F1} s");

        int size = (1 << BucketBits) * T;
        var w = new float[size];
        var u = new double[size];            // Σ step × update: averaged = w − u / steps
        var tw = new float[(T + 1) * T];
        var tu = new double[(T + 1) * T];
        var em = new float[maxLen * T];
        var delta = new float[maxLen * T];
        var back = new byte[maxLen * T];
        var predicted = new int[maxLen];
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var rng = new SplitMix(unchecked((ulong)Seed));
        long step = 1;

        for (int epoch = 1; epoch <= Epochs; epoch++)
        {
            for (int i = order.Length - 1; i > 0; i--)
            {
                int j = (int)(rng.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }
            int errors = 0, total = 0;
            foreach (int s in order)
            {
                var gold = sentences[s].Tags;
                int n = gold.Length;
                var feats = features[s];
                var off = offsets[s];
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
                for (int i = 0; i < n; i++)
                {
                    int g = gold[i], p = predicted[i];
                    int gp = i == 0 ? -1 : gold[i - 1], pp = i == 0 ? -1 : predicted[i - 1];
                    if (g != p)
                    {
                        errors++;
                        for (int f = off[i]; f < off[i + 1]; f++)
                        {
                            int b = feats[f] * T;
                            w[b + g] += 1; u[b + g] += step;
                            w[b + p] -= 1; u[b + p] -= step;
                        }
                    }
                    if (g != p || gp != pp)
                    {
                        int kg = (gp + 1) * T + g, kp = (pp + 1) * T + p;
                        tw[kg] += 1; tu[kg] += step;
                        tw[kp] -= 1; tu[kp] -= step;
                    }
                }
                step++;
            }
            log?.Invoke($"epoch {epoch}: {errors} token errors of {total} ({100.0 * errors / total:F2}%), {clock.Elapsed.TotalSeconds:F1} s");
        }

        var averaged = new float[size];
        for (int i = 0; i < size; i++) averaged[i] = (float)(w[i] - u[i] / step);
        var transitions = new float[tw.Length];
        for (int i = 0; i < tw.Length; i++) transitions[i] = (float)(tw[i] - tu[i] / step);
        var model = NerModel.FromDense(BucketBits, averaged, transitions, lexicon);
        log?.Invoke($"model: {model.RowCount} weight rows, lexicon {lexicon.TokenCount} words / {lexicon.PhraseCount} phrases / {lexicon.KnownNameCount} name words, {clock.Elapsed.TotalSeconds:F1} s");
        return model;
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

    /// <summary>A tiny seeded generator whose sequence never depends on the runtime version.</summary>
    private struct SplitMix(ulong state)
    {
        public ulong Next()
        {
            ulong z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
