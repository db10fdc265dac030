namespace Marsad.Corpus.Tests.Stories;

/// <summary>B-cubed precision, recall and F1 of a clustering against gold groups (Bagga and Baldwin 1998).</summary>
public static class BCubed
{
    public static (double Precision, double Recall, double F1) Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, int> predicted)
    {
        double p = 0, r = 0;
        foreach (var (item, g) in gold)
        {
            int c = predicted[item];
            int same = 0, inCluster = 0, inGold = 0;
            foreach (var (other, og) in gold)
            {
                bool sameCluster = predicted[other] == c, sameGold = og == g;
                if (sameCluster) inCluster++;
                if (sameGold) inGold++;
                if (sameCluster && sameGold) same++;
            }
            p += (double)same / inCluster;
            r += (double)same / inGold;
        }
        p /= gold.Count;
        r /= gold.Count;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
