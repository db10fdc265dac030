namespace Marsad.Text.Numbers;

/// <summary>
/// Finds numbers in Arabic text: digits in any script with their separators, number words with their clitics
/// and inflections (ستة عشر، مئتي، بألفين، وخمسين), digits mixed with scale words («6 آلاف و500», «4 مليارات»,
/// «1.5 مليون»), ordinals (الحادي عشر، العشرون، الـ6), fractions (نصف، ثلثي، ثلاثة أرباع، 3/4) and percentages
/// (30%، ٪، بالمئة، في المائة). Matching runs on the ArabicFolder key; spans point into the original text.
/// Thread-safe and stateless.
/// </summary>
public static class NumberRecognizer
{
    public static IReadOnlyList<NumberMatch> Recognize(string text) => Recognize(text, ArabicFolder.FoldWithMap(text));

    /// <summary>Numbers in <paramref name="text"/>, given its folded key (callers that fold once for several recognisers).</summary>
    public static IReadOnlyList<NumberMatch> Recognize(string text, FoldedText folded)
    {
        string key = folded.Key;
        var pieces = NumberLexer.Lex(key, 0, key.Length);
        var result = new List<NumberMatch>();
        var parser = new NumberPhraseParser(key, pieces);
        int i = 0;
        while (i < pieces.Count)
        {
            if (parser.TryRead(i, out var m, out int next))
            {
                // «ثلاثة وأربعين فاصلة ثمانية»: a decimal point said in words joins two whole numbers (43.8)
                if (m.Kind == NumberKind.Cardinal && m.Value == Math.Floor(m.Value) && next + 1 < pieces.Count
                    && pieces[next].Kind == PieceKind.Word && IsDecimalPointWord(key.AsSpan(pieces[next].Start, pieces[next].End - pieces[next].Start))
                    && parser.TryRead(next + 1, out var decimals, out int afterDecimals)
                    && decimals.Kind == NumberKind.Cardinal && decimals.Value == Math.Floor(decimals.Value) && decimals.Value is > 0 and < 1000)
                {
                    double scale = decimals.Value < 10 ? 10 : decimals.Value < 100 ? 100 : 1000;
                    m = m with { KeyEnd = decimals.KeyEnd, Value = m.Value + decimals.Value / scale };
                    next = afterDecimals;
                }
                var span = WithTrailingMarks(text, folded.ToSource(m.KeyStart, m.KeyEnd));
                result.Add(new NumberMatch(span, m.Value, m.Kind, m.Relative));
                i = next;
            }
            else i++;
        }
        return result;
    }

    // folded as the key is (ة may or may not become ه there)
    private static readonly string[] s_decimalPointWords = [ArabicFolder.Fold("فاصلة"), ArabicFolder.Fold("فاصل")];

    private static bool IsDecimalPointWord(ReadOnlySpan<char> w) => w.SequenceEqual(s_decimalPointWords[0]) || w.SequenceEqual(s_decimalPointWords[1]);

    /// <summary>The value of a phrase that is one number and nothing else («ثلاثة», «6 آلاف و500»), or null.</summary>
    public static double? ValueOf(string phrase)
    {
        var found = Recognize(phrase);
        if (found.Count != 1) return null;
        var m = found[0];
        return phrase.AsSpan(0, m.Span.Start).IsWhiteSpace() && phrase.AsSpan(m.Span.End).IsWhiteSpace() ? m.Value : null;
    }

    /// <summary>The key drops diacritics and tatweel; the surface span keeps the ones that end the word (ألفاً).</summary>
    public static TextSpan WithTrailingMarks(string text, TextSpan span)
    {
        int end = span.End;
        while (end < text.Length && (ArabicLetters.IsDiacritic(text[end]) || text[end] == ArabicLetters.Tatweel)) end++;
        return TextSpan.FromBounds(span.Start, end);
    }
}
