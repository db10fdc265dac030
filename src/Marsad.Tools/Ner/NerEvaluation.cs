using System.Globalization;
using System.Text;
using Marsad.Analysis.Ner;

namespace Marsad.Tools.Ner;

/// <summary>An entity as a tag sequence spells it: class index and token range [Start, End).</summary>
public readonly record struct TagChunk(int Class, int Start, int End);

/// <summary>
/// Entity-level scoring as conlleval does it: a predicted entity counts only when its class and both span
/// boundaries equal a gold entity's. Per class and overall precision, recall and F1.
/// </summary>
public sealed class NerEvaluation
{
    private readonly int[] _gold = new int[NerTags.Classes.Length];
    private readonly int[] _found = new int[NerTags.Classes.Length];
    private readonly int[] _correct = new int[NerTags.Classes.Length];

    public int Tokens { get; private set; }
    public int CorrectTags { get; private set; }

    /// <summary>Chunks of a BIO sequence; an I- tag that does not continue a chunk of its class starts one (conlleval).</summary>
    public static List<TagChunk> Chunks(ReadOnlySpan<int> tags)
    {
        var chunks = new List<TagChunk>();
        int start = -1, cls = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : NerTags.O;
            bool continues = NerTags.IsInside(tag) && NerTags.ClassOf(tag) == cls;
            if (start >= 0 && !continues) { chunks.Add(new TagChunk(cls, start, i)); start = -1; cls = -1; }
            if (tag != NerTags.O && !continues) { start = i; cls = NerTags.ClassOf(tag); }
        }
        return chunks;
    }

    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        Tokens += gold.Length;
        for (int i = 0; i < gold.Length; i++) if (gold[i] == predicted[i]) CorrectTags++;
        var g = Chunks(gold);
        var p = Chunks(predicted);
        foreach (var c in g) _gold[c.Class]++;
        foreach (var c in p) _found[c.Class]++;
        var goldSet = new HashSet<TagChunk>(g);
        foreach (var c in p) if (goldSet.Contains(c)) _correct[c.Class]++;
    }

    public (double Precision, double Recall, double F1, int Gold, int Found, int Correct) Score(int cls) =>
        Prf(_gold[cls], _found[cls], _correct[cls]);

    public (double Precision, double Recall, double F1, int Gold, int Found, int Correct) Overall =>
        Prf(_gold.Sum(), _found.Sum(), _correct.Sum());

    private static (double, double, double, int, int, int) Prf(int gold, int found, int correct)
    {
        double p = found == 0 ? 0 : 100.0 * correct / found;
        double r = gold == 0 ? 0 : 100.0 * correct / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, gold, found, correct);
    }

    /// <summary>The report in conlleval's layout.</summary>
    public string Report()
    {
        var o = Overall;
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"processed {Tokens} tokens with {o.Gold} phrases; found: {o.Found} phrases; correct: {o.Correct}.");
        sb.AppendLine(inv, $"accuracy: {100.0 * CorrectTags / Math.Max(1, Tokens),6:F2}%; precision: {o.Precision,6:F2}%; recall: {o.Recall,6:F2}%; FB1: {o.F1,6:F2}");
        for (int c = 0; c < NerTags.Classes.Length; c++)
        {
            var s = Score(c);
            sb.AppendLine(inv, $"{NerTags.Classes[c],17}: precision: {s.Precision,6:F2}%; recall: {s.Recall,6:F2}%; FB1: {s.F1,6:F2}  {s.Found} found, {s.Gold} gold");
        }
        return sb.ToString();
    }
}
