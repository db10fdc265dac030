namespace Marsad.Text;

/// <summary>
/// PERF: <see cref="ArabicFolder.FoldChar"/> precomputed for U+0000–06FF (ASCII, Latin and the Arabic
/// block: nearly every character of a news article), one table per option set, built on first use.
/// </summary>
internal static class FoldTable
{
    public const int Size = 0x0700;
    private static readonly char[]?[] Tables = new char[]?[(int)FoldOptions.Matching + 1];

    public static char[] For(FoldOptions options)
    {
        int index = (int)(options & FoldOptions.Matching);
        return Tables[index] ??= Build((FoldOptions)index); // a race builds the same table twice: harmless
    }

    private static char[] Build(FoldOptions options)
    {
        var table = new char[Size];
        for (int c = 0; c < Size; c++) table[c] = ArabicFolder.FoldChar((char)c, options);
        return table;
    }
}
