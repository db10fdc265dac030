namespace Marsad.Analysis.Times;

/// <summary>
/// Words some rules cannot match without, as whole words of the folded key: the word a rule must open with
/// («يوم»، «شهر»، a month name, each with its clitics) or a word it must hold somewhere in its window («من الآن»,
/// «الأشهر الماضية», «الساعة»). Such a rule is tried only where its words are, which spares the patterns that open with
/// a number or a duration most of their useless tries. The words only filter (they make no start of their own), and
/// every form the pattern can match is listed, so what a rule finds where it is tried does not change.
/// </summary>
internal sealed class TimeCues
{
    private readonly Dictionary<string, ulong> _masks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Words by rule index (null: the rule is not filtered); at most 64 rules are filtered.</summary>
    public TimeCues(IReadOnlyList<IReadOnlyList<string>?> wordsByRule)
    {
        RuleMasks = new ulong[wordsByRule.Count];
        int bit = 0;
        for (int r = 0; r < wordsByRule.Count; r++)
        {
            if (wordsByRule[r] is not { } words) continue;
            if (bit == 64) throw new InvalidOperationException("At most 64 time rules can be filtered by words.");
            ulong mask = 1UL << bit++;
            RuleMasks[r] = mask;
            foreach (var w in words)
            {
                if (w != Digit && (w.Length == 0 || w.Any(c => !char.IsLetter(c)))) throw new InvalidOperationException($"A cue is one word of letters: '{w}'.");
                _masks[w] = _masks.GetValueOrDefault(w) | mask;
            }
        }
        _lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The bit of each rule, 0 for a rule these words do not filter.</summary>
    public ulong[] RuleMasks { get; }

    /// <summary>The rules let through by the word (maximal run of letters) that starts at <paramref name="index"/>; 0 when none starts there.</summary>
    public ulong At(string key, int index)
    {
        if (index < key.Length && char.IsAsciiDigit(key[index])) return _masks.GetValueOrDefault(Digit);
        if (index >= key.Length || !char.IsLetter(key[index]) || index > 0 && char.IsLetter(key[index - 1])) return 0;
        int j = index;
        while (j < key.Length && char.IsLetter(key[j])) j++;
        return _lookup.TryGetValue(key.AsSpan(index, j - index), out var m) ? m : 0;
    }

    /// <summary>Every word of the key that is a cue: its start and the rules it lets through, in text order.</summary>
    public List<(int Start, ulong Mask)> Find(string key)
    {
        var found = new List<(int, ulong)>();
        int i = 0;
        while (i < key.Length)
        {
            if (!char.IsLetter(key[i])) { i++; continue; }
            int j = i;
            while (j < key.Length && char.IsLetter(key[j])) j++;
            if (_lookup.TryGetValue(key.AsSpan(i, j - i), out var m)) found.Add((i, m));
            i = j;
        }
        return found;
    }

    /// <summary>The word that stands for any digit: a rule that may open with digits lists it among its opening words.</summary>
    public const string Digit = "0";

    /// <summary>
    /// The forms of a rule that may open with digits («5 سنوات», «بال5», «الـ6 أشهر»): the digit, and its clitics and
    /// article as the word before it.
    /// </summary>
    public static IReadOnlyList<string> DigitForms(bool clitics) => [Digit, .. Forms([""], clitics).Where(f => f.Length > 0)];

    /// <summary>
    /// The forms of <paramref name="words"/> a pattern can match as one word: bare, after the article (ال، لل via ل),
    /// and, when <paramref name="clitics"/>, after the proclitics the rules allow ([وف]?[بلك]?).
    /// </summary>
    public static IReadOnlyList<string> Forms(IEnumerable<string> words, bool clitics)
    {
        string[] articles = ["", TimeWords.Al, TimeWords.Al[1..]];
        string[] proclitics = clitics ? ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"] : [""];
        return [.. (from w in words from a in articles from p in proclitics select p + a + w).Distinct()];
    }
}
