using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// A capitalised Latin word alone in Arabic text (CNN, IBM, وDell, Sony) is a name, and in news mostly a company,
/// agency or channel; the training data has too few of them (about 30) for the model to learn it. Applied after
/// the model: a Latin token it left outside names, with no Latin word beside it (inside an English phrase the
/// capitals mean nothing), becomes an organisation. Its score row is raised so that the decision reads as sure.
/// </summary>
internal static class LatinNames
{
    private const float Margin = 8f;

    /// <summary>ORG's place in <see cref="NerTags.Classes"/>.</summary>
    private const int Organisation = 2;

    public static void Apply(string text, ReadOnlySpan<TextSpan> spans, ReadOnlySpan<TokenInfo> infos, Span<float> scores, Span<int> tags)
    {
        const int T = NerTags.Count;
        for (int i = 0; i < spans.Length; i++)
        {
            if (tags[i] != NerTags.O || !IsCapitalisedLatin(spans[i].SliceSpan(text))) continue;
            if (i > 0 && infos[i - 1].Kind is TokenInfo.KindLatin || i + 1 < spans.Length && infos[i + 1].Kind is TokenInfo.KindLatin) continue;
            int tag = NerTags.Begin(Organisation);
            if (i + 1 < spans.Length && NerTags.IsInside(tags[i + 1])) continue; // would break the name after it
            var row = scores.Slice(i * T, T);
            float best = float.NegativeInfinity;
            foreach (float s in row) best = Math.Max(best, s);
            row[tag] = best + Margin;
            tags[i] = tag;
        }
    }

    /// <summary>A Latin word with a capital first letter, after an optional Arabic و (وDell).</summary>
    private static bool IsCapitalisedLatin(ReadOnlySpan<char> w)
    {
        if (w.Length > 2 && w[0] == 'و') w = w[1..];
        if (w.Length < 2 || !char.IsAsciiLetterUpper(w[0])) return false;
        foreach (char c in w) if (!char.IsAsciiLetter(c)) return false;
        return true;
    }
}
