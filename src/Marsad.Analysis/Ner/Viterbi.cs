namespace Marsad.Analysis.Ner;

/// <summary>
/// Best tag sequence under emission scores plus tag-transition scores, restricted to well-formed BIO
/// (no I-X after O or after another class), so that every decoded span is a clean entity.
/// </summary>
internal static class Viterbi
{
    private const int T = NerTags.Count;

    /// <summary>[previous+1, tag]: whether the transition is allowed (row 0 is the sentence start).</summary>
    private static readonly bool[] AllowedTable = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var a = new bool[(T + 1) * T];
        for (int p = -1; p < T; p++)
            for (int t = 0; t < T; t++) a[(p + 1) * T + t] = NerTags.Allowed(p, t);
        return a;
    }

    /// <summary>
    /// Decodes <paramref name="n"/> positions. <paramref name="emissions"/> is n×T, <paramref name="transitions"/>
    /// (T+1)×T with row 0 for the start; <paramref name="delta"/> (n×T) and <paramref name="back"/> (n×T) are scratch.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions,
                              Span<int> tags, Span<float> delta, Span<byte> back)
    {
        if (n == 0) return;
        Forward(emissions, n, transitions, delta, back);
        int last = (n - 1) * T, bestTag = 0;
        for (int t = 1; t < T; t++) if (delta[last + t] > delta[last + bestTag]) bestTag = t;
        tags[n - 1] = bestTag;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
    }

    private const float Forbidden = -1e30f;

    /// <summary>
    /// The forward pass shared by <see cref="Decode"/> and <see cref="MaxMarginals"/>: <paramref name="delta"/>[i×T + t]
    /// is the best score of a well-formed sequence ending in tag t at position i; <paramref name="back"/>, when not
    /// empty, gets the previous tag of that best sequence. Every tag has an allowed predecessor (O before B, B before I),
    /// so no score stays forbidden past the start.
    /// </summary>
    private static void Forward(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions, Span<float> delta, Span<byte> back)
    {
        for (int t = 0; t < T; t++)
            delta[t] = AllowedTable[t] ? emissions[t] + transitions[t] : Forbidden;
        for (int i = 1; i < n; i++)
        {
            int row = i * T, prevRow = row - T;
            for (int t = 0; t < T; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < T; p++)
                {
                    int k = (p + 1) * T + t;
                    if (!AllowedTable[k]) continue;
                    float s = delta[prevRow + p] + transitions[k];
                    if (s > best) { best = s; arg = p; }
                }
                delta[row + t] = best + emissions[row + t];
                if (!back.IsEmpty) back[row + t] = (byte)arg;
            }
        }
    }

    /// <summary>
    /// Max-marginals of <paramref name="n"/> positions: <paramref name="marginals"/>[i×T + t] is the score of the best
    /// well-formed tag sequence that has tag t at position i (forward best score to i plus backward best score from i).
    /// <paramref name="backward"/> (n×T) is scratch. Two linear passes, as <see cref="Decode"/> is one.
    /// </summary>
    public static void MaxMarginals(ReadOnlySpan<float> emissions, int n, ReadOnlySpan<float> transitions,
                                    Span<float> marginals, Span<float> backward)
    {
        if (n == 0) return;
        Forward(emissions, n, transitions, marginals, []);
        int lastRow = (n - 1) * T;
        for (int t = 0; t < T; t++) backward[lastRow + t] = 0;
        for (int i = n - 2; i >= 0; i--)
        {
            int row = i * T, nextRow = row + T;
            for (int p = 0; p < T; p++)
            {
                float best = Forbidden;
                for (int t = 0; t < T; t++)
                {
                    int k = (p + 1) * T + t;
                    if (AllowedTable[k]) best = Math.Max(best, transitions[k] + emissions[nextRow + t] + backward[nextRow + t]);
                }
                backward[row + p] = best;
            }
        }
        for (int i = 0; i < n * T; i++) marginals[i] += backward[i];
    }
}
