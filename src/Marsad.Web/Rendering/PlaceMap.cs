using System.Globalization;
using Marsad.Corpus.Relations;
using Marsad.Knowledge.Geo;

namespace Marsad.Web.Rendering;

/// <summary>
/// A map of the places an article, a story, a search or an entity's articles name, drawn on the server as SVG: the
/// world outline (Assets/world.svg, Natural Earth drawn by `marsad kb outline`) referenced with &lt;use&gt;, so the
/// browser fetches it once, the countries named shaded, and a circle per place sized by its articles (area
/// proportional), linked to the place's page. The view is framed on the places, so a story about Yemen shows the
/// peninsula rather than a speck on the world. Below it the same places as a list, for readers and for small screens.
/// </summary>
public static class PlaceMap
{
    private const string Outline = "/assets/world.svg";

    /// <summary>A frame narrower than this (in outline units of a 1,000-wide world) shows one country and no neighbours.</summary>
    private const double MinFrame = 90;

    /// <summary>Width to height of the frame, as the page lays it out.</summary>
    private const double Aspect = 1.6;

    /// <summary>How many of the places carry a name on the map (all of them are in the list below it).</summary>
    private const int Labelled = 8;

    /// <summary>Label size in hundredths of the frame's width.</summary>
    private const double FontSize = 2.0;

    /// <summary>The frame holds the places named at least 1/FrameShare as often as the most named one.</summary>
    private const int FrameShare = 5;

    /// <param name="mentions">The counts are mentions in one article, not articles.</param>
    public static void Render(Html html, UiText ui, IReadOnlyList<PlaceCount> places, Func<PlaceCount, string> href, bool mentions = false)
    {
        if (places.Count == 0) return;
        string title = mentions ? ui.MapOfMentions : ui.MapOf, unitWord = (mentions ? ui.Mentions : ui.Articles).ToLower(CultureInfo.InvariantCulture);
        var points = places.Select(p => EqualEarth.Project(p.Lon, p.Lat)).ToList();
        // framed on the places named most (at least a fifth as often as the first), so that a search about Yemen
        // shows the peninsula, not the world because Washington is named too; the list under the map has them all
        int most = places.Max(p => p.Articles);
        var (x0, y0, w, h) = Frame([.. points.Where((_, i) => places[i].Articles * FrameShare >= most)]);
        double unit = w / 100; // one hundredth of the frame's width: marker sizes, strokes and fonts scale with the frame
        int max = Math.Max(1, most);

        html.Open("figure", ("class", "map"));
        html.Open("svg", ("class", "map"), ("viewBox", $"{F(x0)} {F(y0)} {F(w)} {F(h)}"), ("role", "img"), ("aria-label", title), ("preserveAspectRatio", "xMidYMid meet"));
        html.Element("title", title);
        html.Open("rect", ("class", "sea"), ("x", F(x0)), ("y", F(y0)), ("width", F(w)), ("height", F(h))).Close("rect");
        html.Open("use", ("href", Outline + "#world"), ("class", "land"), ("stroke-width", F(unit * 0.12))).Close("use");
        foreach (var code in places.Select(p => p.Key).Where(k => k.Length == 2 && k.All(char.IsAsciiLetterUpper)).Distinct())
            html.Open("use", ("href", $"{Outline}#c-{code}"), ("class", "named"), ("stroke-width", F(unit * 0.12))).Close("use");

        // the largest first, so that smaller circles stay on top and clickable
        var order = Enumerable.Range(0, places.Count).OrderByDescending(i => places[i].Articles).ToList();
        foreach (int i in order)
        {
            var p = places[i];
            double r = unit * (0.9 + 3.6 * Math.Sqrt((double)p.Articles / max));
            string label = Labels.EntityById(p.Key, p.Name, ui);
            html.Open("a", ("href", Html.SafeHref(href(p))), ("class", "place"), ("data-key", p.Key));
            html.Open("circle", ("cx", F(points[i].X)), ("cy", F(points[i].Y)), ("r", F(r)), ("stroke-width", F(unit * 0.15)));
            html.Element("title", $"{label}: {p.Articles.ToString("N0", CultureInfo.InvariantCulture)} {unitWord}").Close("circle");
            html.Close("a");
        }

        // names of the most named places, each beside its circle, towards the frame's inside, skipped where it would
        // cover a name already written
        var taken = new List<(double X0, double Y0, double X1, double Y1)>();
        html.Open("g", ("class", "labels"), ("font-size", F(unit * FontSize)), ("stroke-width", F(unit * 0.5)));
        foreach (int i in order.Take(Labelled))
        {
            var p = places[i];
            string label = Charts.Shorten(Labels.EntityById(p.Key, p.Name, ui));
            double r = unit * (0.9 + 3.6 * Math.Sqrt((double)p.Articles / max));
            bool towardsLeft = points[i].X > x0 + w * 0.7;
            double tx = points[i].X + (towardsLeft ? -1 : 1) * (r + unit * 0.6), ty = points[i].Y + unit * FontSize * 0.35;
            double textWidth = label.Length * unit * FontSize * 0.55;
            var box = towardsLeft ? (tx - textWidth, ty - unit * FontSize, tx, ty + unit) : (tx, ty - unit * FontSize, tx + textWidth, ty + unit);
            if (taken.Any(b => b.X0 < box.Item3 && box.Item1 < b.X1 && b.Y0 < box.Item4 && box.Item2 < b.Y1)) continue;
            taken.Add(box);
            Charts.Label(html, label, tx, ty, towardsLeft ? Charts.Grow.Left : Charts.Grow.Right, Labels.EntityById(p.Key, p.Name, ui));
        }
        html.Close("g");
        html.Close("svg");

        html.Open("figcaption");
        html.Element("span", ui.PlacesNamed + ": ", ("class", "map-title"));
        html.Open("ul", ("class", "places"));
        foreach (var p in places)
        {
            html.Open("li").Link(href(p), Labels.EntityById(p.Key, p.Name, ui), "place-name");
            html.Raw(" ").Element("span", p.Articles.ToString("N0", CultureInfo.InvariantCulture), ("class", "count")).Close("li");
        }
        html.Close("ul").Close("figcaption");
        html.Close("figure");
    }

    /// <summary>The places' bounding box, padded, at least <see cref="MinFrame"/> wide, widened to the page's aspect and kept on the world.</summary>
    private static (double X, double Y, double W, double H) Frame(IReadOnlyList<(double X, double Y)> points)
    {
        double minX = points.Min(p => p.X), maxX = points.Max(p => p.X), minY = points.Min(p => p.Y), maxY = points.Max(p => p.Y);
        double w = Math.Max(MinFrame, (maxX - minX) * 1.25 + 20), h = Math.Max(w / Aspect, (maxY - minY) * 1.25 + 20);
        w = Math.Max(w, h * Aspect);
        if (w > EqualEarth.Width) { w = EqualEarth.Width; h = w / Aspect; }
        h = w / Aspect;
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        double x = Math.Clamp(cx - w / 2, 0, EqualEarth.Width - w), y = Math.Clamp(cy - h / 2, 0, Math.Max(0, EqualEarth.Height - h));
        return (x, y, w, h);
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
