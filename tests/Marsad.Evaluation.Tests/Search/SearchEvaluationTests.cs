using Marsad.Evaluation.Search;

namespace Marsad.Evaluation.Tests.Search;

/// <summary>Judged queries are read, scored as recall@20 (capped) and MRR, and a malformed judgment is named.</summary>
public sealed class SearchEvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-search-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private SearchGold Gold(string judgments)
    {
        File.WriteAllText(Path.Combine(_dir, "queries.tsv"),
            "# comment\nid\tsplit\tkind\tquery\trelevant when\nq1\tdev\tname\tلافروف\tnamed\nq2\ttest\tname\tهادي\tnamed\n");
        File.WriteAllText(Path.Combine(_dir, "judgments.tsv"), "query\tarticle\tgrade\turl\n" + judgments);
        return SearchGold.Load(_dir);
    }

    [Fact]
    public void Recall_counts_the_relevant_articles_the_top_can_hold_and_MRR_the_first_relevant_rank()
    {
        var gold = Gold("q1\ta\t2\t\nq1\tb\t1\t\nq1\tc\t0\t\nq2\td\t1\t\n");
        var evaluation = new SearchEvaluation(gold, cutoff: 2);
        evaluation.Run(new SearchSystem("s", (q, n) => q == "لافروف" ? ["c", "a", "b"] : ["x", "y"]));
        var scores = Assert.Single(evaluation.Score(_ => true));
        // q1: one relevant (a) in the top 2 of min(2, 2) → 0.5, first relevant at rank 2; q2: nothing found
        Assert.Equal((0.5 + 0) / 2, scores.Recall, 3);
        Assert.Equal((0.5 + 0) / 2, scores.MeanReciprocalRank, 3);
        Assert.Equal(2, scores.Unjudged); // x and y were never judged
        Assert.Equal(["q2\tهادي\ts\t1\tx", "q2\tهادي\ts\t2\ty"], evaluation.Unjudged());
    }

    [Fact]
    public void A_bad_grade_names_its_file_and_line() =>
        Assert.Contains("judgments.tsv:3", Assert.Throws<FormatException>(() => Gold("q1\ta\t2\t\nq1\tb\tyes\t\n")).Message, StringComparison.Ordinal);

    [Fact]
    public void The_project_query_set_is_well_formed()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "eval", "search");
        var gold = SearchGold.Load(folder);
        Assert.True(gold.Queries.Count >= 40);
        Assert.All(gold.Queries, q => Assert.True(gold.RelevantCount(q.Id) > 0, $"{q.Id} has no relevant article"));
    }
}
