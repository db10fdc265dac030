using System.Globalization;

namespace Marsad.Text.Numbers;

/// <summary>
/// Cuts a folded key (digits already ASCII, bidi marks and tatweel gone) into words, numbers in digits and
/// other characters. Separators are read the way Arabic news writes them: 26،013.94, 1,500, 3.5 (٫), 0,08,
/// 1 234 567; an IP-like 192.168.1.2 is four numbers.
/// </summary>
internal static class NumberLexer
{
    public static List<NumberPiece> Lex(string key, int start, int end)
    {
        var pieces = new List<NumberPiece>();
        int i = start;
        bool space = true;
        while (i < end)
        {
            char c = key[i];
            if (char.IsWhiteSpace(c)) { space = true; i++; continue; }
            if (IsLetter(c))
            {
                int j = i;
                while (j < end && IsLetter(key[j])) j++;
                var p = new NumberPiece { Kind = PieceKind.Word, Start = i, End = j, SpaceBefore = space };
                if (NumberWords.TryLookup(key.AsSpan(i, j - i), out var w, out int prefix, out bool def))
                {
                    p.IsNumberWord = true;
                    p.Word = w;
                    p.Prefix = prefix;
                    p.Definite = def;
                }
                pieces.Add(p);
                i = j;
            }
            else if (char.IsAsciiDigit(c) || c == '.' && i + 1 < end && char.IsAsciiDigit(key[i + 1]) && (i == start || !char.IsAsciiDigit(key[i - 1])))
            {
                i = ReadNumber(key, i, end, space, pieces);
            }
            else
            {
                pieces.Add(new NumberPiece { Kind = PieceKind.Other, Start = i, End = i + 1, SpaceBefore = space });
                i++;
            }
            space = false;
        }
        return pieces;
    }

    public static bool IsLetter(char c) => c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u066E' and <= '\u06D3' || char.IsAsciiLetter(c);

    private static bool IsSeparator(char c) => c is '.' or ',' or '،';

