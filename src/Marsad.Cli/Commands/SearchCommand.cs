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
        var query = new Argument<string[]>("QUERY") { Description = "Words (several need no quotes), \"phrases\", AND/OR/NOT, source:, entity:\"…\", speaker:\"…\", type:ACCUSE, date:[2015-07-21 TO 2015-07-25]", Arity = ArgumentArity.ZeroOrMore };
        var data = IngestCommand.DataOption();
        var json = new Option<bool>("--json") { Description = "JSON output" };
        var limit = new Option<int>("--limit") { Description = "Number of articles to show", DefaultValueFactory = _ => 10 };
        var sort = new Option<string>("--sort") { Description = "relevance or date (newest first)", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var after = new Option<string?>("--after") { Description = "Start after this cursor (the 'next' a previous search printed): pages of any depth" };
        var offset = new Option<int>("--offset") { Description = $"Skip this many hits (at most {CorpusSearcher.MaxOffset:N0}; deeper, use --after)" };
        var from = new Option<DateOnly?>("--from") { Description = "Published on or after this day (YYYY-MM-DD)" };
        var to = new Option<DateOnly?>("--to") { Description = "Published on or before this day (YYYY-MM-DD)" };
        Option<string[]> Many(string name, string what) => new(name) { Description = what + "; repeat for alternatives (OR); different filters must all hold" };
        var source = Many("--source", "Only this outlet");
        var country = Many("--country", "Only outlets of this country (ISO code: SA, AE)");
        var entity = Many("--entity", "Only articles naming this entity (any spelling)");
        var speaker = Many("--speaker", "Only articles quoting this entity");
        var type = Many("--type", "Only articles with an event of this PLOVER type");
        var advanced = new Option<bool>("--advanced") { Description = "Read the query in the whole Lucene syntax: every field (title:, lead:, main:, names:, text: too), word*, word~, \"a b\"~3, ^2" };
        var store = StoreAccess.StoreOption();
        var command = new Command("search", "Search the corpus") { query, data, store, json, limit, sort, after, offset, from, to, source, country, entity, speaker, type, advanced };
        command.SetAction(parse =>
        {
            var filters = new SearchFilters
            {
                From = parse.GetValue(from), To = parse.GetValue(to), Sources = parse.GetValue(source) ?? [], Countries = parse.GetValue(country) ?? [],
                Entities = parse.GetValue(entity) ?? [], Speakers = parse.GetValue(speaker) ?? [], Types = parse.GetValue(type) ?? [],
            };
            string? cursorText = parse.GetValue(after);
            SearchCursor? cursor = null;
            if (cursorText is not null && !SearchCursor.TryParse(cursorText, out cursor))
            {
                Console.Error.WriteLine($"marsad: --after: '{cursorText}' is not a cursor a search printed");
                return CommandRunner.UsageError;
            }
            string words = string.Join(' ', parse.GetValue(query) ?? []);
            if (string.IsNullOrWhiteSpace(words) && filters.IsEmpty)
            {
                Console.Error.WriteLine("marsad: give a query, a filter (--source, --country, --entity, --speaker, --type, --from, --to) or both");
                return CommandRunner.UsageError;
            }
            return Run(words, parse.GetValue(store) ?? parse.GetValue(data)!, parse.GetValue(json), Math.Max(0, parse.GetValue(limit)),
                parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance, Console.Out, Console.Error, filters, cursor, parse.GetValue(offset), parse.GetValue(advanced));
        });
        return command;
    }

    /// <param name="dataDir">A data folder, or a PostgreSQL store's address (<see cref="Marsad.Corpus.Postgres.StoreAddress"/>).</param>
    public static int Run(string query, string dataDir, bool json, int limit, SearchSort sort, TextWriter stdout, TextWriter stderr,
        SearchFilters? filters = null, SearchCursor? after = null, int offset = 0, bool advanced = false)
    {
        if (Marsad.Corpus.Postgres.StoreAddress.IsPostgres(dataDir))
            return RunPostgres(query, dataDir, json, limit, sort, stdout, stderr, filters, after, offset, advanced);
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
            try { results = searcher.Search(query, filters ?? SearchFilters.None, limit, sort, after, offset, advanced: advanced); }
            catch (QuerySyntaxException e) { stderr.WriteLine($"marsad: bad query: {e.Message}"); return CommandRunner.UsageError; }
            if (json) stdout.WriteLine(JsonSerializer.Serialize(results, JsonOut.Options));
            else Print(results, stdout);
            return CommandRunner.Ok;
        }
    }

    private static int RunPostgres(string query, string address, bool json, int limit, SearchSort sort, TextWriter stdout, TextWriter stderr,
        SearchFilters? filters, SearchCursor? after, int offset, bool advanced)
    {
        try
        {
            using var store = Marsad.Corpus.Postgres.PostgresStore.Open(address);
            SearchResults results;
            try { results = new Marsad.Corpus.Postgres.PostgresSearch(store).Search(query, filters ?? SearchFilters.None, limit, sort, after, offset, advanced: advanced); }
            catch (QuerySyntaxException e) { stderr.WriteLine($"marsad: bad query: {e.Message}"); return CommandRunner.UsageError; }
            if (json) stdout.WriteLine(JsonSerializer.Serialize(results, JsonOut.Options));
            else Print(results, stdout);
            return CommandRunner.Ok;
        }
        catch (Exception e) when (ScaleOutFailure.Reason(e, address, null) is { } reason)
        {
            stderr.WriteLine($"marsad: {reason}");
            return CommandRunner.SomeFailed;
        }
    }

    private static void Print(SearchResults r, TextWriter o)
    {
        o.WriteLine(r.Start == 0 ? $"{r.Total:N0} articles" : $"{r.Total:N0} articles; from hit {r.Start + 1:N0}");
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
        Facet("countries", r.Countries);
        Facet("dates", r.Dates);
        if (r.Places.Count > 0) o.WriteLine($"places: {string.Join(", ", r.Places.Take(10).Select(p => $"{p.Name} {p.Lat:0.##},{p.Lon:0.##} ({p.Articles})"))}");
        foreach (var s in r.Suggestions)
            o.WriteLine($"try: {s.Query}  ({s.Kind}{(s.KeepsFilters ? "" : ", without the filters")}: {s.Total:N0} articles)");
        if (r.Next is not null) o.WriteLine($"next page: --after {r.Next}");
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
