using Marsad.Text;

namespace Marsad.Knowledge.Matching;

/// <summary>
/// Decides whether two spellings name the same person or place: equal skeletons (<see cref="NameSkeleton"/>),
/// or skeletons one edit apart when both are long enough that one edit is a spelling difference rather than
/// another name, and the folded spellings are themselves close. Tuned on the variant and distinct pairs in
/// Marsad.Knowledge.Tests (NameMatcherTests), which report the false-match rate.
/// </summary>
public static class NameMatcher
{
    /// <summary>Skeletons this long or longer may differ by one edit.</summary>
    public const int MinLengthForEdit = 4;

    public static bool Same(string a, string b)
    {
        var fa = ArabicFolder.Fold(a);
        var fb = ArabicFolder.Fold(b);
        if (fa == fb) return true;
        var sa = NameSkeleton.Of(a);
        var sb = NameSkeleton.Of(b);
        if (sa.Length == 0 || sb.Length == 0) return false;
        if (sa == sb) return sa.Length >= 2;
        return Math.Min(sa.Length, sb.Length) >= MinLengthForEdit && sa[0] == sb[0]
            && EditDistance(sa, sb, 1) <= 1 && EditDistance(fa, fb, 2) <= 2;
    }

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="max"/> (returns max + 1 then).</summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            cur.CopyTo(prev);
        }
        return Math.Min(prev[b.Length], max + 1);
    }
}
