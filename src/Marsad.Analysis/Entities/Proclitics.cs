namespace Marsad.Analysis.Entities;

/// <summary>
/// The proclitics a name can carry in running text (و ف, then ب ل ك; لل for ل + ال), as readings of a folded
/// word. Reading 0 is the word itself, so names that begin with these letters (وليد، فلسطين، بوتين) are found
/// whole before any stripped reading is tried. A stripped reading keeps at least three letters.
/// </summary>
public static class Proclitics
{
    public const int Readings = 4;

    /// <summary>
    /// Writes reading <paramref name="index"/> (0..3) of <paramref name="word"/> into <paramref name="dst"/> and
    /// returns its length, or 0 when the word has no such reading. <paramref name="stripped"/> is how many leading
    /// letters of the word stay outside the name's span.
    /// </summary>
    public static int Reading(ReadOnlySpan<char> word, int index, Span<char> dst, out int stripped)
    {
        stripped = 0;
        if (index == 0) { word.CopyTo(dst); return word.Length; }
        int conj = word.Length > 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        var rest = word[conj..];
        switch (index)
        {
            case 1 when conj == 1:
                stripped = 1;
                rest.CopyTo(dst);
                return rest.Length;
            case 2 when rest.Length > 3 && rest[0] is 'ب' or 'ل' or 'ك' && !(rest[0] == 'ل' && rest[1] == 'ل'):
                stripped = conj + 1;
                rest[1..].CopyTo(dst);
                return rest.Length - 1;
            case 3 when rest.Length > 4 && rest[0] == 'ل' && rest[1] == 'ل':
                // للاتحاد → الاتحاد: the span keeps the second ل, which stands for the article's.
                stripped = conj + 1;
                dst[0] = 'ا';
                rest[1..].CopyTo(dst[1..]);
                return rest.Length;
            default:
                return 0;
        }
    }
}
