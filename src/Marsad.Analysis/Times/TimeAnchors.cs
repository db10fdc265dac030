using Marsad.Text;
using Marsad.Text.Clitics;

namespace Marsad.Analysis.Times;

/// <summary>The kinds of anchor word a rule needs somewhere in its window.</summary>
[Flags]
internal enum AnchorKind : ushort
{
    None = 0,
    Digit = 1 << 0,
    Month = 1 << 1,
    Weekday = 1 << 2,
    Unit = 1 << 3,
    RelativeDay = 1 << 4,
    Season = 1 << 5,
    Decade = 1 << 6,
    Clock = 1 << 7,
    Set = 1 << 8,
    Vague = 1 << 9,
}

/// <summary>
/// Where a temporal expression can start. Every rule needs an anchor word (a digit, a month or weekday name, a
/// unit of time, a word such as أمس، حالياً، سابق); expressions start at most a few words before their anchor
/// («الحادي والعشرين من مايو», «قبل أكثر من ثلاث سنوات»). Rules are tried only at those word starts, and only
/// when their kind of anchor lies ahead, which keeps the recogniser fast on long articles.
/// </summary>
internal static class TimeAnchors
{
    private const int WordsBefore = 5;

    private static readonly Dictionary<string, AnchorKind> s_anchors = Build();
    private static readonly Dictionary<string, AnchorKind>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_anchors.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Start positions in the key, each with the anchor kinds found within <paramref name="window"/> characters after it.</summary>
    public static List<(int Start, AnchorKind Kinds)> Starts(string key, int window)
    {
        var wordStarts = new List<int>();
        var anchors = new List<(int Pos, AnchorKind Kind)>();
        var starts = new SortedSet<int>();
        int i = 0;
        while (i < key.Length)
        {
            char c = key[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c == '(') wordStarts.Add(i);
                else if (c == ':' && i > 0 && char.IsAsciiDigit(key[i - 1])) anchors.Add((i, AnchorKind.Clock));
                i++;
                continue;
            }
            int j = i;
            if (char.IsAsciiDigit(c)) while (j < key.Length && char.IsAsciiDigit(key[j])) j++;
            else while (j < key.Length && char.IsLetter(key[j])) j++;
            if (j == i) j = i + 1;
            wordStarts.Add(i);
            var kind = char.IsAsciiDigit(c) ? AnchorKind.Digit : Kind(key.AsSpan(i, j - i));
            if (kind != AnchorKind.None)
            {
                anchors.Add((i, kind));
                for (int k = Math.Max(0, wordStarts.Count - 1 - WordsBefore); k < wordStarts.Count; k++) starts.Add(wordStarts[k]);
            }
            i = j;
        }
        var result = new List<(int, AnchorKind)>(starts.Count);
        int a = 0;
        foreach (int s in starts)
        {
            while (a < anchors.Count && anchors[a].Pos < s) a++;
            var kinds = AnchorKind.None;
            for (int b = a; b < anchors.Count && anchors[b].Pos < s + window; b++) kinds |= anchors[b].Kind;
            result.Add((s, kinds));
        }
        return result;
    }

    private static AnchorKind Kind(ReadOnlySpan<char> w)
    {
        // The word, then its proclitic readings, least stripped first (وبالأمس، للعام، والشهر).
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        int n = ProcliticReader.Read(w, readings, 2);
        for (int i = 0; i < n; i++)
            if (s_lookup.TryGetValue(w[readings[i].Start..], out var k)) return k;
        return w.EndsWith("يات") || w.EndsWith("ينات") ? AnchorKind.Decade : AnchorKind.None; // التسعينيات، العشرينات
    }

    private static Dictionary<string, AnchorKind> Build()
    {
        var d = new Dictionary<string, AnchorKind>(StringComparer.Ordinal);
        void Add(AnchorKind kind, IEnumerable<string> words)
        {
            foreach (var w in words) d[ArabicFolder.Fold(w)] = d.GetValueOrDefault(ArabicFolder.Fold(w)) | kind;
        }
        // words of month names that are ordinals (كانون الأول، جمادى الآخرة) raise no anchor alone
        var monthOrdinals = TimeWords.Set("month-name-ordinals");
        Add(AnchorKind.Month, TimeLexicon.Months.Keys.SelectMany(m => m.Split(' ')).Where(p => p.Length > 1 && !monthOrdinals.Contains(p)));
        Add(AnchorKind.Weekday, TimeLexicon.Weekdays.Keys);
        Add(AnchorKind.Unit, TimeLexicon.Units.Keys);
        Add(AnchorKind.Unit, TimeWords.List("anchor-units"));
        Add(AnchorKind.RelativeDay, TimeWords.List("anchor-relative-days"));
        Add(AnchorKind.Season, TimeWords.Values("season").Select(s => s.Word));
        Add(AnchorKind.Clock, TimeWords.List("anchor-clock"));
        Add(AnchorKind.Set, TimeWords.List("anchor-set"));
        Add(AnchorKind.Vague, TimeWords.List("anchor-vague"));
        return d;
    }
}
