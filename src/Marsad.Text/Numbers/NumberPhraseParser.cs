namespace Marsad.Text.Numbers;

/// <summary>A number found in the folded key, before its span is mapped back to the original text.</summary>
internal readonly record struct KeyNumber(int KeyStart, int KeyEnd, double Value, NumberKind Kind, string? Relative = null);

/// <summary>
/// Reads one number phrase starting at a piece. Word phrases follow Arabic order: units before tens
/// (واحد وعشرون), hundreds and scales first (ألف وتسعمائة وثمانية وسبعون), و between the parts; a part is
/// joined only when it fills an empty place, so «ثلاثمائة ومائتين» and «300 و212» stay two numbers.
/// </summary>
internal sealed class NumberPhraseParser(string key, List<NumberPiece> pieces)
{
    private const int UnitsPlace = 1, TensPlace = 2, HundredsPlace = 4, AllPlaces = 7;

    public bool TryRead(int i, out KeyNumber number, out int next)
    {
        number = default;
        next = i + 1;
        var p = pieces[i];
        if (p.Kind == PieceKind.Word && IsPercentPrefix(i) && i + 1 < pieces.Count && TryNumber(i + 1, out var pn, out next) && pn.Kind == NumberKind.Cardinal)
        {
            // «نسبة ١٠», «بالمائة 10»: the percentage named before the number.
            number = pn with { KeyStart = p.Start, Kind = NumberKind.Percent };
            return true;
        }
        if (p.Kind == PieceKind.Word && !p.IsNumberWord)
        {
            if (TryRelativeOrdinal(i, out number, out next)) return true;
            if (IsWordIn(i, PhraseWords.Negative))
            {
                if (i + 1 < pieces.Count && TryNumber(i + 1, out var n, out next) && n.Kind is NumberKind.Cardinal or NumberKind.Percent or NumberKind.Fraction)
                {
                    number = n with { KeyStart = p.Start, Value = -n.Value };
                    return true;
                }
                return false;
            }
            return false;
        }
        if (p.Kind == PieceKind.Other)
        {
            // A minus sign glued to the digits, after a space or at the start: -1, -9.23
            if (key[p.Start] is '-' or '−' && p.SpaceBefore | i == 0 && i + 1 < pieces.Count && pieces[i + 1].Kind == PieceKind.Digits && !pieces[i + 1].SpaceBefore
                && TryNumber(i + 1, out var neg, out next) && neg.Kind is NumberKind.Cardinal or NumberKind.Fraction or NumberKind.Percent)
            {
                number = neg with { KeyStart = p.Start, Value = -neg.Value };
                return true;
            }
            return false;
        }
        return TryNumber(i, out number, out next);
    }

    private bool TryNumber(int i, out KeyNumber number, out int next)
    {
        if (!TryPhrase(i, out number, out next)) return false;
        if (number.Kind is NumberKind.Cardinal && TryPercentSuffix(next, out int end, out int after))
        {
            number = number with { KeyEnd = end, Kind = NumberKind.Percent };
            next = after;
        }
        return true;
    }

