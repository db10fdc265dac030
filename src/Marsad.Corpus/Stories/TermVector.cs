namespace Marsad.Corpus.Stories;

/// <summary>A sparse unit vector of term ids, sorted by id for merge-style dot products.</summary>
public sealed class TermVector
{
    public int[] Ids { get; }
    public float[] Weights { get; }

    private TermVector(int[] ids, float[] weights) { Ids = ids; Weights = weights; }

    /// <summary>Cosine of two unit vectors: a merge over their sorted ids.</summary>
    public static double Cosine(TermVector a, TermVector b)
    {
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            if (a.Ids[i] == b.Ids[j]) dot += a.Weights[i++] * b.Weights[j++];
            else if (a.Ids[i] < b.Ids[j]) i++;
            else j++;
        }
        return dot;
    }

    public static TermVector Normalised(List<(int Id, float Weight)> terms)
    {
        double norm = Math.Sqrt(terms.Sum(t => (double)t.Weight * t.Weight));
        var sorted = terms.OrderBy(t => t.Id).ToArray();
        return new TermVector(sorted.Select(t => t.Id).ToArray(), sorted.Select(t => norm == 0 ? 0f : (float)(t.Weight / norm)).ToArray());
    }
}
