using Marsad.Web.Rendering;

namespace Marsad.Web.Hosting;

public static class RequestContextExtensions
{
    /// <summary>The interface language: ?lang=, then the cookie set by the toggle, then Arabic.</summary>
    public static UiText Ui(this HttpContext context)
    {
        string? lang = context.Request.Query["lang"];
        lang ??= context.Request.Cookies["lang"];
        return UiText.For(lang);
    }

    public static IResult Page(this HttpContext context, string title, Action<Html, UiText> body)
    {
        var ui = context.Ui();
        var path = context.Request.Path + context.Request.QueryString;
        return Results.Content(Layout.Page(ui, title, path, html => body(html, ui)), "text/html; charset=utf-8");
    }
}
