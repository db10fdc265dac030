using System.Globalization;

namespace Marsad.Web.Rendering;

/// <summary>Charts drawn on the server as SVG: no chart library, no script.</summary>
public static class Charts
{
    /// <summary>A bar chart of counts per label (days, in order), with the label under the first, middle and last bars.</summary>
    public static void Bars(Html html, IReadOnlyList<(string Label, int Count)> bars, string title)
    {
        const int width = 640, height = 160, pad = 24;
        html.Open("svg", ("class", "chart"), ("viewBox", $"0 0 {width} {height}"), ("role", "img"), ("aria-label", title));
        html.Element("title", title);
        if (bars.Count > 0)
        {
            int max = Math.Max(1, bars.Max(b => b.Count));
            double w = (width - 2.0 * pad) / bars.Count;
            for (int i = 0; i < bars.Count; i++)
            {
                double h = (height - 2.0 * pad) * bars[i].Count / max;
                html.Open("rect", ("x", F(pad + i * w + 1)), ("y", F(height - pad - h)), ("width", F(Math.Max(1, w - 2))), ("height", F(h)), ("fill", "#2b7bb9"));
                html.Element("title", $"{bars[i].Label}: {bars[i].Count}").Close("rect");
            }
            foreach (int i in new[] { 0, bars.Count / 2, bars.Count - 1 }.Distinct())
                html.Element("text", bars[i].Label, ("x", F(pad + i * w)), ("y", F(height - 6)), ("direction", "ltr"));
            html.Element("text", max.ToString(CultureInfo.InvariantCulture), ("x", "2"), ("y", "14"));
        }
        html.Close("svg");
    }

    /// <summary>A star network: the entity in the middle, its companions around it, line width by shared articles.</summary>
    public static void Network(Html html, string centre, IReadOnlyList<(string Name, string Href, int Weight)> others, string title)
    {
        const int size = 420, c = size / 2, r = 160;
        html.Open("svg", ("class", "chart network"), ("viewBox", $"0 0 {size} {size}"), ("role", "img"), ("aria-label", title));
        html.Element("title", title);
        int max = others.Count == 0 ? 1 : Math.Max(1, others.Max(o => o.Weight));
        for (int i = 0; i < others.Count; i++)
        {
            double a = 2 * Math.PI * i / others.Count;
            double x = c + r * Math.Cos(a), y = c + r * Math.Sin(a);
            html.Open("line", ("x1", F(c)), ("y1", F(c)), ("x2", F(x)), ("y2", F(y)), ("stroke", "#9aa7b4"), ("stroke-width", F(1 + 5.0 * others[i].Weight / max))).Close("line");
            html.Open("a", ("href", Html.SafeHref(others[i].Href)));
            html.Open("circle", ("cx", F(x)), ("cy", F(y)), ("r", "6"), ("fill", "#16a085")).Close("circle");
            html.Element("text", others[i].Name, ("x", F(x)), ("y", F(y - 9)), ("text-anchor", "middle"));
            html.Close("a");
        }
        html.Open("circle", ("cx", F(c)), ("cy", F(c)), ("r", "9"), ("fill", "#c0392b")).Close("circle");
        html.Element("text", centre, ("x", F(c)), ("y", F(c - 13)), ("text-anchor", "middle"), ("font-weight", "bold"));
        html.Close("svg");
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
