using System.Globalization;

namespace Marsad.Corpus.Watch;

/// <summary>
/// The rules of one robots.txt (RFC 9309) for Marsad: the group naming "marsad" if there is one, else the "*"
/// group. The longest matching Allow or Disallow path wins (Allow on a tie); '*' matches any run of characters
/// and a final '$' anchors the end. Crawl-delay, a common extension, is read from the same group.
/// </summary>
public sealed class RobotsRules
{
    /// <summary>The product token looked for in User-agent lines.</summary>
    public const string Agent = "marsad";

    /// <summary>A robots.txt larger than this is read up to here (RFC 9309 asks crawlers to read at least 500 KiB).</summary>
    public const int MaxBytes = 512 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsRules(List<(string, bool)> rules, TimeSpan? crawlDelay, bool disallowAll)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        DisallowsAll = disallowAll;
    }

    /// <summary>No robots.txt (404 and other client errors): everything may be fetched.</summary>
    public static RobotsRules AllowAll { get; } = new([], null, false);

    /// <summary>robots.txt unreachable (server errors, network failures): RFC 9309 treats the site as disallowed.</summary>
    public static RobotsRules Unreachable { get; } = new([], null, true);

    public TimeSpan? CrawlDelay { get; }
    public bool DisallowsAll { get; }

    public static RobotsRules Parse(string text)
    {
        // groups: consecutive User-agent lines followed by rules
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)>();
        List<string>? agents = null;
        List<(string, bool)>? rules = null;
        TimeSpan? delay = null;
        bool inRules = false;
        void Close()
        {
            if (agents is not null) groups.Add((agents, rules!, delay));
            agents = null; rules = null; delay = null; inRules = false;
        }
        foreach (var raw in text.Split('\n'))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            string key = line[..colon].Trim().ToLowerInvariant(), value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (inRules) Close();
                    agents ??= [];
                    rules ??= [];
                    agents.Add(value.ToLowerInvariant());
                    break;
                case "allow" or "disallow" when agents is not null:
                    inRules = true;
                    if (value.Length > 0) rules!.Add((value, key == "allow"));
                    break;
                case "crawl-delay" when agents is not null:
                    inRules = true;
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                        delay = TimeSpan.FromSeconds(Math.Min(seconds, 60)); // a delay of hours would stall the pass: 60 s at most
                    break;
            }
        }
        Close();
        // the product token is matched whole, case-insensitively (RFC 9309 §2.2.1); "User-agent: Marsad/1.0" names it too
        var mine = groups.Where(g => g.Agents.Any(a => a == Agent || a.StartsWith(Agent + "/", StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        // several groups for the same agent are merged (RFC 9309 §2.2.1)
        return new RobotsRules([.. mine.SelectMany(g => g.Rules)], mine.Select(g => g.Delay).FirstOrDefault(d => d is not null), false);
    }

    /// <summary>Whether the path and query of <paramref name="url"/> may be fetched.</summary>
    public bool Allows(Uri url)
    {
        if (DisallowsAll) return false;
        if (url.AbsolutePath == "/robots.txt") return true;
        string path = url.PathAndQuery;
        int best = -1;
        bool allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, path)) continue;
            if (pattern.Length > best || pattern.Length == best && isAllow) { best = pattern.Length; allow = isAllow; }
        }
        return allow;
    }

    /// <summary>Matches a robots path pattern ('*' any run, final '$' the end) against the start of <paramref name="path"/>.</summary>
    internal static bool Matches(string pattern, string path)
    {
        pattern = Normalize(pattern);
        path = Normalize(path);
        // an unanchored pattern matches any path it is a prefix of: as if it ended with '*'
        if (pattern.EndsWith('$')) pattern = pattern[..^1];
        else pattern += "*";
        return WholeMatch(pattern, path);
    }

    /// <summary>Wildcard match of the whole path, backtracking only to the last '*' (linear in practice, never exponential).</summary>
    private static bool WholeMatch(string pattern, string path)
    {
        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < path.Length)
        {
            if (p < pattern.Length && pattern[p] == '*') { starP = p++; starS = s; }
            else if (p < pattern.Length && pattern[p] == path[s]) { p++; s++; }
            else if (starP >= 0) { p = starP + 1; s = ++starS; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>Percent-escapes decoded the same way on both sides, so /%D8%A3 and /أ are one path.</summary>
    private static string Normalize(string s)
    {
        try { return s.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(s) : s; }
        catch (UriFormatException) { return s; }
    }
}
