using Marsad.Text.Lexicons;

namespace Marsad.Evaluation.Search;

/// <summary>One judged query: its id, the split it belongs to (dev or test), what kind of query it is, and the text typed.</summary>
public sealed record GoldQuery(string Id, string Split, string Kind, string Text);

/// <summary>
/// A judged query set (eval/search): <c>queries.tsv</c> (id, split, kind, query, what counts as relevant) and
/// <c>judgments.tsv</c> (query id, article id, grade, url). Grade 2 is the article the query is after (a pasted
/// headline's own article) or one about its subject, 1 one that is relevant, 0 one judged not relevant; an article
/// with no judgment for a query was never in a judged pool and counts as not relevant.
/// </summary>
public sealed class SearchGold
{
    public IReadOnlyList<GoldQuery> Queries { get; }
    private readonly Dictionary<string, Dictionary<string, int>> _grades;

    private SearchGold(IReadOnlyList<GoldQuery> queries, Dictionary<string, Dictionary<string, int>> grades)
    {
        Queries = queries;
        _grades = grades;
    }

    /// <summary>Reads the two files of <paramref name="folder"/>; a malformed row is an error naming its file and line.</summary>
    /// <exception cref="FormatException">A row has the wrong cells, a grade is not 0-2, or a judgment names an unknown query.</exception>
    public static SearchGold Load(string folder)
    {
        var queries = new List<GoldQuery>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string queriesPath = Path.Combine(folder, "queries.tsv");
        foreach (var row in LexiconReader.FileRows(queriesPath, 5, 5))
        {
            if (row[0] == "id") continue; // the header
            if (row[1] is not ("dev" or "test")) throw row.Error($"split '{row[1]}' is neither dev nor test");
            if (!ids.Add(row[0])) throw row.Error($"query id '{row[0]}' appears twice");
            queries.Add(new GoldQuery(row[0], row[1], row[2], row[3]));
        }
        var grades = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.FileRows(Path.Combine(folder, "judgments.tsv"), 4, 4))
        {
            if (row[0] == "query") continue;
            if (!ids.Contains(row[0])) throw row.Error($"unknown query id '{row[0]}'");
            if (row[2] is not ("0" or "1" or "2")) throw row.Error($"grade '{row[2]}' is not 0, 1 or 2");
            if (!grades.TryGetValue(row[0], out var byArticle)) grades[row[0]] = byArticle = new(StringComparer.Ordinal);
            byArticle[row[1]] = row[2][0] - '0';
        }
        return new SearchGold(queries, grades);
    }

    /// <summary>The grade of <paramref name="articleId"/> for the query, or null when it was never judged.</summary>
    public int? Grade(string queryId, string articleId) =>
        _grades.TryGetValue(queryId, out var g) && g.TryGetValue(articleId, out var grade) ? grade : null;

    /// <summary>How many articles are relevant (grade 1 or 2) to the query.</summary>
    public int RelevantCount(string queryId) => _grades.TryGetValue(queryId, out var g) ? g.Values.Count(v => v > 0) : 0;
}
