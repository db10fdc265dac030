using System.Text;
using AngleSharp.Dom;

namespace Marsad.Corpus.Reading;

/// <summary>The text of an HTML element as an article body: one line per paragraph, heading or list item.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "SECTION", "ARTICLE", "HEADER", "FOOTER",
        "TR", "PRE", "FIGCAPTION", "DD", "DT", "UL", "OL", "TABLE", "BR", "HR", "ASIDE", "MAIN",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME" };

    public static string ToPlainText(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        // Collapse the spaces of HTML source and keep one line per block.
        var lines = sb.ToString().Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)))
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) { sb.Append(text.Data.Replace('\n', ' ')); continue; }
            if (child is not IElement e || Skipped.Contains(e.TagName)) continue;
            bool block = Blocks.Contains(e.TagName);
            if (block) sb.Append('\n');
            Walk(e, sb);
            if (block) sb.Append('\n');
        }
    }
}
