using System.CommandLine;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;
using Marsad.Evaluation.Search;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad eval search --gold eval/search --data DIR`: recall@20 and MRR of Marsad's search on judged queries, and
/// in the same run of PostgreSQL's `arabic` text search (a throwaway cluster when PostgreSQL is installed, or the
/// server given by --postgres).
/// </summary>
public static class EvalSearchCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder with queries.tsv and judgments.tsv", Required = true };
        var data = IngestCommand.DataOption();
        var postgres = new Option<string>("--postgres")
        {
            Description = "auto (a throwaway PostgreSQL cluster when the server is installed), none, or an Npgsql connection string",
            DefaultValueFactory = _ => "auto",
        };
        var perQuery = new Option<bool>("--per-query") { Description = "Also print each query's recall and reciprocal rank" };
        var pool = new Option<string?>("--pool") { Description = "Write the hits no judge has seen to this TSV file (query id, query, system, rank, article id)" };
        var store = new Option<string?>("--store") { Description = "Also search this PostgreSQL store (marsad migrate'd from --data) and report how often its top 10 is the embedded index's" };
        var command = new Command("search", "Recall@20 and MRR of the search on judged queries, beside PostgreSQL's arabic text search") { gold, data, postgres, perQuery, pool, store };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(data)!, parse.GetValue(postgres)!, parse.GetValue(perQuery), parse.GetValue(pool), Console.Out, Console.Error, parse.GetValue(store)));
        return command;
    }

    public static int Run(string goldDir, string dataDir, string postgres, bool perQuery, string? poolPath, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        SearchGold gold;
        try { gold = SearchGold.Load(goldDir); }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"marsad: {goldDir}: {e.Message}");
            return CommandRunner.UsageError;
        }
        CorpusFolder folder;
        try { folder = CorpusFolder.OpenForReading(dataDir); }
        catch (DirectoryNotFoundException e) { stderr.WriteLine($"marsad: {e.Message}"); return CommandRunner.SomeFailed; }
        using (folder)
        {
            if (!Directory.Exists(folder.IndexPath)) { stderr.WriteLine($"marsad: {dataDir} has no index (run 'marsad ingest' first)"); return CommandRunner.SomeFailed; }
            using var searcher = folder.OpenSearcher();
            var evaluation = new SearchEvaluation(gold);
            evaluation.Run(new SearchSystem("marsad", (q, n) => MarsadIds(searcher, q, n, stderr)));
            if (store is not null && !StoreSearch.Compare(evaluation, gold, store, q => MarsadIds(searcher, q, 10, stderr), stdout, stderr)) return CommandRunner.SomeFailed;

            PostgresSandbox? sandbox = null;
            try
            {
                string? connection = postgres;
                if (postgres == "none") connection = null;
                else if (postgres == "auto")
                {
                    sandbox = PostgresSandbox.TryStart(out var why);
                    connection = sandbox?.ConnectionString;
                    if (sandbox is null) stdout.WriteLine($"postgresql: skipped: {why}");
                }
                if (connection is not null) RunPostgres(evaluation, connection, folder.Store, stdout);
            }
            finally { sandbox?.Dispose(); }

            stdout.WriteLine($"{gold.Queries.Count} judged queries over {searcher.DocumentCount:N0} articles ({dataDir})");
            stdout.Write(evaluation.Report(perQuery));
            if (poolPath is not null)
            {
                var rows = evaluation.Unjudged().ToList();
                File.WriteAllLines(poolPath, rows);
                stdout.WriteLine($"{rows.Count} unjudged hits written to {poolPath}");
            }
            return CommandRunner.Ok;
        }
    }

    private static IReadOnlyList<string> MarsadIds(CorpusSearcher searcher, string query, int limit, TextWriter stderr)
    {
        // the copies folded under a hit are listed under it, as a reader sees them
        try { return [.. searcher.Search(query, limit, snippets: false).Hits.SelectMany(h => h.Copies.Prepend(h.Id)).Take(limit)]; }
        catch (QuerySyntaxException e)
        {
            stderr.WriteLine($"marsad: bad query '{query}': {e.Message}");
            return [];
        }
    }

    private static void RunPostgres(SearchEvaluation evaluation, string connection, ArticleStore store, TextWriter stdout)
    {
        try
        {
            using var pg = PostgresArabicSearch.Open(connection, store, stdout);
            evaluation.Run(new SearchSystem("postgresql-arabic", pg.Search));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException or ArgumentException or IOException)
        {
            stdout.WriteLine($"postgresql: skipped: {e.Message.Split('\n')[0]}");
        }
    }
}
