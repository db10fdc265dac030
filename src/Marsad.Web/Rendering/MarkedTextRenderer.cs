using Marsad.Text;
using System.Globalization;

namespace Marsad.Web.Rendering;

/// <summary>
/// Renders a text as paragraphs with marks nested inside. Marks that cross (a quote ending inside a name) are
/// closed and reopened so the HTML stays well formed; a line break closes every open mark and reopens it in the
/// next paragraph. Offsets are the analysis' UTF-16 offsets, so every mark sits exactly on its characters.
/// </summary>
public static class MarkedTextRenderer
{
    public static void Render(Html html, string text, IEnumerable<Mark> marks, Func<TextSpan, string?>? paragraphClass = null)
    {
        var sorted = marks.Where(m => m.Span.Length > 0 && m.Span.End <= text.Length)
                          .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ToList();
        var open = new List<Mark>();
        int next = 0, pos = 0;
        OpenParagraph(html, text, 0, paragraphClass);
        while (pos < text.Length)
        {
            // Boundaries: the next mark start, the end of an open mark, or a line break.
            int boundary = text.Length;
            if (next < sorted.Count) boundary = Math.Min(boundary, Math.Max(pos, sorted[next].Span.Start));
            foreach (var m in open) boundary = Math.Min(boundary, m.Span.End);
            int nl = text.IndexOf('\n', pos, boundary - pos);
            if (nl >= 0) boundary = nl;
            html.Text(text.AsSpan(pos, boundary - pos));
            pos = boundary;
            if (pos >= text.Length) break;

            // Close the marks that end here, reopening the ones above them that go on.
            int lowest = open.FindIndex(m => m.Span.End == pos);
            if (lowest >= 0)
            {
                for (int i = open.Count - 1; i >= lowest; i--) html.Close(open[i].Tag);
                var reopen = open.Skip(lowest).Where(m => m.Span.End > pos).ToList();
                open.RemoveRange(lowest, open.Count - lowest);
                foreach (var m in reopen) { OpenMark(html, m); open.Add(m); }
            }
            if (text[pos] == '\n')
            {
                for (int i = open.Count - 1; i >= 0; i--) html.Close(open[i].Tag);
                html.Close("p");
                pos++;
                OpenParagraph(html, text, pos, paragraphClass);
                foreach (var m in open) OpenMark(html, m);
                continue;
            }
            while (next < sorted.Count && sorted[next].Span.Start <= pos)
            {
                var m = sorted[next++];
                OpenMark(html, m);
                open.Add(m);
            }
        }
        for (int i = open.Count - 1; i >= 0; i--) html.Close(open[i].Tag);
        html.Close("p");
    }

    private static void OpenParagraph(Html html, string text, int start, Func<TextSpan, string?>? paragraphClass)
    {
        int end = text.IndexOf('\n', start);
        if (end < 0) end = text.Length;
        html.Open("p", ("class", paragraphClass?.Invoke(TextSpan.FromBounds(start, end))));
    }

    private static void OpenMark(Html html, Mark m) =>
        html.Open(m.Tag, ("class", m.CssClass), ("title", m.Title), ("href", m.Href is null ? null : Html.SafeHref(m.Href)),
            ("data-id", m.Data), ("data-start", m.Span.Start.ToString(CultureInfo.InvariantCulture)), ("data-end", m.Span.End.ToString(CultureInfo.InvariantCulture)));
}
