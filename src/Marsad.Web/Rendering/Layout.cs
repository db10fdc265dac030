namespace Marsad.Web.Rendering;

/// <summary>The page frame: right-to-left Arabic by default, a language toggle, the app's own CSS and JS only.</summary>
public static class Layout
{
    public static string Page(UiText ui, string title, string currentPath, Action<Html> body)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>");
        html.Open("html", ("lang", ui.Lang), ("dir", ui.Dir));
        html.Raw("<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Element("title", $"{title} — {ui.AppName}");
        html.Raw("<link rel=\"stylesheet\" href=\"/assets/site.css\"><script src=\"/assets/site.js\" defer></script></head>");
        html.Raw("<body><header class=\"top\">");
        html.Link("/", ui.AppName, "brand");
        html.Open("nav");
        html.Link("/", ui.Search).Link("/analyze", ui.Analyse).Link("/sources", ui.Sources).Link("/stories", ui.Stories).Link("/alerts", ui.Alerts);
        html.Close("nav");
        html.Open("form", ("method", "post"), ("action", "/lang"), ("class", "lang"));
        html.Open("input", ("type", "hidden"), ("name", "lang"), ("value", ui.OtherLanguageCode));
        html.Open("input", ("type", "hidden"), ("name", "back"), ("value", currentPath));
        html.Element("button", ui.OtherLanguage, ("type", "submit"), ("id", "lang-toggle"));
        html.Close("form");
        html.Raw("</header><main>");
        body(html);
        html.Raw("</main></body></html>");
        return html.ToString();
    }
}
