using Marsad.Text;

namespace Marsad.Web.Rendering;

/// <summary>A fact to highlight in the article text: its span, a CSS class, a tooltip and an optional link.</summary>
public sealed record Mark(TextSpan Span, string CssClass, string? Title = null, string? Href = null, string? Id = null, string? Data = null)
{
    public string Tag => Href is null ? "span" : "a";
}