    private bool TryPhrase(int i, out KeyNumber number, out int next)
    {
        number = default;
        next = i + 1;
        var p = pieces[i];
        int keyStart = p.Start;
        double total = 0, group = 0, lastScale = double.MaxValue;
        int places;
        bool ordinal = false, words = false, fractionOnly = false;
        int k = i;

        if (p.Kind == PieceKind.Digits)
        {
            // الـ6، ال١٩٢: the article glued to digits makes a rank.
            if (i > 0 && !p.SpaceBefore && pieces[i - 1].Kind == PieceKind.Word && EndsWithArticle(pieces[i - 1]))
            {
                ordinal = true;
                keyStart = pieces[i - 1].End - 2;
            }
            if (TrySlashFraction(i, out number, out next)) return true;
            if (p.IsInteger && i + 1 < pieces.Count && pieces[i + 1].SpaceBefore && TrySlashFraction(i + 1, out var part, out next))
            {
                // 2 1/4
                number = new KeyNumber(keyStart, part.KeyEnd, p.Value + part.Value, NumberKind.Cardinal);
                return true;
            }
            group = p.Value;
            places = p.IsInteger && p.Value < 10 ? UnitsPlace : AllPlaces;
        }
        else if (p.Kind == PieceKind.Word && p.IsNumberWord)
        {
            words = true;
            keyStart = p.Start + p.Prefix;
            var w = p.Word;
            if (p.Definite) ordinal = true;
            switch (w.Role)
            {
                case WordRole.Unit:
                    if (IsBareAhad(i) && !IsRole(i + 1, WordRole.Teen)) return false;
                    if (w.FractionAlt > 0 && TryAmbiguousFraction(i, keyStart, out number, out next)) return true;
                    group = w.Value; places = UnitsPlace; break;
                case WordRole.Teen:
                    if (w.FractionAlt > 0 && TryAmbiguousFraction(i, keyStart, out number, out next)) return true;
                    group = 10; places = TensPlace; break;
                case WordRole.Ten: group = w.Value; places = TensPlace; break;
                case WordRole.Hundred: group = w.Value; places = HundredsPlace; break;
                case WordRole.HundredBare: group = 100; places = HundredsPlace; break;
                case WordRole.Scale:
                    if (w.Value >= 1000 && IsPluralScale(p))
                    {
                        // آلاف، ملايين، الملايين alone: an order of magnitude, not a count.
                        number = new KeyNumber(keyStart, p.End, w.Value, NumberKind.Indefinite);
                        return true;
                    }
                    total = w.Value; lastScale = w.Value; places = 0; break;
                case WordRole.ScaleDual:
                case WordRole.ScaleDualOrSingular:
                    total = w.Role == WordRole.ScaleDual ? w.Value : 2 * w.Value; lastScale = w.Role == WordRole.ScaleDual ? w.Value / 2 : w.Value; places = 0; break;
                case WordRole.Fraction:
                    group = w.Value; places = AllPlaces; fractionOnly = true; break;
                case WordRole.Ordinal:
                    if (!p.Definite && w.Value != 1) return false; // ثانية is also "a second"; only أول ranks without the article
                    ordinal = true; group = w.Value; places = UnitsPlace | (w.Value == 10 ? TensPlace : 0); break;
                case WordRole.Indefinite:
                    number = new KeyNumber(keyStart, p.End, w.Value, NumberKind.Indefinite);
                    return true;
                default: return false;
            }
        }
        else return false;

        int end = p.End;
        double fraction = 0;
        bool done = false;
        k = i + 1;
        int prevIndex = i;
        while (!done && k < pieces.Count)
        {
            var q = pieces[k];
            bool waw = false;
            int qi = k;
            if (q.Kind == PieceKind.Word && !q.IsNumberWord && q.End - q.Start == 1 && key[q.Start] == 'و' && k + 1 < pieces.Count)
            {
                waw = true;
                qi = k + 1;
                q = pieces[qi];
            }
            else if (q.HasWaw(key)) waw = true;

            var prev = pieces[prevIndex];
            if (q.Kind == PieceKind.Other) break;

            if (!waw)
            {
                if (!q.SpaceBefore && q.Kind != prev.Kind) break; // ال6 and 10دولار are not phrases
                if (q.Kind == PieceKind.Word && q.IsNumberWord && q.Prefix == 0)
                {
                    var w = q.Word;
                    if (w.Role == WordRole.Teen && prev.Kind == PieceKind.Word && prev.IsNumberWord && prev.Word.Role is WordRole.Unit or WordRole.Ordinal && prev.Word.Value is >= 1 and <= 9 && (places & TensPlace) == 0)
                    {
                        group += 10; places |= TensPlace; end = q.End; prevIndex = k; k++; continue;
                    }
                    if (w.Role == WordRole.HundredBare && group is > 0 and < 1000 && (prev.Kind == PieceKind.Digits || places == UnitsPlace))
                    {
                        group *= 100; places = HundredsPlace; end = q.End; prevIndex = k; k++; continue;
                    }
                    if (w.Role is WordRole.Scale or WordRole.ScaleDualOrSingular && (group > 0 || total > 0) && (!q.Definite || ordinal))
                    {
                        double scale = w.Value;
                        if (group > 0)
                        {
                            if (total > 0 && scale > lastScale) total = (total + group) * scale;
                            else if (total > 0 && scale >= lastScale) break;
                            else total += group * scale;
                        }
                        else if (scale > lastScale) total *= scale;
                        else break;
                        group = 0; lastScale = scale; places = 0; end = q.End; prevIndex = k; k++; continue;
                    }
                    if (words && w.Role == WordRole.FractionPlural || words && w.Role == WordRole.Unit && w.FractionAlt > 0 && prev.Kind == PieceKind.Word && group + total > 0 && !fractionOnly)
                    {
                        // ثلاثة أرباع، ثلاث وعشرون خمس: a count of parts
                        double f = w.Role == WordRole.FractionPlural ? w.Value : w.FractionAlt;
                        group = (total + group) * f; total = 0; fractionOnly = true; end = q.End; k++;
                        break;
                    }
                    if (w.Role == WordRole.Scale && group == 0.5 && fractionOnly)
                    {
                        group = 0; total = w.Value / 2; end = q.End; fractionOnly = false; k++; continue;
                    }
                }
                break;
            }

            // و + part
            if (q.Kind == PieceKind.Digits)
            {
                // «بين 40 مليارا و42 مليار»: a number with a scale word as large as the last is the next number, not a
                // remainder («3 مليارات و260 مليون» is one)
                if (qi + 1 < pieces.Count && pieces[qi + 1] is { Kind: PieceKind.Word, IsNumberWord: true, Prefix: 0 } sw
                    && sw.Word.Role is WordRole.Scale or WordRole.ScaleDualOrSingular && sw.Word.Value >= 1000 && sw.Word.Value >= lastScale) break;
                double limit = lastScale < double.MaxValue ? lastScale : (places == HundredsPlace && prev.Kind != PieceKind.Digits ? 100 : 0);
                if (q.IsInteger && q.Value < limit && group == 0 | (places & HundredsPlace) != 0 && (group + q.Value) < limit * (group > 0 ? 10 : 1))
                {
                    if (q.Value >= 100 || group > 0 && q.Value < 100)
                    {
                        group += q.Value; places = AllPlaces; end = q.End; prevIndex = qi; k = qi + 1; continue;
                    }
                    group += q.Value; places = AllPlaces; end = q.End; prevIndex = qi; k = qi + 1; continue;
                }
                break;
            }
            if (q.Kind != PieceKind.Word || !q.IsNumberWord) break;
            if (q.Definite && !ordinal) break;
            var qw = q.Word;
            switch (qw.Role)
            {
                case WordRole.Unit or WordRole.Ten or WordRole.Hundred or WordRole.HundredBare or WordRole.Ordinal or WordRole.Teen:
                {
                    if (qw.Role == WordRole.Ordinal && !ordinal) { done = true; break; }
                    if (IsBareAhad(qi)) { done = true; break; }
                    // و + count + plural fraction: وثلاثة أخماس
                    if (qw.Role == WordRole.Unit && qi + 1 < pieces.Count && pieces[qi + 1] is { Kind: PieceKind.Word, IsNumberWord: true, Prefix: 0 } fp
                        && fp.Word.Role == WordRole.FractionPlural)
                    {
                        fraction = qw.Value * fp.Word.Value; end = fp.End; k = qi + 2; done = true; break;
                    }
                    // و + fraction-or-unit after a number: ثلاثة وخمس = 3.2 only when no unit place is free
                    int place = qw.Role switch
                    {
                        WordRole.Ten => TensPlace,
                        WordRole.Teen => TensPlace,
                        WordRole.Hundred or WordRole.HundredBare => HundredsPlace,
                        _ => UnitsPlace,
                    };
                    if (qw.Role is WordRole.Unit && qw.Value >= 10) place = TensPlace;
                    if ((places & place) != 0 || place == HundredsPlace && places != 0)
                    {
                        if (qw.FractionAlt > 0 && group + total > 0) { fraction = qw.FractionAlt; end = q.End; k = qi + 1; }
                        done = true;
                        break;
                    }
                    if (qw.Role == WordRole.Ordinal) ordinal = true;
                    group += qw.Role is WordRole.HundredBare ? 100 : qw.Value;
                    places |= place;
                    end = q.End; prevIndex = qi; k = qi + 1;
                    break;
                }
                case WordRole.ScaleDual:
                    if (total + group > qw.Value) { total += qw.Value; end = q.End; prevIndex = qi; k = qi + 1; }
                    else done = true;
                    break;
                case WordRole.Scale:
                    if (qw.Value < lastScale && total > qw.Value && group == 0) { total += qw.Value; lastScale = qw.Value; places = 0; end = q.End; prevIndex = qi; k = qi + 1; }
                    else done = true;
                    break;
                case WordRole.Fraction:
                    // واحد ونصف، مليون ونصف (= 1.5 million), مائة وثلاثة وثلثان
                    fraction = group == 0 && lastScale < double.MaxValue ? qw.Value * lastScale : qw.Value;
                    end = q.End; k = qi + 1; done = true;
                    break;
                default:
                    done = true;
                    break;
            }
        }

        double value = total + group + fraction;
        var kind = ordinal ? NumberKind.Ordinal : fractionOnly && value < 1 ? NumberKind.Fraction : NumberKind.Cardinal;
        number = new KeyNumber(keyStart, end, value, kind);
        next = k;
        return true;
    }

