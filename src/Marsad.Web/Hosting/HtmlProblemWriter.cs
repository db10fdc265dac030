using System.Globalization;
using Marsad.Web.Rendering;

namespace Marsad.Web.Hosting;

/// <summary>
/// Errors for a browser: a page of the site (in the interface language, with the status, the problem's title
/// and detail and a way home) instead of the problem-details JSON the API answers with. A request whose path is
/// under /api/, or that does not accept text/html, still gets the JSON.
/// </summary>
public sealed class HtmlProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)) return false;
        return request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var p = context.ProblemDetails;
        int status = p.Status ?? http.Response.StatusCode;
        string page = http.PageHtml(p.Title ?? status.ToString(CultureInfo.InvariantCulture), (html, ui) =>
        {
            html.Open("section", ("class", "problem"));
            html.Element("h1", ui.ErrorTitle);
            html.Element("p", $"{status.ToString(CultureInfo.InvariantCulture)} · {p.Title}", ("class", "status"), ("dir", "auto"));
            if (!string.IsNullOrWhiteSpace(p.Detail)) html.Element("p", p.Detail, ("class", "detail"), ("dir", "auto"));
            html.Open("p").Link("/", ui.BackHome).Close("p");
            html.Close("section");
        });
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(page);
    }
}
