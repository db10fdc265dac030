using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// Whether a verb trigger of the pattern فاعل is read as the noun it also spells. Unvowelled, «طالب» is the Form III
/// perfect "demanded" and the Form I active participle "student"; so «دافع» (defended / motive), «قاتل» (fought /
/// killer), «هاجم», «قاطع», «هاتف» (phoned / telephone). The verbal noun of a Form III verb is مفاعلة or فعال, never
/// فاعل, so where only a noun can stand the word is the participle: a person or a thing, not an act. A noun's
/// positions: with the article or a fused preposition («الطالب السعودي», «لطالب»), after a word that only a noun
/// follows (a preposition, a determiner, a number, the pronoun of a nominal clause: «أي طالب», «وهو طالب»), or before
/// an indefinite nisba adjective that qualifies it («وطالب جامعي»). A verb stands in none of them.
/// </summary>
internal static class ParticipleReading
{
    private static readonly HashSet<string> s_nounGovernors = EventWords.Set("noun-governors");
    private static readonly HashSet<string> s_quantifiers = EventWords.Set("quantifiers");
    private static readonly HashSet<string> s_phraseStops = EventWords.Set("phrase-stops");

    /// <summary>Whether <paramref name="m"/>, a verb trigger, is a participle of the same letters in its sentence.</summary>
    public static bool IsNoun(string text, WordKeys[] words, TriggerMatch m)
    {
        if (m.Entry.Kind != TriggerKind.Event || (m.Entry.Frame & TriggerFrame.Nominal) != 0) return false;
        var w = words[m.Start];
        var key = w.KeyAt(m.KeyIndex);
        if (!IsFaa3il(key)) return false;
        // The proclitics stripped to reach the trigger: a conjunction may go with a verb, the article or a
        // preposition never does.
        var clitics = w.Key.AsSpan(0, w.Key.Length - key.Length).TrimStart("وف");
        if (clitics.Length > 0) return true;
        if (m.Start > 0 && Governs(words[m.Start - 1])) return true;
        return m.Start + 1 < words.Length && IsNisbaAdjective(text, words[m.Start + 1]);
    }

    /// <summary>Four letters with alef second, not an imperfect (يامل) nor a feminine perfect (زارت، دانت).</summary>
    private static bool IsFaa3il(ReadOnlySpan<char> key) =>
        key.Length == 4 && key[1] == 'ا' && key[0] is not ('ي' or 'ت' or 'ن' or 'ا') && key[3] is not ('ت' or 'ه');

    private static bool Governs(WordKeys before) =>
        before.Token.Kind == TokenKind.Number || s_nounGovernors.Contains(before.Key) || s_quantifiers.Contains(before.Key);

    /// <summary>
    /// An indefinite singular adjective of relation («جامعي», «سعودي»): written with a final yā', which a name that
    /// ends in alif maqṣūra («عيسى») or a preposition («على» written «علي») is not.
    /// </summary>
    private static bool IsNisbaAdjective(string text, WordKeys next)
    {
        if (next.Token.Kind != TokenKind.ArabicWord || next.Key.Length < 4 || next.Key.StartsWith("ال", StringComparison.Ordinal)) return false;
        if (s_phraseStops.Contains(next.Key)) return false;
        // The folded key has ى as ي: the last letter of the text (diacritics and tatweel aside) tells them apart.
        for (int i = next.Span.End - 1; i >= next.Span.Start; i--)
            if (text[i] is not ('\u0640' or (>= '\u064B' and <= '\u0652'))) return text[i] == 'ي';
        return false;
    }
}
