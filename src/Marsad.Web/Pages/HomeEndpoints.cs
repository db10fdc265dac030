using Marsad.Web.Hosting;

namespace Marsad.Web.Pages;

public static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHome(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => context.Page(context.Ui().AppName, (html, ui) =>
        {
            html.Element("h1", ui.AppName);
            html.Open("form", ("method", "get"), ("action", "/search"), ("class", "search"));
            html.Open("input", ("type", "search"), ("name", "q"), ("placeholder", ui.SearchPlaceholder), ("dir", "auto"));
            html.Element("button", ui.Search, ("type", "submit"));
            html.Close("form");
        })).ExcludeFromDescription();
        return app;
    }
}
