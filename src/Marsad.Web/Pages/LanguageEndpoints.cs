namespace Marsad.Web.Pages;

/// <summary>The Arabic/English toggle: a cookie, then back to the page the reader was on.</summary>
public static class LanguageEndpoints
{
    public static IEndpointRouteBuilder MapLanguage(this IEndpointRouteBuilder app)
    {
        app.MapPost("/lang", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            string lang = form["lang"] == "en" ? "en" : "ar";
            context.Response.Cookies.Append("lang", lang, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            string back = form["back"].ToString();
            if (!IsSitePath(back)) back = "/";
            return Results.Redirect(back);
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Only a path on this site, never an open redirect: one leading slash, then no second slash or backslash, and no
    /// control or space characters anywhere (browsers drop a tab or newline, so «/\t/evil» would become «//evil»).
    /// </summary>
    public static bool IsSitePath(string back) =>
        back.Length > 0 && back[0] == '/' && (back.Length == 1 || back[1] is not ('/' or '\\'))
        && !back.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\');
}
