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
            // Only a path on this site: never an open redirect.
            if (!back.StartsWith('/') || back.StartsWith("//", StringComparison.Ordinal) || back.StartsWith("/\\", StringComparison.Ordinal)) back = "/";
            return Results.Redirect(back);
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}