    /// <summary>خمس، سبع، تسع، عشر before a definite noun are parts: «خمس الفطيرة», «خمس العشرين».</summary>
    private bool TryAmbiguousFraction(int i, int keyStart, out KeyNumber number, out int next)
    {
        number = default;
        next = i + 1;
        if (i + 1 >= pieces.Count) return false;
        var n = pieces[i + 1];
        if (n.Kind != PieceKind.Word || !n.SpaceBefore || !StartsWithArticle(n)) return false;
        double f = pieces[i].Word.FractionAlt;
        if (n.IsNumberWord && n.Definite && n.Word.Role is WordRole.Ten or WordRole.Unit or WordRole.Hundred)
        {
            number = new KeyNumber(keyStart, n.End, f * n.Word.Value, NumberKind.Cardinal);
            next = i + 2;
            return true;
        }
        if (n.IsNumberWord) return false;
        number = new KeyNumber(keyStart, pieces[i].End, f, NumberKind.Fraction);
        return true;
    }

    /// <summary>3/4 and 2 1/4 (small numerator and denominator, not a date such as 5/17/2018).</summary>
    private bool TrySlashFraction(int i, out KeyNumber number, out int next)
    {
        number = default;
        next = i + 1;
        if (i + 2 >= pieces.Count) return false;
        var a = pieces[i];
        var slash = pieces[i + 1];
        var b = pieces[i + 2];
        if (slash.Kind != PieceKind.Other || key[slash.Start] != '/' || slash.SpaceBefore || b.Kind != PieceKind.Digits || b.SpaceBefore) return false;
        if (i + 3 < pieces.Count && pieces[i + 3].Kind == PieceKind.Other && key[pieces[i + 3].Start] == '/') return false;
        if (!a.IsInteger || !b.IsInteger || a.Value >= b.Value || b.Value > 16 || b.Value == 0) return false;
        double v = a.Value / b.Value;
        int start = a.Start;
        number = new KeyNumber(start, b.End, v, NumberKind.Fraction);
        next = i + 3;
        return true;
    }

