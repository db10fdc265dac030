using Marsad.Corpus.Copies;
using Marsad.Corpus.Reading;
using Marsad.Tests;

namespace Marsad.Corpus.Tests.Copies;

/// <summary>
/// The 16 SaudiNewsNet days from ../shared, read once per test run in file order (the order a stream would
/// bring them), with each article's id: its zip day and url.
/// </summary>
public static class SaudiNewsNetCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Id, ArticleInput Article)>> s_articles = new(Load);

    public static string Folder => SharedData.Require("data", "news", "saudinewsnet", "dataset");

    public static IReadOnlyList<(string Id, ArticleInput Article)> Articles
    {
        get
        {
            _ = Folder; // skips when absent
            return s_articles.Value;
        }
    }

    public static string IdOf(string day, string url) => day + "\t" + url;

    private static IReadOnlyList<(string, ArticleInput)> Load()
    {
        var list = new List<(string, ArticleInput)>();
        foreach (var r in InputArticles.Read([Folder]))
        {
            if (r.Article is not { } a) continue;
            string day = Path.GetFileNameWithoutExtension(a.Metadata.Location!.Split('!')[0]);
            list.Add((IdOf(day, a.Metadata.Url ?? ""), a));
        }
        return list;
    }

    /// <summary>Rows of a gold file under tests/Marsad.Corpus.Tests (tab-separated, # comments).</summary>
    public static IEnumerable<string[]> GoldRows(params string[] path) =>
        File.ReadLines(Path.Combine([SharedData.RepoRoot, "tests", "Marsad.Corpus.Tests", .. path]))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'));
}
