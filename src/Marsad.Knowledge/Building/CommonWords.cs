using Marsad.Knowledge.Kb;

namespace Marsad.Knowledge.Building;

/// <summary>
/// Words that annotated newswire (a CoNLL file) uses mostly outside names: seen at least twice with the O tag
/// and more often outside a name than inside one. A one-word gazetteer name among them (الأشهر "the months" as a
/// Turkish town) would mark common words as places.
/// </summary>
public static class CommonWords
{
    public static HashSet<string> FromConll(string path)
    {
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path)) return [];
        foreach (var line in File.ReadLines(path))
        {
            int sp = line.LastIndexOf(' ');
            if (sp <= 0) continue;
            var key = NameKey.Of(line[..sp]);
            if (key.Length == 0) continue;
            var counts = line[(sp + 1)..] == "O" ? outside : inside;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return [.. outside.Where(p => p.Value >= 2 && p.Value > inside.GetValueOrDefault(p.Key)).Select(p => p.Key)];
    }
}
