using Marsad.Web.Hosting;
using Marsad.Web.Pages;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Web;

/// <summary>The web application: a table of contents of its features.</summary>
public static class MarsadWebApp
{
    public static WebApplication Create(WebOptions options, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [], EnvironmentName = "Production" });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // a failed start (an address in use) is reported by `marsad serve` in one line, not as the host's stack trace
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // before AddProblemDetails: writers are asked in order, and a browser gets a page rather than JSON
        builder.Services.AddSingleton<IProblemDetailsWriter, HtmlProblemWriter>();
        builder.Services.AddProblemDetails();
        // Arabic stays readable in the API's JSON; characters that matter to HTML are still escaped.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(options);
        builder.Services.AddAnalysisLimits(options);
        builder.Services.AddSecurityHeaders();
        builder.Services.AddAllowedHosts(options);
        builder.Services.AddSingleton<CorpusAccess>();
        builder.Services.AddSingleton<ComputeGate>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<SearchCache>();
        builder.Services.AddSingleton<SearchLanes>();
        builder.Services.AddSingleton<EntityCache>();
        builder.Services.AddSingleton<RelationsCache>();
        builder.Services.AddSingleton<RelationsIndex>();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapAssets();
        app.MapLanguage();
        app.MapAnalyze();
        app.MapHome();
        app.MapSearch();
        app.MapArticles();
        app.MapEntities();
        app.MapEvents();
        app.MapStories();
        app.MapSources();
        app.MapAlerts();
        return app;
    }
}
