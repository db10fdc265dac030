using System.CommandLine;
using System.Text.Json;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Cli.Commands;

/// <summary>`marsad search "QUERY"`: ranked articles with snippets and facets, as text or JSON.</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("QUERY") { Description = "Words (several need no quotes), \"phrases\", AND/OR/NOT, source:, entity:\"…\", speaker:\"…\", type:ACCUSE, date:[2015-07-21 TO 2015-07-25]", Arity = ArgumentArity.OneOrMore };
        var data = IngestCommand.DataOption();
        var json = new Option<bool>("--json") { Description = "JSON output" };
        var limit = new Option<int>("--limit") { Description = "Number of articles to show", DefaultValueFactory = _ => 10 };
        var sort = new Option<string>("--sort") { Description = "relevance or date (newest first)", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var command = new Command("search", "Search the corpus") { query, data, json, limit, sort };
        command.SetAction(parse => Run(string.Join(' ', parse.GetValue(query)!), parse.GetValue(data)!, parse.GetValue(json), Math.Max(0, parse.GetValue(limit)),
            parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string query, string dataDir, bool json, int limit, SearchSort sort, TextWriter stdout, TextWriter stderr)
    {
        CorpusFolder folder;
        try { folder = CorpusFolder.OpenForReading(dataDir); }
        catch (DirectoryNotFoundException e) { stderr.WriteLine($"marsad: {e.Message}"); return CommandRunner.SomeFailed; }
        using (folder)
        {
            if (!Directory.Exists(folder.IndexPath)) { stderr.WriteLine($"marsad: {dataDir} has no index (run 'marsad ingest' first)"); return CommandRunner.SomeFailed; }
            using var searcher = folder.OpenSearcher();
            if (searcher.ArticlesNotIndexed is > 0 and var lag)
                stderr.WriteLine($"marsad: warning: {lag:N0} stored articles are not in the search index yet (an ingest is running or stopped before its commit; 'marsad ingest' catches up)");
            SearchResults results;
            try { results = searcher.Search(query, limit, sort); }
            catch (QuerySyntaxException e) { stderr.WriteLine($"marsad: bad query: {e.Message}"); return CommandRunner.UsageError; }
            if (json) stdout.WriteLine(JsonSerializer.Serialize(results, JsonOut.Options));
            else Print(results, stdout);
            return CommandRunner.Ok;
        }
    }

    private static void Print(SearchResults r, TextWriter o)
    {
        o.WriteLine($"{r.Total:N0} articles");
        foreach (var h in r.Hits)
        {
            o.WriteLine();
            o.WriteLine($"{h.Published ?? "(no date)"}  {h.Source ?? "?"}  {h.Title ?? "(no title)"}  [{h.Id}]");
            if (h.Url is not null) o.WriteLine($"  {h.Url}");
            o.WriteLine($"  {h.MarkedSnippet("[", "]")}");
        }
        void Facet(string name, IReadOnlyList<FacetCount> f)
        {
            if (f.Count > 0) o.WriteLine($"{name}: {string.Join(", ", f.Select(x => $"{x.Value} ({x.Count})"))}");
        }
        o.WriteLine();
        Facet("sources", r.Sources);
        Facet("entities", r.Entities);
        Facet("event types", r.EventTypes);
        Facet("dates", r.Dates);
    }
}

/// <summary>JSON for command output: camelCase, readable Arabic.</summary>
internal static class JsonOut
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
