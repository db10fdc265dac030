namespace Marsad.Corpus.Postgres;

/// <summary>
/// How often a phrase occurs in one field of one document, computed as Lucene's phrase scorers compute it from the
/// terms' positions: ExactPhraseScorer counts the places where every term stands at its offset; SloppyPhraseScorer
/// sums 1 / (distance + 1) over the matches at most <c>slop</c> positions out of place, found by the same walk over a
/// queue of term positions.
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

    /// <summary>
    /// Lucene's SloppyPhraseScorer.PhraseFreq, repeated terms (المعلمون والمعلمات: معلم twice) included: the
    /// occurrences of a repeated term are taken in turn by its places in the phrase, never one occurrence by two.
    /// </summary>
    /// <param name="terms">Each phrase term (equal strings are one term repeated).</param>
    public static float Sloppy(string[] terms, int[][] positions, int[] offsets, int slop)
    {
        int n = positions.Length;
        var at = new int[n];        // how many of the term's positions are read
        var position = new int[n];  // the term's current position less its offset
        bool Next(int pp)
        {
            if (at[pp] >= positions[pp].Length) return false;
            position[pp] = positions[pp][at[pp]++] - offsets[pp];
            return true;
        }
        for (int i = 0; i < n; i++)
            if (!Next(i)) return 0;

        // groups of the places of one repeated term, by offset (SortRptGroups), and each place's index in its group
        var group = new int[n];
        var index = new int[n];
        Array.Fill(group, -1);
        var groups = new List<List<int>>();
        for (int i = 0; i < n; i++)
        {
            if (group[i] >= 0) continue;
            for (int j = i + 1; j < n; j++)
            {
                if (group[j] >= 0 || offsets[j] == offsets[i] || terms[j] != terms[i]) continue;
                if (group[i] < 0) { group[i] = groups.Count; groups.Add([i]); }
                group[j] = group[i];
                groups[group[i]].Add(j);
            }
        }
        foreach (var g in groups)
        {
            g.Sort((a, b) => offsets[a].CompareTo(offsets[b]));
            for (int k = 0; k < g.Count; k++) index[g[k]] = k;
            // AdvanceRepeatGroups: the k-th place starts at the term's k-th occurrence
            for (int j = 1; j < g.Count; j++)
                for (int k = 0; k < j; k++)
                    if (!Next(g[j])) return 0;
        }

        int end = int.MinValue;
        var queue = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
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
            if (!Next(pp)) return false;
            if (position[pp] > end) end = position[pp];
            return true;
        }
        // AdvanceRpts: while the place stands on the occurrence another place of its term stands on, the lesser of the
        // two (by phrase position, then offset) moves on (the queue is searched afresh at each pop, so nothing needs re-queueing)
        bool Separate(int pp)
        {
            if (group[pp] < 0) return true;
            var g = groups[group[pp]];
            while (true)
            {
                int other = -1;
                int tp = position[pp] + offsets[pp];
                foreach (int q in g)
                    if (q != pp && position[q] + offsets[q] == tp) { other = q; break; }
                if (other < 0) return true;
                pp = position[pp] < position[other] || position[pp] == position[other] && offsets[pp] < offsets[other] ? pp : other;
                if (!Advance(pp)) return false;
            }
        }

        float freq = 0;
        int current = Pop();
        int matchLength = end - position[current];
        int next = position[Top()];
        while (Advance(current))
        {
            if (groups.Count > 0 && !Separate(current)) break;
            if (position[current] > next)
            {
                if (matchLength <= slop) freq += SlopFactor(matchLength);
                queue.Add(current);
                current = Pop();
                next = position[Top()];
                matchLength = end - position[current];
            }
            else
            {
                int matchLength2 = end - position[current];
                if (matchLength2 < matchLength) matchLength = matchLength2;
            }
        }
        if (matchLength <= slop) freq += SlopFactor(matchLength);
        return freq;
    }

    /// <summary>DefaultSimilarity.SloppyFreq.</summary>
    private static float SlopFactor(int distance) => 1.0f / (distance + 1);
}
