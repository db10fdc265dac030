using Marsad.Corpus.Watch;
using Marsad.Web.Hosting;
using Marsad.Web.Rendering;
using Microsoft.Data.Sqlite;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Marsad.Web.Pages;

/// <summary>An alert as the page and the API show it: its query, targets and how many articles it matched.</summary>
public sealed record AlertSummary(long Id, string Query, string? Webhook, string? File, string Created, int Matches, int Waiting);

/// <summary>A recent match: the alert, the article (its id links to the article page) and whether it was delivered.</summary>
public sealed record AlertMatchSummary(long Alert, string Article, string? Title, string? Url, string Matched, bool Delivered, string? LastError);

/// <param name="Unavailable">Why there are no alerts to read (a PostgreSQL store: alerts live in a data folder), else absent.</param>
public sealed record AlertsOverview(IReadOnlyList<AlertSummary> Alerts, IReadOnlyList<AlertMatchSummary> Recent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unavailable = null);

/// <summary>
/// The alerts page: the saved alerts (`marsad alert add`) and their latest matches, read from the data folder's
/// monitor file (`monitor.db`, written by `marsad watch` and `marsad ingest`). Not cached: matches arrive while it is served.
/// The page keeps its own few words in both languages. A server of a PostgreSQL store has no monitor file (`watch` and
/// `alert` keep their state in a data folder): the page and the API say so in one line.
/// </summary>
public static class AlertEndpoints
{
    private const int RecentCount = 50;

    private const string UnavailableOnPostgres =
        "Alerts are kept in a data folder (marsad watch, marsad alert): a server of a PostgreSQL store has none to show.";

    public static IEndpointRouteBuilder MapAlerts(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alerts", (HttpContext context, WebOptions options) =>
        {
            var overview = Overview(options);
            bool ar = context.Ui().Lang == "ar";
            return context.Page(ar ? "التنبيهات" : "Alerts", (html, ui) => Render(html, ar, overview));
        }).ExcludeFromDescription();

        app.MapGet("/api/alerts", (WebOptions options) => Results.Ok(Overview(options)))
            .WithName("GetAlerts").WithSummary("The saved alerts with their match counts, and the latest matches (newest first)")
            .Produces<AlertsOverview>();
        return app;
    }

    private static AlertsOverview Overview(WebOptions options)
    {
        if (options.Store is not null) return new AlertsOverview([], [], UnavailableOnPostgres);
        try
        {
            using var state = MonitorStore.OpenExisting(options.DataDirectory);
            if (state is null) return new AlertsOverview([], []);
            var counts = state.MatchCounts();
            var alerts = state.Alerts().Select(a =>
            {
                var (matches, waiting) = counts.GetValueOrDefault(a.Id);
                return new AlertSummary(a.Id, a.Query, a.Webhook, a.File, a.Created, matches, waiting);
            }).ToList();
            var recent = state.RecentMatches(RecentCount).Select(m => new AlertMatchSummary(m.Alert, m.Article, m.Title, m.Url, m.Matched, m.Delivered is not null, m.LastError)).ToList();
            return new AlertsOverview(alerts, recent);
        }
        catch (SqliteException)
        {
            return new AlertsOverview([], []); // a monitor file this server may not open (read-only folder): no alerts to show
        }
    }

    private static void Render(Html html, bool ar, AlertsOverview overview)
    {
        html.Element("h1", ar ? "التنبيهات" : "Alerts");
        html.Element("p", ar ? "عمليات بحث محفوظة تُفحص عليها كل مقالة جديدة يجلبها marsad watch أو يخزنها marsad ingest؛ تضيفها بالأمر marsad alert add."
            : "Saved searches each new article from marsad watch or marsad ingest is checked against; add one with marsad alert add.", ("class", "intro"));
        if (overview.Unavailable is not null)
        {
            html.Element("p", ar ? "التنبيهات محفوظة في مجلد بيانات (marsad watch و marsad alert): خادم مخزن PostgreSQL لا تنبيهات لديه ليعرضها." : overview.Unavailable, ("class", "unavailable"));
            return;
        }
        if (overview.Alerts.Count == 0) { html.Element("p", ar ? "لا تنبيهات بعد" : "No alerts yet"); return; }

        html.Open("table", ("class", "alerts")).Raw("<thead><tr>");
        foreach (var h in ar ? ["#", "الاستعلام", "الوجهة", "المطابقات", "بانتظار الإرسال", "منذ"] : new[] { "#", "Query", "Sent to", "Matches", "Waiting", "Since" }) html.Element("th", h);
        html.Raw("</tr></thead><tbody>");
        foreach (var a in overview.Alerts)
        {
            string targets = string.Join(" · ", new[] { a.Webhook is null ? null : "POST " + a.Webhook, a.File }.OfType<string>());
            html.Open("tr").Element("td", a.Id.ToString(CultureInfo.InvariantCulture)).Open("td").Link("/search?q=" + Uri.EscapeDataString(a.Query), a.Query).Close("td")
                .Element("td", targets).Element("td", a.Matches.ToString(CultureInfo.InvariantCulture)).Element("td", a.Waiting.ToString(CultureInfo.InvariantCulture))
                .Element("td", a.Created).Close("tr");
        }
        html.Raw("</tbody></table>");

        html.Element("h2", ar ? "أحدث المطابقات" : "Latest matches");
        if (overview.Recent.Count == 0) { html.Element("p", ar ? "لا مطابقات بعد" : "No matches yet"); return; }
        html.Open("table", ("class", "alert-matches")).Raw("<thead><tr>");
        foreach (var h in ar ? ["#", "المقال", "وقت المطابقة", "أُرسل"] : new[] { "#", "Article", "Matched", "Delivered" }) html.Element("th", h);
        html.Raw("</tr></thead><tbody>");
        foreach (var m in overview.Recent)
        {
            html.Open("tr").Element("td", m.Alert.ToString(CultureInfo.InvariantCulture)).Open("td").Link("/article/" + Uri.EscapeDataString(m.Article), m.Title ?? m.Url ?? m.Article).Close("td")
                .Element("td", m.Matched).Element("td", m.Delivered ? (ar ? "نعم" : "yes") : m.LastError ?? (ar ? "بانتظار الإرسال" : "waiting")).Close("tr");
        }
        html.Raw("</tbody></table>");
    }
}