    private bool TryPercentSuffix(int k, out int end, out int after)
    {
        end = after = 0;
        if (k >= pieces.Count) return false;
        var q = pieces[k];
        if (q.Kind == PieceKind.Other && key[q.Start] is '%' or '٪')
        {
            end = q.End; after = k + 1; return true;
        }
        if (q.Kind != PieceKind.Word) return false;
        if (IsWordIn(k, PhraseWords.PercentSuffix))
        {
            end = q.End; after = k + 1; return true;
        }
        if (IsWordIn(k, PhraseWords.PercentPreposition) && k + 1 < pieces.Count && IsWordIn(k + 1, PhraseWords.PerHundred))
        {
            end = pieces[k + 1].End; after = k + 2; return true;
        }
        return false;
    }

    private bool IsPercentPrefix(int i) =>
        WordEndsWithAny(i, PhraseWords.PercentNouns) && pieces[i].End - pieces[i].Start <= 7 || IsWordIn(i, PhraseWords.PercentPrefix);

    /// <summary>Relative ranks: الأخير، قبل الأخير، التالي، السابق، الحالي.</summary>
    private bool TryRelativeOrdinal(int i, out KeyNumber number, out int next)
    {
        number = default;
        next = i + 1;
        var p = pieces[i];
        var w = key.AsSpan(p.Start, p.End - p.Start);
        int skip = w.Length >= 4 && w[0] is 'و' or 'ف' ? 1 : 0; // وقبل، والتالي
        w = w[skip..];
        if (PhraseWords.Before.Contains(w) && i + 1 < pieces.Count && IsEndWord(i + 1))
        {
            number = new KeyNumber(p.Start + skip, pieces[i + 1].End, 0, NumberKind.RelativeOrdinal, "end-1");
            next = i + 2;
            return true;
        }
        string? rel = null;
        foreach (var (words, rank) in PhraseWords.Ranks)
        {
            if (words.Contains(w)) { rel = rank; break; }
        }
        if (rel is null) return false;
        number = new KeyNumber(p.Start + skip, p.End, 0, NumberKind.RelativeOrdinal, rel);
        return true;
    }

