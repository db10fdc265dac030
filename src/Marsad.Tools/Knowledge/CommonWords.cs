using Marsad.Knowledge.Kb;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// Words that annotated newswire (a CoNLL file) uses mostly outside names: seen at least twice with the O tag
/// and more often outside a name than inside one. A one-word gazetteer name among them (الأشهر "the months" as a
/// Turkish town) would mark common words as places; the name tagger reads them as words that end a name.
/// </summary>
public static class CommonWords
{
    public static HashSet<string> FromConll(string path)
    {
        if (!File.Exists(path)) return [];
        return Count(ReadTokens(path), NameKey.Of, outsideToInside: 1);
    }

    /// <summary>
    /// The keys of tokens (<paramref name="key"/> of each, empty keys skipped) seen outside names at least twice
    /// and more than <paramref name="outsideToInside"/> times as often as inside them.
    /// </summary>
    public static HashSet<string> Count(IEnumerable<(string Token, bool Outside)> tokens, Func<string, string> key, int outsideToInside)
    {
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        var inside = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (token, isOutside) in tokens)
        {
            var k = key(token);
            if (k.Length == 0) continue;
            var counts = isOutside ? outside : inside;
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }
        return [.. outside.Where(p => p.Value >= 2 && p.Value > outsideToInside * inside.GetValueOrDefault(p.Key)).Select(p => p.Key)];
    }

    private static IEnumerable<(string, bool)> ReadTokens(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            int sp = line.LastIndexOf(' ');
            if (sp > 0) yield return (line[..sp], line[(sp + 1)..] == "O");
        }
    }
}
