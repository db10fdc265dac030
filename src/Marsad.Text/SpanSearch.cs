namespace Marsad.Text;

/// <summary>
/// Binary search over spans sorted by start. Ends are not sorted (a long span may start before a short one and end
/// after it), so the search runs over the running maximum of the ends: every span before
/// <see cref="FirstReaching"/> ends at or before the offset asked, and a scan from there to the first span starting
/// past a range meets exactly the spans that overlap it, in their order.
/// </summary>
public static class SpanSearch
{
    /// <summary>The running maximum of the ends of spans sorted by start: element i is the furthest end of spans 0..i.</summary>
    public static int[] RunningMaxEnds<T>(IReadOnlyList<T> sortedByStart, Func<T, TextSpan> span)
    {
        var maxEnd = new int[sortedByStart.Count];
        int max = 0;
        for (int i = 0; i < maxEnd.Length; i++) maxEnd[i] = max = Math.Max(max, span(sortedByStart[i]).End);
        return maxEnd;
    }

    /// <summary>The first index whose span, or a span before it, ends after <paramref name="offset"/>; the count when none does.</summary>
    public static int FirstReaching(ReadOnlySpan<int> runningMaxEnds, int offset)
    {
        int lo = 0, hi = runningMaxEnds.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (runningMaxEnds[mid] <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
