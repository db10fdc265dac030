namespace Marsad.Corpus.Postgres;

/// <summary>
/// How often a phrase occurs in one field of one document, computed as Lucene's phrase scorers compute it from the
/// terms' positions: ExactPhraseScorer counts the places where every term stands at its offset; SloppyPhraseScorer
/// sums 1 / (distance + 1) over the matches at most <c>slop</c> positions out of place, found by the same walk over a
/// queue of term positions. (Lucene treats a term repeated in the phrase apart; here it is walked like the others.)
/// </summary>
internal static class PhraseFrequency
{
    /// <param name="positions">Each phrase term's positions in the field, ascending.</param>
    /// <param name="offsets">Each term's position in the phrase.</param>
    public static float Exact(int[][] positions, int[] offsets)
    {
        var sets = positions.Select(p => p.ToHashSet()).ToArray();
        int count = 0;
        foreach (int p in positions[0])
        {
            int start = p - offsets[0];
            bool all = true;
            for (int i = 1; i < sets.Length && all; i++) all = sets[i].Contains(start + offsets[i]);
            if (all) count++;
        }
        return count;
    }

    /// <summary>Lucene's SloppyPhraseScorer.PhraseFreq for a phrase without repeated terms.</summary>
    public static float Sloppy(int[][] positions, int[] offsets, int slop)
    {
        int n = positions.Length;
        var at = new int[n];        // the next position to read of each term
        var position = new int[n];  // the term's current position less its offset
        int end = int.MinValue;
        var queue = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            if (positions[i].Length == 0) return 0;
            position[i] = positions[i][0] - offsets[i];
            at[i] = 1;
            if (position[i] > end) end = position[i];
            queue.Add(i);
        }
        // PhraseQueue's order: position, then offset, then the term's place in the query
        bool Less(int a, int b) => position[a] != position[b] ? position[a] < position[b]
            : offsets[a] != offsets[b] ? offsets[a] < offsets[b] : a < b;
        int Pop()
        {
            int best = 0;
            for (int i = 1; i < queue.Count; i++) if (Less(queue[i], queue[best])) best = i;
            int top = queue[best];
            queue.RemoveAt(best);
            return top;
        }
        int Top()
        {
            int best = queue[0];
            foreach (int i in queue) if (Less(i, best)) best = i;
            return best;
        }
        bool Advance(int pp)
        {
            if (at[pp] >= positions[pp].Length) return false;
            position[pp] = positions[pp][at[pp]++] - offsets[pp];
            if (position[pp] > end) end = position[pp];
            return true;
        }

        float freq = 0;
        int pp = Pop();
        int matchLength = end - position[pp];
        int next = position[Top()];
        while (Advance(pp))
        {
            if (position[pp] > next)
            {
                if (matchLength <= slop) freq += SlopFactor(matchLength);
                queue.Add(pp);
                pp = Pop();
                next = position[Top()];
                matchLength = end - position[pp];
            }
            else
            {
                int matchLength2 = end - position[pp];
                if (matchLength2 < matchLength) matchLength = matchLength2;
            }
        }
        if (matchLength <= slop) freq += SlopFactor(matchLength);
        return freq;
    }

    /// <summary>DefaultSimilarity.SloppyFreq.</summary>
    private static float SlopFactor(int distance) => 1.0f / (distance + 1);
}
