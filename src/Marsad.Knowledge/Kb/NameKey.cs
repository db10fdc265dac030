using Marsad.Text;

namespace Marsad.Knowledge.Kb;

/// <summary>
/// The lookup key of a name: its words folded (ArabicFolder, matching options) and joined by one space;
/// punctuation is dropped, so «شمال-جنوب» and «شمال – جنوب» share a key. The entity step builds the same
/// key from token n-grams.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var parts = new List<string>(tokens.Length);
        foreach (var t in tokens)
            if (t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
                parts.Add(ArabicFolder.Fold(name.AsSpan(t.Start, t.Span.Length)));
        return string.Join(' ', parts);
    }

    /// <summary>Number of words in a key.</summary>
    public static int WordCount(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;
}
