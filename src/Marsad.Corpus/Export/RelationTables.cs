using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Export;

/// <summary>
/// The relation tables of `marsad export`: copies (one row per verified copy pair, later article first),
/// stories (one row per story) and story_articles (one row per article: its story).
/// </summary>
public static class RelationTables
{
    public static readonly string[] Names = ["copies", "stories", "story_articles"];

    public static IReadOnlyList<ExportColumn>? Columns(string what) => what switch
    {
        "copies" => [new("article_id"), new("published"), new("source"), new("copy_of"), new("copy_of_published"), new("copy_of_source"),
            new("shared_shingles", true), new("coverage_pct", true)],
        "stories" => [new("story_id", true), new("title"), new("first"), new("last"), new("articles", true), new("sources"), new("actors")],
        "story_articles" => [new("story_id", true), new("article_id"), new("published"), new("source"), new("title")],
        _ => null,
    };

    public static IEnumerable<object?[]> Rows(IStoreReader store, string what) => what switch
    {
        "copies" => store.ReadRows("""
            SELECT l.id, l.published, COALESCE(rl.publisher, l.source), e.id, e.published, COALESCE(re.publisher, e.source), c.shared, c.coverage
            FROM copies c JOIN articles l ON l.seq = c.later JOIN articles e ON e.seq = c.earlier
            LEFT JOIN relations rl ON rl.seq = c.later LEFT JOIN relations re ON re.seq = c.earlier
            ORDER BY c.later, c.coverage DESC, c.earlier
            """, r => new object?[] { r.GetString(0), Opt(r, 1), ExportTables.OutletId(Opt(r, 2)), r.GetString(3), Opt(r, 4), ExportTables.OutletId(Opt(r, 5)), r.GetInt64(6), (long)Math.Round(100 * r.GetDouble(7)) }),
        "stories" => new CorpusRelations(store).Stories(null, int.MaxValue).OrderBy(s => s.Id).Select(s => new object?[]
        {
            (long)s.Id, s.Title, RelationsBuilder.Iso(s.First), RelationsBuilder.Iso(s.Last), (long)s.Articles,
            string.Join("; ", s.Sources.Select(x => $"{ExportTables.OutletId(x.Outlet)} {x.Articles}")), string.Join("; ", s.Actors.Select(a => $"{a.Name} {a.Articles}")),
        }),
        "story_articles" => store.ReadRows(
            "SELECT r.story, a.id, a.published, COALESCE(r.publisher, a.source), a.title FROM relations r JOIN articles a ON a.seq = r.seq ORDER BY r.story, a.published, a.seq",
            r => new object?[] { r.GetInt64(0), r.GetString(1), Opt(r, 2), ExportTables.OutletId(Opt(r, 3)), Opt(r, 4) }),
        _ => throw new ArgumentException($"unknown relation table '{what}'"),
    };

    private static string? Opt(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
