using System.Globalization;
using System.Text;

namespace Marsad.Evaluation.Search;

/// <summary>A search system under evaluation: its name and the ids of its best articles for a query, best first.</summary>
public sealed record SearchSystem(string Name, Func<string, int, IReadOnlyList<string>> Search);

/// <summary>
/// `marsad eval search`: runs every judged query through each system and scores recall@20 and MRR for the dev
/// split, the test split and all queries, and per kind of query. Hits no judge has seen are counted, and can be
/// written out as a pool to judge.
/// </summary>
public sealed class SearchEvaluation(SearchGold gold, int cutoff = 20)
{
    private readonly List<(SearchSystem System, Dictionary<string, IReadOnlyList<string>> Ranked)> _runs = [];

    public int Cutoff { get; } = cutoff;

    /// <summary>Queries left out because no article is judged relevant to them.</summary>
    public IReadOnlyList<GoldQuery> Unanswerable => [.. gold.Queries.Where(q => gold.RelevantCount(q.Id) == 0)];

    public void Run(SearchSystem system)
    {
        var ranked = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var q in gold.Queries) ranked[q.Id] = system.Search(q.Text, Cutoff);
        _runs.Add((system, ranked));
    }

    /// <summary>The scores of every system over the queries <paramref name="select"/> keeps.</summary>
    public IReadOnlyList<RankingScores> Score(Func<GoldQuery, bool> select)
    {
        var all = new List<RankingScores>();
        foreach (var (system, ranked) in _runs)
        {
            var scores = new RankingScores(system.Name, Cutoff);
            foreach (var q in gold.Queries.Where(select))
                if (gold.RelevantCount(q.Id) > 0) scores.Add(gold, q.Id, ranked[q.Id]);
            all.Add(scores);
        }
        return all;
    }

    public string Report(bool perQuery)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"recall@{Cutoff}: relevant articles in the top {Cutoff} out of min({Cutoff}, relevant); uncapped: out of all relevant; MRR: 1 / rank of the first relevant");
        void Table(string title, Func<GoldQuery, bool> select)
        {
            var scores = Score(select);
            if (scores.Count == 0 || scores[0].Queries == 0) return;
            sb.Append(inv, $"{title,-22} {scores[0].Queries,3} queries");
            foreach (var s in scores)
                sb.Append(inv, $"   {s.System}: recall@{Cutoff} {s.Recall:0.000} (uncapped {s.UncappedRecall:0.000})  MRR {s.MeanReciprocalRank:0.000}");
            sb.AppendLine();
        }
        Table("all", _ => true);
        Table("dev", q => q.Split == "dev");
        Table("test", q => q.Split == "test");
        foreach (var kind in gold.Queries.Select(q => q.Kind).Distinct().Order(StringComparer.Ordinal))
            Table($"  kind {kind}", q => q.Kind == kind);
        sb.Append(inv, $"unjudged hits in the top {Cutoff}:");
        foreach (var s in Score(_ => true)) sb.Append(inv, $"  {s.System} {s.Unjudged}");
        sb.AppendLine();
        foreach (var q in Unanswerable) sb.AppendLine(inv, $"left out: {q.Id} has no article judged relevant");
        if (perQuery)
            foreach (var q in gold.Queries.Where(q => gold.RelevantCount(q.Id) > 0))
            {
                sb.Append(inv, $"{q.Id,-6} {q.Split,-4} {gold.RelevantCount(q.Id),3} relevant");
                foreach (var (system, ranked) in _runs)
                {
                    var (recall, rr) = new RankingScores(system.Name, Cutoff).Add(gold, q.Id, ranked[q.Id]);
                    sb.Append(inv, $"   {system.Name}: R {recall:0.00} RR {rr:0.00}");
                }
                sb.AppendLine(inv, $"   {q.Text}");
            }
        return sb.ToString();
    }

    /// <summary>
    /// The hits of every system that no judge has seen, one TSV row each (query id, query, system, rank, article id):
    /// what to judge next so that the pools stay complete.
    /// </summary>
    public IEnumerable<string> Unjudged()
    {
        var seen = new HashSet<(string, string)>();
        foreach (var q in gold.Queries)
            foreach (var (system, ranked) in _runs)
                for (int i = 0; i < ranked[q.Id].Count; i++)
                    if (gold.Grade(q.Id, ranked[q.Id][i]) is null && seen.Add((q.Id, ranked[q.Id][i])))
                        yield return string.Join('\t', q.Id, q.Text, system.Name, (i + 1).ToString(CultureInfo.InvariantCulture), ranked[q.Id][i]);
    }
}
