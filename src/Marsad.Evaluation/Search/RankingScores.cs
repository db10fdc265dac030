namespace Marsad.Evaluation.Search;

/// <summary>
/// Recall at a cut-off and mean reciprocal rank of one system over judged queries, macro-averaged (each query
/// counts once). Relevant means grade 1 or 2; a hit never judged counts as not relevant and is counted apart,
/// so that a hole in the judged pools shows instead of passing for a miss. Recall@k is the share of the relevant
/// articles found in the top k out of as many as the top k can hold, min(k, relevant) (the capped recall of BEIR):
/// a query with 50 relevant articles that fills its top 20 with relevant ones has recall 1. The plain share of all
/// relevant articles is kept as <see cref="UncappedRecall"/>.
/// </summary>
public sealed class RankingScores(string system, int cutoff)
{
    private double _recall, _uncapped, _reciprocal;

    public string System { get; } = system;
    public int Cutoff { get; } = cutoff;
    public int Queries { get; private set; }
    /// <summary>Hits within the cut-off that no judge has seen.</summary>
    public int Unjudged { get; private set; }

    public double Recall => Queries == 0 ? 0 : _recall / Queries;
    public double MeanReciprocalRank => Queries == 0 ? 0 : _reciprocal / Queries;
    public double UncappedRecall => Queries == 0 ? 0 : _uncapped / Queries;

    /// <summary>Scores one ranked list (of a query with at least one relevant article); returns this query's recall and reciprocal rank.</summary>
    public (double Recall, double ReciprocalRank) Add(SearchGold gold, string queryId, IReadOnlyList<string> ranked)
    {
        int relevant = gold.RelevantCount(queryId);
        int found = 0;
        double reciprocal = 0;
        for (int i = 0; i < Math.Min(Cutoff, ranked.Count); i++)
        {
            int? grade = gold.Grade(queryId, ranked[i]);
            if (grade is null) { Unjudged++; continue; }
            if (grade == 0) continue;
            found++;
            if (reciprocal == 0) reciprocal = 1.0 / (i + 1);
        }
        double recall = relevant == 0 ? 0 : (double)found / Math.Min(Cutoff, relevant);
        _recall += recall;
        _uncapped += relevant == 0 ? 0 : (double)found / relevant;
        _reciprocal += reciprocal;
        Queries++;
        return (recall, reciprocal);
    }
}
