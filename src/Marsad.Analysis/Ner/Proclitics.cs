using static Marsad.Text.ArabicLetters;

namespace Marsad.Analysis.Ner;

/// <summary>
/// The proclitics of a folded Arabic word: conjunctions و ف, prepositions ب ك ل and the article ال (لل = ل + ال).
/// A small private stripper: enough for tagger features and for trimming a name's span; it errs towards keeping
/// letters when the rest would be too short to be a word (وليد, فلسطين are handled by the caller's lexicon).
/// </summary>
internal static class Proclitics
{
    /// <summary>Which clitics <see cref="StemStart"/> removed, as bits: 1 conjunction, 2 preposition, 4 article.</summary>
    public const int Conjunction = 1, Preposition = 2, Article = 4;

    /// <summary>Start of the stem: after conjunction, preposition and article (والكتاب → كتاب, للأمم → أمم).</summary>
    public static int StemStart(ReadOnlySpan<char> w, out int pattern)
    {
        pattern = 0;
        int i = 0;
        if (w.Length - i > 3 && w[i] is Waw or Feh) { i++; pattern |= Conjunction; }
        if (w.Length - i >= 4 && w[i] == Lam && w[i + 1] == Lam) { i += 2; pattern |= Preposition | Article; }
        else if (w.Length - i >= 5 && w[i] is Beh or Kaf or Lam && w[i + 1] == Alef && w[i + 2] == Lam) { i += 3; pattern |= Preposition | Article; }
        else if (w.Length - i >= 4 && w[i] == Alef && w[i + 1] == Lam) { i += 2; pattern |= Article; }
        return i;
    }

    /// <summary>
    /// Start of the name inside a word whose clitics sure to be clitics: (و|ف)?(ب|ك|ل)? before ال
    /// (وبالقاهرة → القاهرة) and the first ل of لل (للأمم → لأمم, whose ل is the article's). -1 when no such prefix.
    /// </summary>
    public static int ArticleNameStart(ReadOnlySpan<char> w)
    {
        int i = 0;
        if (w.Length > 3 && w[0] is Waw or Feh) i = 1;
        if (w.Length - i >= 4 && w[i] == Lam && w[i + 1] == Lam) return i + 1;
        if (w.Length - i >= 5 && w[i] is Beh or Kaf or Lam && w[i + 1] == Alef && w[i + 2] == Lam) return i + 1;
        if (i > 0 && w.Length - i >= 4 && w[i] == Alef && w[i + 1] == Lam) return i;
        return -1;
    }

    /// <summary>Length of a leading conjunction/preposition that may be a clitic (ambiguous with the name's own letters).</summary>
    public static bool MayStartWithClitic(ReadOnlySpan<char> w) => w.Length >= 4 && w[0] is Waw or Feh or Beh or Kaf or Lam;
}
