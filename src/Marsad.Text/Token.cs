namespace Marsad.Text;

public enum TokenKind : byte
{
    ArabicWord,
    LatinWord,
    Number,
    Punctuation,
    Url,
    Email,
    Hashtag,
    Mention,
    Symbol,
}

/// <summary>A token: a kind and the span of its surface text in the original.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public int Start => Span.Start;
    public int End => Span.End;
    public override string ToString() => $"{Kind}{Span}";
}
