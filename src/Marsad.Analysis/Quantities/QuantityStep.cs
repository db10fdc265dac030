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
        var numbers = NumberRecognizer.Recognize(text, folded);
        // the figure each number became (by its index), and the bare numbers that open a list or range («من 15 إلى 20%»)
        var figureOf = new Dictionary<int, Quantity>();
        var listed = new List<(int Index, int Start, string? Approx)>();
        for (int ni = 0; ni < numbers.Count; ni++)
        {
            var n = numbers[ni];
            // «المنتخبات الثلاثة», «العشرة أندية»: a definite cardinal, which the number reader gives as a rank
            bool definite = n.Kind == NumberKind.Ordinal && IsDefiniteCardinal(key, keyIndex[n.Span.Start], keyIndex[n.Span.End]);
            if (n.Kind is not (NumberKind.Cardinal or NumberKind.Percent) && !definite) continue;
            if (IsInsideName(text, n.Span)) continue;
            int ks = keyIndex[n.Span.Start], ke = keyIndex[n.Span.End];
            // «المجموعة 5» is a reference, «ما مجموعه 500 ريال» a figure
            if (AfterReferenceWord(key, ks) && Approximators.Before(key, ks) is null) continue;
            double value = n.Value;
            // An age is a figure in years though the time layer reads a duration there («البالغ من العمر 26 عاماً»).
            int ageEnd = n.Kind == NumberKind.Cardinal || definite ? Ages.End(key, ks, ke) : -1;
            if (ageEnd < 0 && excluded.Overlaps(n.Span)) continue;
            // «(118051) قرضاً», «(174) مليون ريال»: digits in parentheses, then what they count or the scale word
            int afterParenthesis = ks > 0 && key[ks - 1] == '(' || ks > 1 && key[ks - 1] == ' ' && key[ks - 2] == '(' ? ClosingParenthesisAfter(key, ke) : -1;
            if (ageEnd < 0 && afterParenthesis >= 0 && n.Kind == NumberKind.Cardinal)
            {
                bool nextThere = ni + 1 < numbers.Count && keyIndex[numbers[ni + 1].Span.Start] == afterParenthesis;
                if (nextThere && ScaleWord(key, numbers[ni + 1], keyIndex) is { } scale)
                {
                    value *= scale;
                    ke = keyIndex[numbers[++ni].Span.End];
                }
                else if (nextThere) continue; // «(97) سبعة وتسعين موقوفاً»: the figure is the one written in words
                else ke = afterParenthesis;
            }

            // «كيلومتر واحد», «عسكريين تركيين اثنين»: one and two follow what they count, as adjectives. «One» is a figure
            // only of a measure or a sum («مسجد واحد» is "a single mosque").
            if (value is 1 or 2 && n.Kind == NumberKind.Cardinal && !definite && ageEnd < 0 && !ContainsDigit(key, ks, ke)
                && ListedNounBefore(key, ks) is { } counted1 && (value == 2 || IsMeasure(counted1.Unit)))
            {
                result.Add(figureOf[ni] = new Quantity(TextSpan.FromBounds(folded.ToSource(counted1.Start), n.Span.End), value, counted1.Unit, null, counted1.Of));
                continue;
            }
            // «إحدى المدارس», «أحد المشاركين», «واحد من» say "one of": one thing is counted by a numeral after it («مباراة واحدة»)
            if (value == 1 && n.Kind != NumberKind.Percent && !ContainsDigit(key, ks, ke)) continue;
            string? unit = null, of = null;
            int end = n.Span.End, keyEnd = ke;
            if (ageEnd >= 0) { unit = "year"; keyEnd = ageEnd; end = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(ke, ageEnd)).End; }
            else if (n.Kind == NumberKind.Percent) unit = "percent";
            else if (CurrencySymbol(text, n.Span) is { } sym) { unit = sym.Unit; end = Math.Max(end, sym.End); }
            else if (!IsYear(value) && GluedMetres(key, ke) is { } metres) // «3,57م», «(12,5)م», «12000م2»: Gulf news writes metres glued to the digits
            {
                unit = metres.Unit;
                keyEnd = metres.End;
                end = folded.ToSource(metres.End - 1) + 1;
            }
            else
            {
                var words = WordsAfter(key, ke, 3, out var wordEnds);
                // «آلاف من اللاجئين», «ملايين من الدولارات»
                int skip = words.Count > 1 && words[0] == "من" ? 1 : 0;
                if (QuantityLexicon.Match(words.Skip(skip).ToList()) is { } counted)
                {
                    unit = counted.Unit;
                    of = counted.Of;
                    keyEnd = wordEnds[skip + counted.Words - 1];
                }
                // after a definite numeral only a listed word is what it counts («العشرة أندية»; «الثلاث لحضور» is none)
                else if (definite) { }
                else if (skip == 1 && QuantityLexicon.MatchPossessed(words[1]) is { } possessed) // «ثلاثة من أبنائها»
                {
                    unit = possessed.Unit;
                    of = possessed.Of;
                    keyEnd = wordEnds[1];
                    // a plural in construct takes its possessor along: «ثلاثة من مندوبي الدول»
                    if (words[1].EndsWith('ي') && words.Count > 2 && words[2].StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) keyEnd = wordEnds[2];
                }
                else if (CountedNoun(words, skip) is { } noun)
                {
                    // the unit list is a fallback, not a gate: a numeral counts the noun after it («7 عبوات», «26 شاعراً»,
                    // «400 من الانفصاليين»); the unit is that noun as the text writes it until the list knows it
                    keyEnd = wordEnds[skip];
                    int keyStart = keyEnd - noun.Length; // after ال in a partitive
                    unit = IsPeopleNisba(noun) ? "person"
                        : ArabicFolder.Fold(folded.ToSource(keyStart, keyEnd).Slice(text), FoldOptions.Diacritics | FoldOptions.Tatweel | FoldOptions.FormatMarks);
                }
                if (unit is not null) end = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(ke, keyEnd)).End;
            }
            int start = n.Span.Start;
            if (unit is null && definite && NounBefore(key, ks) is { } before)
            {
                // the numeral follows what it counts as an adjective: «أولاده الثلاثة»
                unit = before.Unit ?? (IsPeopleNisba(before.Noun) ? "person"
                    : ArabicFolder.Fold(folded.ToSource(before.Start, before.End).Slice(text), FoldOptions.Diacritics | FoldOptions.Tatweel | FoldOptions.FormatMarks));
                of = before.Of;
                start = folded.ToSource(before.Start);
            }
            if (unit is null)
            {
                // a bare number is not a figure, unless the next one in a list or range says what both count («بين 30 و60 مليون ريال»)
                if (ageEnd < 0 && !definite && ni + 1 < numbers.Count && RangeLinked(key, ke, keyIndex[numbers[ni + 1].Span.Start]))
                    listed.Add((ni, Approximators.Before(key, ks) is { } la ? folded.ToSource(la.Start) : start, Approximators.Before(key, ks)?.Approx));
                continue;
            }
            string? approx = null;
            if (Approximators.Before(key, ks) is { } a)
            {
                approx = a.Approx;
                start = folded.ToSource(a.Start);
            }
            // What follows the counted word belongs to the figure: its adjectives («16 دولة أوروبية») and a bound
            // written after it («27 شخصاً على الأقل»).
            if (ageEnd < 0 && unit != "percent" && end > n.Span.End)
            {
                int extended = Adjectives.After(key, keyEnd);
                if (Approximators.After(key, extended) is { } b)
                {
                    approx ??= b.Approx;
                    extended = b.End;
                }
                if (extended > keyEnd) end = NumberRecognizer.WithTrailingMarks(text, folded.ToSource(keyEnd, extended)).End;
            }
            var span = TextSpan.FromBounds(start, end);
            result.Add(figureOf[ni] = new Quantity(span, value, unit, approx == Approximators.Exact ? null : approx, of));
        }
        // from the end, so that «3 و5 و9 سنوات» passes the unit back along the list
        for (int li = listed.Count - 1; li >= 0; li--)
        {
            var (index, start, approx) = listed[li];
            if (!figureOf.TryGetValue(index + 1, out var next)) continue;
            var n = numbers[index];
            // «بين 14 إلى 19 مليون»: the scale word written once belongs to both ends
            double value = n.Value;
            double nextScale = TrailingScale(key, numbers[index + 1], keyIndex);
            if (nextScale > 1 && value < nextScale && TrailingScale(key, n, keyIndex) == 1)
            {
                // a range rises to its second end: «ميزانية 2015 إلى 30 مليار» is a year, then a sum
                if (value > numbers[index + 1].Value / nextScale) continue;
                value *= nextScale;
            }
            result.Add(figureOf[index] = new Quantity(TextSpan.FromBounds(start, n.Span.End), value, next.Unit, approx == Approximators.Exact ? null : approx, next.Of));
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
            // what a partitive counts is a plural of countable things («400 من الانفصاليين»); «كمية من النفط» is none
            if (!(w.EndsWith("ين", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal) || w.EndsWith("ات", StringComparison.Ordinal))) return null;
        }
        else if (w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) return null;
        // a preposition with the article («للأسهم», «بالإضافة», «كالعادة») opens a phrase of its own: what a numeral
        // counts follows it bare (a stem of four letters or more, so that «بالغين» stays a noun)
        else if (w.StartsWith("لل", StringComparison.Ordinal) && w.Length >= 6
            || (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("كال", StringComparison.Ordinal)) && w.Length >= 7) return null;
        // «اثنين وجرح أربعة», «3 ولعب»: a word that opens with و after a numeral starts the next clause (واق is a noun)
        if (w[0] == 'و' && w.Length > 3) return null;
        // a month or unit of time makes a date or duration the time layer reads (also when it did not)
        if (w.Length < 3 || QuantityLexicon.NotCounted(w) || Times.TimeLexicon.TryMonth(w, out _) || Times.TimeLexicon.Units.ContainsKey(w)) return null;
        return w;
    }

    /// <summary>
    /// A nisba in the plural or the singular after a count names people of a country, a sect or a party: «10 آلاف
    /// لبناني», «300 سوريين». A bare ي also ends broken plurals of things (كراسي، أراضي), whose third letter is ا.
    /// </summary>
    private static bool IsPeopleNisba(string noun) =>
        noun.EndsWith("يين", StringComparison.Ordinal) || noun.EndsWith("يون", StringComparison.Ordinal)
        || noun.Length >= 5 && (noun.EndsWith('ي') || noun.EndsWith("يا", StringComparison.Ordinal)) && noun[2] != 'ا' && noun[0] is not ('ي' or 'ت' or 'ن');

    /// <summary>م (metre) or م2 (square metre) glued to the digits or to their closing parenthesis, alone as a word.</summary>
    private static (string Unit, int End)? GluedMetres(string key, int index)
    {
        int i = index;
        if (i < key.Length && key[i] == ')') i++;
        // «50 ألف م3»: apart from the digits only with its power, since a lone م after a number is the era mark (2015 م)
        bool apart = i < key.Length && key[i] == ' ';
        if (apart) i++;
        if (i >= key.Length || key[i] != 'م') return null;
        int e = i + 1;
        string unit = "m";
        if (e < key.Length && key[e] is '2' or '²') { unit = "m2"; e++; }
        else if (e < key.Length && key[e] is '3' or '³') { unit = "m3"; e++; }
        else if (apart) return null;
        if (e < key.Length && (char.IsLetterOrDigit(key[e]))) return null;
        return (unit, e);
    }

    /// <summary>Whether the key [start, end) is ال and a cardinal (الثلاثة، العشرة، الست), not a rank (الثالث).</summary>
    private static bool IsDefiniteCardinal(string key, int start, int end)
    {
        if (end - start < 4 || string.CompareOrdinal(key, start, ArabicLetters.Article, 0, 2) != 0) return false;
        var word = key.Substring(start + 2, end - start - 2);
        if (word.Contains(' ', StringComparison.Ordinal) && !ContainsDigit(word, 0, word.Length)) return false; // «الخامسة عشرة» is a rank, «الـ90 ألف» a count
        var bare = NumberRecognizer.Recognize(word);
        return bare.Count == 1 && bare[0].Kind == NumberKind.Cardinal;
    }

    /// <summary>
    /// The definite or possessed noun right before a numeral («المنتخبات الثلاثة», «أولاده الثلاثة»), with its unit when
    /// the list knows it; not a time word or a word that counts nothing.
    /// </summary>
    private static (string Noun, int Start, int End, string? Unit, string? Of)? NounBefore(string key, int index, int adjectives = 2)
    {
        int e = index;
        while (e > 0 && key[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && char.IsLetter(key[s - 1])) s--;
        if (e - s < 4) return null;
        string w = key[s..e];
        // «المحطات النووية الأربع», «اللاعبين السعوديين الثلاثة»: a definite relative adjective stands between the noun
        // and its numeral when a definite word comes before it; alone («قتل السوريين الثلاثة») the nisba is the noun
        if (adjectives > 0 && IsDefiniteRelativeAdjective(w) && DefiniteWordBefore(key, s) && NounBefore(key, s, adjectives - 1) is { } headNoun)
            return headNoun;
        if (QuantityLexicon.Match([w]) is { } listed) return (w, s, e, listed.Unit, listed.Of);
        if (QuantityLexicon.MatchPossessed(w) is { } possessed) return (w, s, e, possessed.Unit, possessed.Of);
        if (!w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) return null;
        // «حروب الخليج الثلاثة»: after a construct the numeral agrees with its head, a listed noun or a sound plural
        // before a genitive that is not itself plural (the possessor of the things counted)
        if (!IsSoundPlural(w) && ConstructHead(key, s) is { } head) return head;
        string noun = w[2..];
        if (noun.Length < 3 || QuantityLexicon.NotCounted(noun) || Times.TimeLexicon.TryMonth(noun, out _) || Times.TimeLexicon.Units.ContainsKey(noun)) return null;
        return (noun, s + 2, e, null, null);
    }

    private static bool DefiniteWordBefore(string key, int index)
    {
        int e = index;
        while (e > 0 && key[e - 1] == ' ') e--;
        if (e == index) return false;
        int s = e;
        while (s > 0 && char.IsLetter(key[s - 1])) s--;
        return e - s >= 4 && key.AsSpan(s).StartsWith(ArabicLetters.Article, StringComparison.Ordinal);
    }

    private static bool IsDefiniteRelativeAdjective(string w) =>
        w.Length >= 6 && w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)
        && (w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يين", StringComparison.Ordinal) || w.EndsWith("يون", StringComparison.Ordinal) || w.EndsWith('ي'))
        && w[^2] != 'ا'; // «الثماني», «الأراضي»: a broken plural or a numeral, not a nisba

    /// <summary>The head of a construct whose genitive starts at <paramref name="genitiveStart"/>: the indefinite word before it, when listed or a sound plural.</summary>
    private static (string Noun, int Start, int End, string? Unit, string? Of)? ConstructHead(string key, int genitiveStart)
    {
        int e = genitiveStart;
        while (e > 0 && key[e - 1] == ' ') e--;
        if (e == genitiveStart) return null;
        int s = e;
        while (s > 0 && char.IsLetter(key[s - 1])) s--;
        if (e - s < 3 || s > 0 && !char.IsWhiteSpace(key[s - 1])) return null;
        string w = key[s..e];
        if (w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) || QuantityLexicon.NotCounted(w)) return null;
        if (QuantityLexicon.Match([w]) is { } listed) return (w, s, e, listed.Unit, listed.Of);
        return IsSoundPlural(w) && w.Length >= 5 ? (w, s, e, null, null) : null;
    }

    private static bool IsSoundPlural(string w) =>
        w.EndsWith("ات", StringComparison.Ordinal) || w.EndsWith("ين", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal);

    /// <summary>
    /// The listed noun right before a numeral one or two («كيلومتر واحد»), past up to two relative adjectives
    /// («عسكريين تركيين اثنين»); indefinite, since a definite noun before a number is a name or a rank («المادة 2»).
    /// </summary>
    private static (int Start, string Unit, string? Of)? ListedNounBefore(string key, int index)
    {
        int e = index;
        for (int hop = 0; hop < 3; hop++)
        {
            while (e > 0 && key[e - 1] == ' ') e--;
            int s = e;
            while (s > 0 && char.IsLetter(key[s - 1])) s--;
            if (e - s < 3) return null;
            string w = key[s..e];
            if (w.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) return null;
            if (QuantityLexicon.Match([w]) is { } listed) return (s, listed.Unit, listed.Of);
            // a relative adjective (تركي، تركيين، تركية) may stand between the noun and the numeral
            if (!(w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يين", StringComparison.Ordinal) || w.EndsWith("يون", StringComparison.Ordinal))) return null;
            e = s;
        }
        return null;
    }

    private static readonly HashSet<string> s_measures = new(StringComparer.Ordinal)
        { "km", "km2", "m", "m2", "m3", "kg", "g", "ton", "l", "barrel", "MW", "hectare", "mile", "dunam", "feddan", "inch" };

    /// <summary>Whether a unit measures (a length, a weight, a sum of money: ISO 4217 codes are three capitals) rather than counts.</summary>
    private static bool IsMeasure(string unit) =>
        s_measures.Contains(unit) || unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Whether a number ending at key index <paramref name="end"/> is joined to the next one, starting at
    /// <paramref name="next"/>, as a list or range: «15 إلى 20»، «20 - 28»، «30 و60»، «3 و5».
    /// </summary>
    private static bool RangeLinked(string key, int end, int next)
    {
        int i = end;
        while (i < key.Length && key[i] == ' ') i++;
        if (i >= next) return false;
        int j = i;
        if (key[i] is '-' or '–' or '—') j = i + 1;
        else if (key[i] == 'و') j = i + 1;
        else
        {
            while (j < key.Length && char.IsLetter(key[j])) j++;
            var word = key.AsSpan(i, j - i);
            if (!(word.SequenceEqual("الي") || word.SequenceEqual("حتي"))) return false;
        }
        while (j < key.Length && key[j] == ' ') j++;
        // the next number starts there, or its own span holds the و («وخمسين»)
        return j == next || next == i && key[i] == 'و';
    }

    /// <summary>The scale word a number ends with («60 مليون» → 1e6), else 1.</summary>
    private static double TrailingScale(string key, NumberMatch m, int[] keyIndex)
    {
        int s = keyIndex[m.Span.Start], e = keyIndex[m.Span.End];
        int w = e;
        while (w > s && char.IsLetter(key[w - 1])) w--;
        if (w == e) return 1;
        double? v = NumberRecognizer.ValueOf(key[w..e]);
        return v is 1e3 or 1e6 or 1e9 or 1e12 && w > s ? v.Value : 1;
    }

    /// <summary>«2015م» is a year of the common era (م), when the time layer has not taken it.</summary>
    private static bool IsYear(double value) => value is >= 1800 and <= 2100 && value == Math.Floor(value);

    private static bool ContainsDigit(string key, int start, int end) => key.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>The key index after a closing parenthesis right after <paramref name="index"/> (spaces skipped), or -1.</summary>
    private static int ClosingParenthesisAfter(string key, int index)
    {
        int i = index;
        while (i < key.Length && key[i] == ' ') i++;
        if (i >= key.Length || key[i] != ')') return -1;
        i++;
        while (i < key.Length && key[i] == ' ') i++;
        return i;
    }

    /// <summary>The value of a number that is one scale word (مليون، ملايين، مليار، ألف), or null.</summary>
    private static double? ScaleWord(string key, NumberMatch m, int[] keyIndex)
    {
        if (m.Kind is not (NumberKind.Cardinal or NumberKind.Indefinite) || m.Value is not (1e3 or 1e6 or 1e9 or 1e12)) return null;
        var word = key.AsSpan(keyIndex[m.Span.Start], keyIndex[m.Span.End] - keyIndex[m.Span.Start]);
        foreach (char c in word) if (!char.IsLetter(c)) return null;
        return m.Value;
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
        // a tatweel only stretches the proclitic it follows («بـ5 ريالات», «لـ300 طالب»)
        int b = span.Start;
        while (b > 0 && text[b - 1] == ArabicLetters.Tatweel) b--;
        char before = b > 0 ? text[b - 1] : ' ';
        char after = span.End < text.Length ? text[span.End] : ' ';
        if (char.IsAsciiLetter(before) || char.IsAsciiLetter(after)) return true;
        // نيوز3 is a name; و300 and بمليون carry a one-letter proclitic (وبـ، ولـ two)
        if (char.IsLetter(before) && !(before is 'و' or 'ب' or 'ل' or 'ف' or 'ك'
            && (b < 2 || !char.IsLetter(text[b - 2]) || text[b - 2] is 'و' or 'ف' && (b < 3 || !char.IsLetter(text[b - 3]))))) return true;
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
