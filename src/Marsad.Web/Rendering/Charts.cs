using System.Globalization;

namespace Marsad.Web.Rendering;

/// <summary>Charts drawn on the server as SVG: no chart library, no script.</summary>
public static class Charts
{
    /// <summary>A bar chart of counts per label (days, in order), with the label under the first, middle and last bars.</summary>
    /// <param name="hrefs">Where each bar links to (a site path, or null for none), in the order of <paramref name="bars"/>.</param>
    public static void Bars(Html html, IReadOnlyList<(string Label, int Count)> bars, string title, IReadOnlyList<string?>? hrefs = null)
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
                string? href = hrefs is not null && i < hrefs.Count ? hrefs[i] : null;
                if (href is not null) html.Open("a", ("href", Html.SafeHref(href)), ("class", "bar"));
                html.Open("rect", ("x", F(pad + i * w + 1)), ("y", F(height - pad - h)), ("width", F(Math.Max(1, w - 2))), ("height", F(h)), ("fill", "#2b7bb9"));
                html.Element("title", $"{bars[i].Label}: {bars[i].Count}").Close("rect");
                if (href is not null) html.Close("a");
            }
            // first, middle and last labels; the first grows rightwards from its bar, the last leftwards, so neither leaves the chart
            foreach (int i in new[] { 0, bars.Count / 2, bars.Count - 1 }.Distinct())
            {
                bool last = i == bars.Count - 1 && i > 0;
                Label(html, bars[i].Label, last ? pad + (i + 1) * w : pad + i * w, height - 6, last ? Grow.Left : i == 0 ? Grow.Right : Grow.Centre);
            }
            Label(html, max.ToString(CultureInfo.InvariantCulture), 4, 14, Grow.Right);
        }
        html.Close("svg");
    }

    /// <summary>A star network: the entity in the middle, its companions around it, line width by shared articles.</summary>
    public static void Network(Html html, string centre, IReadOnlyList<(string Name, string Href, int Weight)> others, string title)
    {
        const int size = 420, c = size / 2, r = 150, margin = 110;
        // room on both sides for names that grow outwards from the dots at the far left and right
        html.Open("svg", ("class", "chart network"), ("viewBox", $"{-margin} 0 {size + 2 * margin} {size}"), ("role", "img"), ("aria-label", title));
        html.Element("title", title);
        int max = others.Count == 0 ? 1 : Math.Max(1, others.Max(o => o.Weight));
        for (int i = 0; i < others.Count; i++)
        {
            double a = 2 * Math.PI * i / others.Count;
            double x = c + r * Math.Cos(a), y = c + r * Math.Sin(a);
            html.Open("line", ("x1", F(c)), ("y1", F(c)), ("x2", F(x)), ("y2", F(y)), ("stroke", "#9aa7b4"), ("stroke-width", F(1 + 5.0 * others[i].Weight / max))).Close("line");
            html.Open("a", ("href", Html.SafeHref(others[i].Href)));
            html.Open("circle", ("cx", F(x)), ("cy", F(y)), ("r", "6"), ("fill", "#16a085")).Close("circle");
            double dx = Math.Cos(a);
            var grow = dx > 0.3 ? Grow.Right : dx < -0.3 ? Grow.Left : Grow.Centre;
            Label(html, Shorten(others[i].Name), grow == Grow.Centre ? x : x + 10 * Math.Sign(dx), grow == Grow.Centre ? (y < c ? y - 10 : y + 18) : y + 4, grow, others[i].Name);
            html.Close("a");
        }
        html.Open("circle", ("cx", F(c)), ("cy", F(c)), ("r", "9"), ("fill", "#c0392b")).Close("circle");
        html.Open("g", ("font-weight", "bold"));
        Label(html, Shorten(centre), c, c - 13, Grow.Centre, centre);
        html.Close("g");
        html.Close("svg");
    }

    /// <summary>
    /// Who republishes whom: the busiest outlets on a circle, an arrow from each origin to each outlet that
    /// republishes it, thicker for more articles (each arrow's tooltip gives the count).
    /// </summary>
    public static void Flows(Html html, IReadOnlyList<(string From, string To, int Count)> flows, string title, int maxOutlets = 12, int maxFlows = 24)
    {
        const int size = 600, c = size / 2, r = 220, margin = 40;
        // The strongest flows only: every pair of busy outlets exchanges a little, and all of it is a hairball.
        flows = [.. flows.Where(f => f.From != f.To).OrderByDescending(f => f.Count).Take(maxFlows)];
        var outlets = flows.SelectMany(f => new[] { (f.From, f.Count), (f.To, f.Count) }).GroupBy(x => x.Item1)
            .OrderByDescending(g => g.Sum(x => x.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(maxOutlets).Select(g => g.Key).ToList();
        var at = new Dictionary<string, (double X, double Y)>();
        for (int i = 0; i < outlets.Count; i++)
        {
            double a = 2 * Math.PI * i / outlets.Count - Math.PI / 2;
            at[outlets[i]] = (c + r * Math.Cos(a), c + r * Math.Sin(a));
        }
        var shown = flows.Where(f => at.ContainsKey(f.From) && at.ContainsKey(f.To) && f.From != f.To).ToList();
        int max = shown.Count == 0 ? 1 : Math.Max(1, shown.Max(f => f.Count));
        html.Open("svg", ("class", "chart flows"), ("viewBox", $"{-margin} 0 {size + 2 * margin} {size}"), ("role", "img"), ("aria-label", title));
        html.Element("title", title);
        html.Raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"9\" markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
            + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#7f8c8d\"></path></marker></defs>");
        foreach (var f in shown)
        {
            var (x1, y1) = at[f.From];
            var (x2, y2) = at[f.To];
            // Stop short of the target's dot, and bow the line so that A→B and B→A do not overlap.
            double dx = x2 - x1, dy = y2 - y1, len = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            double ex = x2 - dx / len * 9, ey = y2 - dy / len * 9;
            double mx = (x1 + ex) / 2 - dy / len * 18, my = (y1 + ey) / 2 + dx / len * 18;
            html.Open("path", ("class", "flow"), ("d", $"M {F(x1)} {F(y1)} Q {F(mx)} {F(my)} {F(ex)} {F(ey)}"), ("fill", "none"), ("stroke", "#7f8c8d"),
                ("stroke-opacity", "0.7"), ("stroke-width", F(0.8 + 5.0 * Math.Sqrt((double)f.Count / max))), ("marker-end", "url(#arrow)"));
            html.Element("title", $"{f.From} → {f.To}: {f.Count}").Close("path");
        }
        foreach (var o in outlets)
        {
            var (x, y) = at[o];
            html.Open("g", ("class", "outlet"));
            html.Open("circle", ("cx", F(x)), ("cy", F(y)), ("r", "7"), ("fill", "#12324a")).Close("circle");
            Label(html, o, x, y < c ? y - 12 : y + 20, Grow.Centre);
            html.Close("g");
        }
        html.Close("svg");
    }

    internal enum Grow { Right, Left, Centre }

    /// <summary>
    /// A label whose text grows in a given direction from (x, y), whatever the script: an Arabic label is laid
    /// out right-to-left, where SVG's text-anchor "start" is the right end, so the anchor is chosen per label.
    /// </summary>
    internal static void Label(Html html, string text, double x, double y, Grow grow, string? tooltip = null)
    {
        bool rtl = text.Any(ch => ch is >= '\u0600' and <= '\u06FF');
        string anchor = grow switch
        {
            Grow.Centre => "middle",
            Grow.Right => rtl ? "end" : "start",
            _ => rtl ? "start" : "end",
        };
        html.Open("text", ("x", F(x)), ("y", F(y)), ("direction", rtl ? "rtl" : "ltr"), ("text-anchor", anchor));
        html.Text(text);
        if (tooltip is not null && tooltip != text) html.Element("title", tooltip);
        html.Close("text");
    }

    /// <summary>Long names are cut on the chart (the tooltip has them whole).</summary>
    internal static string Shorten(string name) => name.Length <= 24 ? name : name[..23].TrimEnd() + "…";

    internal static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
