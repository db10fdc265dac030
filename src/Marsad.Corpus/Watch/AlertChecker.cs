using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Watch;

/// <summary>
/// Checks newly stored articles against the saved alerts, with the search's own semantics: the articles of one
/// store transaction are indexed in memory exactly as the corpus index holds them (<see cref="IndexDocument"/>)
/// and each alert's query is parsed as `marsad search` parses it (<see cref="CorpusSearcher.Parse(string, Func{string, IReadOnlyList{string}})"/>,
/// with the store's entity aliases), so an alert fires for the articles its search would find. Each match is
/// recorded once per (alert, article) in the <see cref="MonitorStore"/>; <see cref="AlertDelivery"/> sends it.
/// </summary>
public sealed class AlertChecker
{
    private readonly MonitorStore _state;
    private readonly ArticleStore _store;
    private readonly List<(Alert Alert, Query Query)> _alerts = [];

    /// <summary>Matches recorded so far by this checker.</summary>
    public int Matched { get; private set; }

    /// <param name="problem">Told of an alert whose query no longer parses (one line; the alert is skipped).</param>
    public AlertChecker(MonitorStore state, ArticleStore store, Action<string>? problem = null)
    {
        _state = state;
        _store = store;
        foreach (var alert in state.Alerts())
        {
            try { _alerts.Add((alert, CorpusSearcher.Parse(alert.Query, store.EntitiesForAlias))); }
            catch (QuerySyntaxException e) { problem?.Invoke($"alert {alert.Id} ('{alert.Query}'): {e.Message}; it is not checked"); }
        }
    }

    public bool HasAlerts => _alerts.Count > 0;

    /// <summary>Checks one batch of new articles (the ingest writer's <see cref="Ingest.Ingester.Stored"/>) and records the matches.</summary>
    public void Check(IReadOnlyList<StoredArticle> articles, IReadOnlyList<ArticleFacts> facts)
    {
        if (_alerts.Count == 0 || articles.Count == 0) return;
        using var dir = new RAMDirectory();
        using (var writer = new IndexWriter(dir, new IndexWriterConfig(SearchIndex.Version, SearchIndex.Analyzer)))
            for (int i = 0; i < articles.Count; i++) writer.AddDocument(IndexDocument.Build(articles[i], facts[i]));
        using var reader = DirectoryReader.Open(dir);
        var searcher = new IndexSearcher(reader);
        var byId = new Dictionary<string, int>(articles.Count);
        for (int i = 0; i < articles.Count; i++) byId[articles[i].Id] = i;
        var matches = new List<(long, string, string?, string?, string)>();
        foreach (var (alert, query) in _alerts)
        {
            foreach (var hit in searcher.Search(query, articles.Count).ScoreDocs)
            {
                var article = articles[byId[searcher.Doc(hit.Doc).Get(IndexFields.Id, System.Globalization.CultureInfo.InvariantCulture)]];
                matches.Add((alert.Id, article.Id, article.Title, article.Url, Payload(alert, article, facts[byId[article.Id]])));
            }
        }
        if (matches.Count > 0) Matched += _state.RecordMatches(matches);
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), // Arabic stays readable in the delivered JSON
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The JSON delivered for a match: the alert, and the article with its opening and the entities it names.</summary>
    internal static string Payload(Alert alert, StoredArticle a, ArticleFacts facts)
    {
        string opening = a.Text.Replace('\n', ' ');
        if (opening.Length > 300) opening = opening[..300] + "…";
        var body = new AlertPayload(
            new AlertRef(alert.Id, alert.Query),
            new ArticleRef(a.Id, a.Title, a.Url, a.Published, a.Source, a.Author, opening,
                [.. facts.Entities.Select(e => e.Name).Distinct(StringComparer.Ordinal).Take(20)]));
        return JsonSerializer.Serialize(body, Json);
    }

    private sealed record AlertPayload(AlertRef Alert, ArticleRef Article);
    private sealed record AlertRef(long Id, string Query);
    private sealed record ArticleRef(string Id, string? Title, string? Url, string? Published, string? Source, string? Author, string Opening, IReadOnlyList<string> Entities);
}
