using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// Items of a layer grouped by the sentence they fall in, so that a rule reads one sentence's quotes or times
/// instead of scanning the whole layer for every sentence (which grows with the square of the article's length).
/// Sentences are in text order and do not overlap; each group keeps the layer's order.
/// </summary>
internal static class SentenceIndex
{
    /// <summary>For each sentence, the indexes of the items whose span overlaps it (start before its end, end after its start).</summary>
    public static List<int>[] Overlapping<T>(IReadOnlyList<Sentence> sentences, IReadOnlyList<T> items, Func<T, TextSpan> span)
    {
        var groups = Empty(sentences.Count);
        for (int i = 0; i < items.Count; i++)
        {
            var s = span(items[i]);
            for (int k = FirstEndingAfter(sentences, s.Start); k < sentences.Count && sentences[k].Span.Start < s.End; k++)
                groups[k].Add(i);
        }
        return groups;
    }

    /// <summary>For each sentence, the indexes of the items whose span starts inside it.</summary>
    public static List<int>[] Starting<T>(IReadOnlyList<Sentence> sentences, IReadOnlyList<T> items, Func<T, TextSpan> span)
    {
        var groups = Empty(sentences.Count);
        for (int i = 0; i < items.Count; i++)
        {
            int start = span(items[i]).Start;
            int k = FirstEndingAfter(sentences, start);
            if (k < sentences.Count && sentences[k].Span.Start <= start) groups[k].Add(i);
        }
        return groups;
    }

    /// <summary>The first sentence that ends after <paramref name="offset"/> (sentence ends rise with their order).</summary>
    private static int FirstEndingAfter(IReadOnlyList<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Span.End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static List<int>[] Empty(int count)
    {
        var groups = new List<int>[count];
        for (int i = 0; i < count; i++) groups[i] = [];
        return groups;
    }
}