    private static int ReadNumber(string key, int i, int end, bool space, List<NumberPiece> pieces)
    {
        // Digit groups and the separators between them (a separator counts only between digits).
        Span<int> groupStart = stackalloc int[16];
        Span<int> groupEnd = stackalloc int[16];
        Span<char> seps = stackalloc char[16];
        int n = 0, j = i;
        while (n < 16)
        {
            groupStart[n] = j;
            while (j < end && char.IsAsciiDigit(key[j])) j++;
            groupEnd[n] = j;
            n++;
            if (j + 1 < end && IsSeparator(key[j]) && char.IsAsciiDigit(key[j + 1]) && n < 16) { seps[n - 1] = key[j]; j++; continue; }
            break;
        }
        int sepCount = n - 1;
        // Thousands written with spaces: 1 234 567 (first group of one to three digits, then groups of exactly three).
        if (sepCount == 0 && groupEnd[0] - groupStart[0] is >= 1 and <= 3)
        {
            int k = j;
            int groups = 0;
            while (k + 4 <= end && key[k] is ' ' or '\u00A0' or '\u202F' && Digits3(key, k + 1, end)) { k += 4; groups++; }
            if (groups > 0)
            {
                double v = 0;
                for (int x = i; x < k; x++) if (char.IsAsciiDigit(key[x])) v = v * 10 + (key[x] - '0');
                bool integer = true;
                if (k + 1 < end && key[k] == '.' && char.IsAsciiDigit(key[k + 1]))
                {
                    int f = k + 1;
                    while (f < end && char.IsAsciiDigit(key[f])) f++;
                    v += double.Parse(key.AsSpan(k, f - k), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                    integer = false;
                    k = f;
                }
                pieces.Add(new NumberPiece { Kind = PieceKind.Digits, Start = i, End = k, SpaceBefore = space, Value = v, IsInteger = integer, IntegerDigits = 3 * groups + 1 });
                return k;
            }
        }
        if (sepCount == 0)
        {
            if (TryReversedRa(key, i, j, end, space, pieces, out int after)) return after;
            AddPlain(key, groupStart[0], groupEnd[0], space, pieces);
            return j;
        }
        bool sameSep = true;
        for (int s = 1; s < sepCount; s++) if (seps[s] != seps[0]) sameSep = false;
        bool allThree = true;
        for (int g = 1; g < n; g++) if (groupEnd[g] - groupStart[g] != 3) allThree = false;
        int firstLen = groupEnd[0] - groupStart[0];

        if (sepCount >= 2 && sameSep)
        {
            if (allThree && firstLen <= 3)
            {
                AddValue(key, i, j, groupStart, groupEnd, n, n, space, pieces);
                return j;
            }
            // 192.168.1.2, 1,2,3: separate numbers.
            for (int g = 0; g < n; g++) AddPlain(key, groupStart[g], groupEnd[g], g == 0 && space, pieces);
            return j;
        }
        // Mixed separators: the last one is the decimal point (26،013.94, 12،220,13).
        // One separator: a point is decimal; a comma before exactly three digits groups thousands (1,500), else decimal (0,08).
        int decimalAfterGroup;
        if (sepCount == 1)
            decimalAfterGroup = seps[0] == '.' || groupEnd[1] - groupStart[1] != 3 || firstLen > 3 || key[groupStart[0]] == '0' ? 1 : n;
        else
            decimalAfterGroup = n - 1;
        AddValue(key, i, j, groupStart, groupEnd, n, decimalAfterGroup, space, pieces);
        return j;
    }

    /// <summary>
    /// Some Saudi and pan-Arab papers (and the agency copy they carry) write the Arabic decimal or thousands
    /// separator as the letter ر and store the digit groups in reverse: «84ر3 مليار» is 3.84 billion, «000ر22» is
    /// 22,000. Groups of three before the last one are thousands («000ر500ر1» = 1,500,000); with two groups the
    /// separator is a decimal point, unless the first group is three digits ending in 0 and no scale word follows
    /// («500ر1 مليون» = 1.5 million, «500ر1 مسلم» = 1,500).
    /// </summary>
    private static bool TryReversedRa(string key, int start, int firstEnd, int end, bool space, List<NumberPiece> pieces, out int after)
    {
        after = firstEnd;
        Span<int> gs = stackalloc int[6];
        Span<int> ge = stackalloc int[6];
        int n = 0, j = firstEnd;
        gs[0] = start; ge[0] = firstEnd; n = 1;
        while (n < 6 && j + 1 < end && key[j] == 'ر' && char.IsAsciiDigit(key[j + 1]))
        {
            int s = j + 1, e = s;
            while (e < end && char.IsAsciiDigit(key[e])) e++;
            gs[n] = s; ge[n] = e; n++;
            j = e;
        }
        if (n < 2) return false;
        // the run must stand alone: not glued to a letter, a digit or a separator and digit after it
        if (j < end && (IsLetter(key[j]) || IsSeparator(key[j]) && j + 1 < end && char.IsAsciiDigit(key[j + 1]))) return false;
        for (int g = 0; g < n - 1; g++)
            if (ge[g] - gs[g] is < 1 or > 3 || n > 2 && ge[g] - gs[g] != 3) return false;
        bool thousands = n > 2 || ge[0] - gs[0] == 3 && key[ge[0] - 1] == '0' && !ScaleWordAt(key, j, end);
        decimal v = 0;
        for (int x = gs[n - 1]; x < ge[n - 1]; x++) v = v * 10 + (key[x] - '0');
        int digits = ge[n - 1] - gs[n - 1];
        if (thousands)
        {
            for (int g = n - 2; g >= 0; g--)
                for (int x = gs[g]; x < ge[g]; x++) { v = v * 10 + (key[x] - '0'); digits++; }
        }
        else
        {
            decimal scale = 0.1m;
            for (int x = gs[0]; x < ge[0]; x++) { v += (key[x] - '0') * scale; scale /= 10; }
        }
        pieces.Add(new NumberPiece { Kind = PieceKind.Digits, Start = start, End = j, SpaceBefore = space, Value = (double)v, IsInteger = thousands, IntegerDigits = digits });
        after = j;
        return true;
    }

    /// <summary>Whether the next word after key index <paramref name="i"/> is a scale word (ألف، مليون، مليار…).</summary>
    private static bool ScaleWordAt(string key, int i, int end)
    {
        while (i < end && key[i] == ' ') i++;
        int s = i;
        while (i < end && IsLetter(key[i])) i++;
        return i > s && NumberWords.TryLookup(key.AsSpan(s, i - s), out var w, out _, out _)
            && w.Role is WordRole.Scale or WordRole.ScaleDual or WordRole.ScaleDualOrSingular && w.Value >= 1000;
    }

    private static bool Digits3(string key, int k, int end) =>
        k + 3 <= end && char.IsAsciiDigit(key[k]) && char.IsAsciiDigit(key[k + 1]) && char.IsAsciiDigit(key[k + 2])
        && (k + 3 == end || !char.IsAsciiDigit(key[k + 3]) && !(IsSeparator(key[k + 3]) && k + 4 < end && char.IsAsciiDigit(key[k + 4]) && key[k + 3] != '.'));

    private static void AddPlain(string key, int s, int e, bool space, List<NumberPiece> pieces)
    {
        double v = 0;
        for (int x = s; x < e; x++) v = v * 10 + (key[x] - '0');
        pieces.Add(new NumberPiece { Kind = PieceKind.Digits, Start = s, End = e, SpaceBefore = space, Value = v, IsInteger = true, IntegerDigits = e - s });
    }

    /// <summary>Groups before <paramref name="fractionFrom"/> form the integer part; the rest (at most one group) the decimals.</summary>
    private static void AddValue(string key, int start, int end, Span<int> gs, Span<int> ge, int n, int fractionFrom, bool space, List<NumberPiece> pieces)
    {
        // decimal keeps 180.25 exact; the conversion to double is correctly rounded.
        decimal v = 0;
        int digits = 0;
        for (int g = 0; g < Math.Min(n, fractionFrom); g++)
            for (int x = gs[g]; x < ge[g] && digits < 28; x++) { v = v * 10 + (key[x] - '0'); digits++; }
        bool integer = true;
        if (fractionFrom < n)
        {
            decimal scale = 0.1m;
            for (int x = gs[fractionFrom]; x < ge[fractionFrom] && scale > 0.0000000000000000001m; x++) { v += (key[x] - '0') * scale; scale /= 10; }
            integer = false;
        }
        pieces.Add(new NumberPiece { Kind = PieceKind.Digits, Start = start, End = end, SpaceBefore = space, Value = (double)v, IsInteger = integer, IntegerDigits = digits });
    }
}