    private bool IsEndWord(int i)
    {
        var p = pieces[i];
        if (p.Kind != PieceKind.Word) return false;
        var w = key.AsSpan(p.Start, p.End - p.Start);
        if (w.Length > 4 && w[0] is 'و' or 'ف') w = w[1..];
        return PhraseWords.Last.Contains(w);
    }

    private bool IsWordIn(int i, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        i < pieces.Count && pieces[i].Kind == PieceKind.Word && words.Contains(key.AsSpan(pieces[i].Start, pieces[i].End - pieces[i].Start));

    private bool WordEndsWithAny(int i, string[] folded)
    {
        if (pieces[i].Kind != PieceKind.Word) return false;
        var w = key.AsSpan(pieces[i].Start, pieces[i].End - pieces[i].Start);
        foreach (var f in folded) if (w.EndsWith(f, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsRole(int i, WordRole role) => i < pieces.Count && pieces[i].IsNumberWord && pieces[i].Word.Role == role && pieces[i].Prefix == 0;

    private bool IsBareAhad(int i) => pieces[i].Kind == PieceKind.Word && key.AsSpan(pieces[i].Start + pieces[i].Prefix, pieces[i].End - pieces[i].Start - pieces[i].Prefix) is "احد";

    private bool EndsWithArticle(NumberPiece p) => key.AsSpan(p.Start, p.End - p.Start) is "ال" or "وال" or "بال" or "لل" or "وبال" or "فال" or "كال" or "ولل";

    private bool StartsWithArticle(NumberPiece p) => key.AsSpan(p.Start, p.End - p.Start).StartsWith(ArabicLetters.Article);

    private bool IsPluralScale(NumberPiece p)
    {
        var w = key.AsSpan(p.Start + p.Prefix, p.End - p.Start - p.Prefix);
        if (p.Definite) return true; // الآلاف، الملايين
        return PhraseWords.PluralScales.Contains(w);
    }
}
