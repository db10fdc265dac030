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
        double norm = 0;
        foreach (var t in terms) norm += (double)t.Weight * t.Weight;
        norm = Math.Sqrt(norm);
        var ids = new int[terms.Count];
        var weights = new float[terms.Count];
        for (int i = 0; i < terms.Count; i++)
        {
            ids[i] = terms[i].Id;
            weights[i] = norm == 0 ? 0f : (float)(terms[i].Weight / norm);
        }
        Array.Sort(ids, weights);
        return new TermVector(ids, weights);
    }
}
