using System.Text.RegularExpressions;

namespace Marsad.Analysis.Times;

/// <summary>One pattern over the folded key and how its match becomes a TIMEX type and value (null: not a time after all).</summary>
/// <param name="Needs">The rule is tried only where one of these anchor kinds lies ahead.</param>
/// <param name="Opens">When given, the rule is tried only at a word that is one of these (<see cref="TimeCues"/>): every
/// form of the word its pattern must open with.</param>
/// <param name="Cues">When given, the rule is tried only where one of these words lies in its window: every form of a
/// word its pattern cannot match without.</param>
internal sealed record TimeRule(string Name, AnchorKind Needs, Regex Pattern, Func<Match, RuleInput, (TimeType Type, string Value)?> Resolve,
    IReadOnlyList<string>? Opens = null, IReadOnlyList<string>? Cues = null);

/// <summary>What a rule's resolver sees: the folded key and the reference.</summary>
internal readonly record struct RuleInput(string Key, TimeContext Context)
{
    public DateOnly? Ref => Context.Reference;

    /// <summary>The folded word that ends just before <paramref name="index"/> (skipping spaces), or "".</summary>
    public string WordBefore(int index)
    {
        int e = index;
        while (e > 0 && char.IsWhiteSpace(Key[e - 1])) e--;
        int s = e;
        while (s > 0 && char.IsLetter(Key[s - 1])) s--;
        return Key[s..e];
    }

    /// <summary>The folded word that starts at or after <paramref name="index"/> (skipping spaces), or "".</summary>
    public string WordAfter(int index)
    {
        int s = index;
        while (s < Key.Length && char.IsWhiteSpace(Key[s])) s++;
        int e = s;
        while (e < Key.Length && char.IsLetter(Key[e])) e++;
        return Key[s..e];
    }

    private const int CueWords = 12;
    private static readonly HashSet<string> s_futureCues = TimeWords.Set("future-cues");

    /// <summary>
    /// Whether one of the few words before <paramref name="index"/> in its sentence says the clause is about what is to
    /// come («من المقرر أن تعقد في ديسمبر», «سوف …»): a bare month there is the next such month. Reads a bounded window.
    /// </summary>
    public bool FutureBefore(int index)
    {
        int e = index;
        for (int n = 0; n < CueWords; n++)
        {
            while (e > 0 && Key[e - 1] == ' ') e--;
            if (e == 0 || Key[e - 1] is '.' or '\n' or '؟' or '?' or '!' or '؛') return false;
            int s = e;
            while (s > 0 && char.IsLetter(Key[s - 1])) s--;
            if (s == e) { e--; continue; }
            var w = Key[s..e];
            if (s_futureCues.Contains(w) || w.Length > 3 && w[0] is 'و' or 'ف' && s_futureCues.Contains(w[1..])) return true;
            e = s;
        }
        return false;
    }

    /// <summary>The first non-space character before/after an index, or '\0'.</summary>
    public char CharBefore(int index)
    {
        int i = index - 1;
        while (i >= 0 && Key[i] == ' ') i--;
        return i >= 0 ? Key[i] : '\0';
    }

    public char CharAfter(int index)
    {
        int i = index;
        while (i < Key.Length && Key[i] == ' ') i++;
        return i < Key.Length ? Key[i] : '\0';
    }
}
