using System.Text;
using System.Text.Encodings.Web;

namespace Marsad.Web.Rendering;

/// <summary>
/// Builds HTML where every piece of text goes through the encoder: article text is untrusted, so nothing
/// from an article or a request is ever written raw.
/// </summary>
public sealed class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly StringBuilder _sb = new();

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);

    public Html Text(string? text)
    {
        if (text is not null) Encoder.Encode(new StringWriter(_sb), text);
        return this;
    }

    public Html Text(ReadOnlySpan<char> text) => Text(text.ToString());

    /// <summary>Markup written by the application itself (tags, never user data).</summary>
    public Html Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public Html Open(string tag, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
            if (value is not null) _sb.Append(' ').Append(name).Append("=\"").Append(Encode(value)).Append('"');
        _sb.Append('>');
        return this;
    }

    public Html Close(string tag)
    {
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    public Html Element(string tag, string? text, params (string Name, string? Value)[] attributes) => Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link; only site-relative paths are allowed as targets, so no javascript: URL can appear.</summary>
    public Html Link(string href, string? text, string? cssClass = null) =>
        Element("a", text, ("href", SafeHref(href)), ("class", cssClass));

    /// <summary>
    /// A link off the site (an article's original URL): only an absolute http or https URL becomes a link, opened
    /// without giving the other site this page (rel=noopener noreferrer); anything else is written as text.
    /// </summary>
    public Html ExternalLink(string? url, string text, string? cssClass = null)
    {
        if (!IsWebUrl(url)) return this;
        return Element("a", text, ("href", url), ("class", cssClass), ("rel", "noopener noreferrer"), ("target", "_blank"));
    }

    public static bool IsWebUrl(string? url) =>
        url is { Length: <= 2048 } && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    public static string SafeHref(string href) => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) || href.StartsWith('#') ? href : "#";

    public override string ToString() => _sb.ToString();
}
