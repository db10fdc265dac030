using System.Runtime.InteropServices;

namespace Marsad.Analysis.Ner;

/// <summary>
/// What the first pass said about the same word elsewhere in the article: a name tagged PER after «الرئيس» in one
/// sentence is a person when it stands alone three sentences later (رامسفيلد، الظواهري). Votes are counted over a
/// window of sentences around each one (so training on a corpus without article breaks matches tagging an article)
/// and stored in <see cref="TokenInfo.Doc"/> with the first-pass tag in <see cref="TokenInfo.FirstTag"/>.
/// </summary>
internal static class DocumentVotes
{
    private struct Votes { public int O, Per, Loc, Org, Misc; }

    [ThreadStatic] private static Dictionary<ulong, Votes>? _scratch;

    /// <param name="segments">Segment start indices into <paramref name="infos"/>, with the end as last element.</param>
    public static void Apply(Span<TokenInfo> infos, ReadOnlySpan<int> firstTags, ReadOnlySpan<int> segments, int window)
    {
        var counts = _scratch ??= new Dictionary<ulong, Votes>();
        counts.Clear();
        int segmentCount = segments.Length - 1;
        for (int i = 0; i < infos.Length; i++) infos[i].FirstTag = (byte)firstTags[i];
        int added = 0, removed = 0; // segments [removed, added) are counted
        for (int s = 0; s < segmentCount; s++)
        {
            while (added < segmentCount && added <= s + window) Count(infos, segments, added++, counts, +1);
            while (removed < s - window) Count(infos, segments, removed++, counts, -1);
            for (int i = segments[s]; i < segments[s + 1]; i++)
            {
                ref var t = ref infos[i];
                t.Doc = 0;
                if (!Counted(t) || !counts.TryGetValue(t.Stem, out var v)) continue;
                Add(ref v, t.FirstTag, -1); // the word's own vote does not count
                int entity = v.Per + v.Loc + v.Org + v.Misc;
                if (entity == 0) { t.Doc = (byte)(v.O > 0 ? 1 : 0); continue; }
                int cls = 0, best = v.Per;
                if (v.Loc > best) { cls = 1; best = v.Loc; }
                if (v.Org > best) { cls = 2; best = v.Org; }
                if (v.Misc > best) { cls = 3; }
                t.Doc = (byte)(2 + cls * 2 + (entity > v.O ? 1 : 0));
            }
        }
    }

    /// <summary>Words long enough to be names; punctuation and particles would only add noise.</summary>
    private static bool Counted(in TokenInfo t) => t.Length >= 3 && t.Kind is TokenInfo.KindArabic or TokenInfo.KindLatin && t.Trigger == 0;

    private static void Count(Span<TokenInfo> infos, ReadOnlySpan<int> segments, int s, Dictionary<ulong, Votes> counts, int sign)
    {
        for (int i = segments[s]; i < segments[s + 1]; i++)
        {
            if (!Counted(infos[i])) continue;
            ref var v = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, infos[i].Stem, out _);
            Add(ref v, infos[i].FirstTag, sign);
        }
    }

    private static void Add(ref Votes v, int tag, int sign)
    {
        switch (NerTags.ClassOf(tag))
        {
            case 0: v.Per += sign; break;
            case 1: v.Loc += sign; break;
            case 2: v.Org += sign; break;
            case 3: v.Misc += sign; break;
            default: v.O += sign; break;
        }
    }
}
