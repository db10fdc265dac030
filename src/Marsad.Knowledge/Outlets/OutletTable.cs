using Marsad.Text;
using Marsad.Text.Lexicons;

namespace Marsad.Knowledge.Outlets;

/// <summary>
/// The table of news outlets and agencies (Data/outlets.tsv), matched by folded word sequences so that
/// «أ.ف.ب», «أ ف ب» and «فرانس برس» all find Agence France-Presse.
/// </summary>
public sealed class OutletTable
{
    private static readonly Lazy<OutletTable> s_default = new(() => Load(Resource("outlets.tsv")));

    private readonly Dictionary<string, List<(string[] Words, Outlet Outlet, bool Ambiguous)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Outlet> _byKey = new(StringComparer.Ordinal);

    public static OutletTable Default => s_default.Value;

    public IReadOnlyList<Outlet> Outlets { get; }

    private OutletTable(List<Outlet> outlets)
    {
        Outlets = outlets;
        foreach (var o in outlets)
        {
            _byKey.TryAdd(o.Id.ToLowerInvariant(), o);
            foreach (var name in o.ArabicNames.Concat(o.OtherNames).Append(o.Name))
            {
                var words = Words(name);
                bool ambiguous = o.AmbiguousNames.Contains(name);
                if (words.Length == 0) continue;
                _byKey.TryAdd(string.Join(' ', words), o);
                if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
                list.Add((words, o, ambiguous));
            }
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public static OutletTable Load(string tsv)
    {
        var outlets = new List<Outlet>();
        foreach (var f in LexiconReader.Rows(tsv, "outlets.tsv", 5, 6))
        {
            var arabic = f[4].Split('|', StringSplitOptions.RemoveEmptyEntries);
            outlets.Add(new Outlet(f[0], f[1], f[2], f[3], [.. arabic.Select(a => a.TrimStart('~'))],
                f.Count > 5 ? f[5].Split('|', StringSplitOptions.RemoveEmptyEntries) : [])
            {
                AmbiguousNames = arabic.Where(a => a[0] == '~').Select(a => a[1..]).ToHashSet(StringComparer.Ordinal),
            });
        }
        return new OutletTable(outlets);
    }

    /// <summary>Finds an outlet by id, site code or any of its names.</summary>
    public Outlet? Find(string nameOrId)
    {
        if (_byKey.TryGetValue(nameOrId.Trim().ToLowerInvariant(), out var o)) return o;
        var words = Words(nameOrId);
        return words.Length > 0 && _byKey.TryGetValue(string.Join(' ', words), out o) ? o : null;
    }

    /// <summary>
    /// Outlets named in text[start..end), longest first, not overlapping, in text order. Names that are also
    /// ordinary words or cities (الرياض، اليوم) count only when <paramref name="includeAmbiguous"/> is set.
    /// </summary>
    public List<OutletMatch> FindIn(string text, int start, int end, bool includeAmbiguous = true)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);
        var words = new List<(string Key, int Start, int End)>();
        foreach (var t in tokens)
            if (t.Kind is TokenKind.ArabicWord or TokenKind.LatinWord or TokenKind.Number)
                words.Add((ArabicFolder.Fold(text.AsSpan(t.Start, t.Span.Length)), t.Start, t.End));
            else if (text[t.Start] != '.')
                words.Add(("", t.Start, t.End)); // punctuation other than the dots of «أ.ف.ب» breaks a name
        var found = new List<OutletMatch>();
        for (int i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i].Key, out var candidates)) continue;
            foreach (var (name, outlet, ambiguous) in candidates)
            {
                if (i + name.Length > words.Count || ambiguous && !includeAmbiguous) continue;
                bool all = true;
                for (int k = 1; k < name.Length && all; k++) all = words[i + k].Key == name[k];
                if (!all) continue;
                found.Add(new OutletMatch(outlet, words[i].Start, words[i + name.Length - 1].End, ambiguous));
                i += name.Length - 1;
                break;
            }
        }
        return found;
    }

    private static string[] Words(string name)
    {
        var key = ArabicFolder.Fold(name);
        return key.Split([' ', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
    }

    internal static string Resource(string file) => LexiconReader.ReadResource(typeof(OutletTable).Assembly, "Marsad.Knowledge." + file);
}
