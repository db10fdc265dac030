using Marsad.Analysis.Ner;

namespace Marsad.Analysis.Tests.Ner;

/// <summary>Decoding and max-marginals against brute-force enumeration of every well-formed tag sequence.</summary>
public sealed class ViterbiTests
{
    private const int T = NerTags.Count;

    private static (float[] Emissions, float[] Transitions) Lattice(int n, int seed)
    {
        var random = new Random(seed);
        var emissions = new float[n * T];
        var transitions = new float[(T + 1) * T];
        for (int i = 0; i < emissions.Length; i++) emissions[i] = (float)(random.NextDouble() * 10 - 5);
        for (int i = 0; i < transitions.Length; i++) transitions[i] = (float)(random.NextDouble() * 4 - 2);
        return (emissions, transitions);
    }

    /// <summary>Every well-formed sequence of <paramref name="n"/> tags with its score.</summary>
    private static IEnumerable<(int[] Tags, float Score)> All(float[] emissions, float[] transitions, int n)
    {
        var tags = new int[n];
        IEnumerable<(int[], float)> Extend(int i, int previous, float score)
        {
            if (i == n) { yield return ((int[])tags.Clone(), score); yield break; }
            for (int t = 0; t < T; t++)
            {
                if (!NerTags.Allowed(previous, t)) continue;
                tags[i] = t;
                foreach (var r in Extend(i + 1, t, score + transitions[(previous + 1) * T + t] + emissions[i * T + t])) yield return r;
            }
        }
        return Extend(0, -1, 0);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    public void Max_marginals_are_the_best_score_of_a_sequence_through_each_tag(int n, int seed)
    {
        var (emissions, transitions) = Lattice(n, seed);
        var marginals = new float[n * T];
        Viterbi.MaxMarginals(emissions, n, transitions, marginals, new float[n * T]);
        var all = All(emissions, transitions, n).ToList();
        for (int i = 0; i < n; i++)
            for (int t = 0; t < T; t++)
            {
                var through = all.Where(s => s.Tags[i] == t).ToList();
                if (through.Count == 0) Assert.True(marginals[i * T + t] < -1e29f);
                else Assert.Equal(through.Max(s => s.Score), marginals[i * T + t], 3);
            }
    }

    [Fact]
    public void The_decoded_sequence_reaches_the_largest_max_marginal_at_every_position()
    {
        const int n = 6;
        var (emissions, transitions) = Lattice(n, 7);
        var tags = new int[n];
        Viterbi.Decode(emissions, n, transitions, tags, new float[n * T], new byte[n * T]);
        var marginals = new float[n * T];
        Viterbi.MaxMarginals(emissions, n, transitions, marginals, new float[n * T]);
        float best = All(emissions, transitions, n).Max(s => s.Score);
        for (int i = 0; i < n; i++) Assert.Equal(best, marginals[i * T + tags[i]], 3);
    }
}
