using Marsad.Analysis.Pipeline;
using Marsad.Text;
using Marsad.Text.Lexicons;
using Marsad.Text.Numbers;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Quantities;

/// <summary>
/// The Quantity layer: figures that count or measure something — a number followed by a counted word (قتيل، لاجئ،
/// دولار، كيلومتر) or a percentage — with approximators (نحو ~، أكثر من &gt;). Numbers inside time expressions,
/// credit lines, names (F16، نيوز3), references (القرار 2216، المادة 5، رقم) and ranks are not figures.
/// </summary>
public sealed class QuantityStep : IAnalysisStep
{
    public string Name => "quantities";
    public IReadOnlyList<Type> Requires => [typeof(TimeExpression), typeof(CreditLine)];
    public IReadOnlyList<Type> Optional => [typeof(ArticleWords), typeof(Token), typeof(Boilerplate)];
    public IReadOnlyList<Type> Produces => [typeof(Quantity)];

    // Data/reference-words.txt, matched as written (the entries are folded keys).
    private static readonly HashSet<string> s_referenceWords =
        LexiconReader.ResourceWords(typeof(QuantityStep).Assembly, "Marsad.Analysis.Quantities.reference-words.txt").ToHashSet(StringComparer.Ordinal);

    public void Run(Document document)
    {
        string text = document.Text;
        var folded = ArticleWords.Of(document).FullText;
        string key = folded.Key;
        var excluded = new TextCoverage(text.Length, document.Layer<TimeExpression>().Select(t => t.Span)
            .Concat(document.Layer<CreditLine>().Select(c => c.Span)).Concat(document.Layer<Boilerplate>().Select(b => b.Span)));
        var result = new List<Quantity>();
        var keyIndex = KeyIndex(folded, text.Length);
        foreach (var n in NumberRecognizer.Recognize(text, folded))
        {
            if (n.Kind is not (NumberKind.Cardinal or NumberKind.Percent)) continue;
            if (excluded.Overlaps(n.Span)) continue;
            if (IsInsideName(text, n.Span)) continue;
            int ks = keyIndex[n.Span.Start], ke = keyIndex[n.Span.End];
            if (AfterReferenceWord(key, ks)) continue;

            string? unit = null, of = null;
            int end = n.Span.End;
            if (n.Kind == NumberKind.Percent) unit = "percent";
            else if (CurrencySymbol(text, n.Span) is { } sym) { unit = sym.Unit; end = Math.Max(end, sym.End); }
            else
            {
                var words = WordsAfter(key, ke, 3, out var wordEnds);
                // «آلاف من اللاجئين», «ملايين من الدولارات»
                int skip = words.Count > 1 && words[0] == "من" ? 1 : 0;
                if (QuantityLexicon.Match(words.Skip(skip).ToList()) is { } counted)
                {
                    unit = counted.Unit;
                    of = counted.Of;
                    end = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(ke, wordEnds[skip + counted.Words - 1])).End;
                }
                else if (n.Value != 1 && CountedNoun(words, skip) is { } noun) // «إحدى», «واحد من» say "one of", not a count
                {
                    // the unit list is a fallback, not a gate: a numeral counts the noun after it («7 عبوات», «26 شاعراً»,
                    // «400 من الانفصاليين»); the unit is that noun as the text writes it until the list knows it
                    end = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(ke, wordEnds[skip])).End;
                    int keyEnd = wordEnds[skip], keyStart = keyEnd - noun.Length; // after ال in a partitive
                    unit = ArabicFolder.Fold(folded.ToSource(keyStart, keyEnd).Slice(text), FoldOptions.Diacritics | FoldOptions.Tatweel | FoldOptions.FormatMarks);
                }
            }
            if (unit is null) continue; // a bare number is not a figure
            int start = n.Span.Start;
            string? approx = null;
            if (Approximators.Before(key, ks) is { } a)
            {
                approx = a.Approx;
                start = folded.ToSource(a.Start);
            }
            var span = TextSpan.FromBounds(start, end);
            result.Add(new Quantity(span, n.Value, unit, approx, of));
        }
        document.SetLayer(result.OrderBy(q => q.Span.Start).ToArray());
    }

    /// <summary>
    /// The noun a numeral counts: the next word when it is an indefinite noun (a definite one after «من»), not a
    /// particle, a time word (durations and dates belong to the time layer) or a scale word.
    /// </summary>
    private static string? CountedNoun(List<string> words, int skip)
    {
        if (words.Count <= skip) return null;
        string w = words[skip];
        if (skip == 1)
        {
            if (!w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) || w.Length < 5) return null;
            w = w[2..];
        }
        else if (w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) return null;
        // a month or unit of time makes a date or duration the time layer reads (also when it did not)
        if (w.Length < 3 || QuantityLexicon.NotCounted(w) || Times.TimeLexicon.TryMonth(w, out _) || Times.TimeLexicon.Units.ContainsKey(w)) return null;
        return w;
    }

    /// <summary>Source index → key index (the first key position at or after it).</summary>
    private static int[] KeyIndex(FoldedText folded, int length)
    {
        var map = new int[length + 1];
        int k = folded.Key.Length;
        for (int s = length; s >= 0; s--)
        {
            while (k > 0 && folded.ToSource(k - 1) >= s) k--;
            map[s] = k;
        }
        return map;
    }

    /// <summary>Digits glued to Latin letters or a hyphenated model name (F16، S-400، نيوز3) belong to a name.</summary>
    private static bool IsInsideName(string text, TextSpan span)
    {
        char before = span.Start > 0 ? text[span.Start - 1] : ' ';
        char after = span.End < text.Length ? text[span.End] : ' ';
        if (char.IsAsciiLetter(before) || char.IsAsciiLetter(after)) return true;
        // نيوز3 is a name; و300 and بمليون carry a one-letter proclitic
        if (char.IsLetter(before) && !(before is 'و' or 'ب' or 'ل' or 'ف' or 'ك' && (span.Start < 2 || !char.IsLetter(text[span.Start - 2])))) return true;
        if (before == '-' && span.Start > 1 && char.IsAsciiLetter(text[span.Start - 2])) return true;
        return false;
    }

    private static (string Unit, int End)? CurrencySymbol(string text, TextSpan span)
    {
        static string? Unit(char c) => c switch { '$' => "USD", '€' => "EUR", '£' => "GBP", '¥' => "JPY", _ => null };
        if (span.End < text.Length && Unit(text[span.End]) is { } after) return (after, span.End + 1);
        if (span.Start > 0 && Unit(text[span.Start - 1]) is { } before) return (before, span.End);
        return null;
    }

    /// <summary>Whether the word before a key index, read with or without its proclitics (للقرار، وبالمادة), is a reference word.</summary>
    private static bool AfterReferenceWord(string key, int index)
    {
        int e = index;
        while (e > 0 && key[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(key[s - 1])) s--;
        var w = key.AsSpan(s, e - s);
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(w, readings, 3);
        for (int i = 0; i < n; i++)
            if (s_referenceWords.Contains(w[readings[i].Start..].ToString())) return true;
        return false;
    }

    /// <summary>Up to <paramref name="max"/> words right after a key index, stopping at punctuation.</summary>
    private static List<string> WordsAfter(string key, int index, int max, out List<int> ends)
    {
        var words = new List<string>(max);
        ends = new List<int>(max);
        int i = index;
        while (words.Count < max)
        {
            while (i < key.Length && key[i] == ' ') i++;
            int s = i;
            while (i < key.Length && char.IsLetter(key[i])) i++;
            if (i == s) break;
            words.Add(key[s..i]);
            ends.Add(i);
        }
        return words;
    }
}
