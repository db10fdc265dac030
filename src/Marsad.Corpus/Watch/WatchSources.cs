using Marsad.Text.Lexicons;

namespace Marsad.Corpus.Watch;

/// <summary>One feed to watch: an RSS 2.0 or Atom feed or a (news) sitemap, with the outlet and language the analyst gave it.</summary>
/// <param name="Outlet">The outlet's name as stored with each article (overrides what the page says); null to use the page's.</param>
/// <param name="Language">The language of the feed's articles (an ISO 639 code); null when not given (Arabic is assumed).</param>
public sealed record WatchSource(Uri Feed, string? Outlet, string? Language, string Where)
{
    /// <summary>Marsad analyses Arabic: a feed declared in another language is listed but not fetched.</summary>
    public bool IsArabic => Language is null || Language.Equals("ar", StringComparison.OrdinalIgnoreCase)
        || Language.StartsWith("ar-", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The sources file of `marsad watch`: one feed a line, tab-separated cells `URL [outlet] [language]`, read by the
/// project's TSV reader (empty lines and '#' lines skipped). A bad line is reported naming the file and line, and
/// the other lines are still watched.
/// </summary>
public static class WatchSources
{
    /// <summary>More lines than this is a mistake (a crawl list rather than a list of feeds).</summary>
    public const int MaxSources = 10_000;

    public static IReadOnlyList<WatchSource> Parse(string text, string file, Action<string> error)
    {
        var sources = new List<WatchSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.Rows(text, file, 1, int.MaxValue))
        {
            string where = $"{file}:{row.Line}";
            if (row.Count > 3) { error($"{where}: expected at most 3 tab-separated cells (URL, outlet, language), found {row.Count}"); continue; }
            string url = row[0].Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                error($"{where}: '{Cut(url)}' is not an http or https URL");
                continue;
            }
            string? outlet = row.Optional(1).Trim() is { Length: > 0 } o ? o : null;
            string? language = row.Optional(2).Trim() is { Length: > 0 } l ? l : null;
            if (language is not null && !IsLanguageTag(language)) { error($"{where}: '{Cut(language)}' is not a language code (expected e.g. ar or ar-SA)"); continue; }
            if (!seen.Add(uri.AbsoluteUri)) { error($"{where}: {uri} is listed twice; the first line is used"); continue; }
            if (sources.Count == MaxSources) { error($"{where}: more than {MaxSources:N0} feeds; the rest of the file is ignored"); break; }
            sources.Add(new WatchSource(uri, outlet, language, where));
        }
        return sources;
    }

    public static IReadOnlyList<WatchSource> Read(string path, Action<string> error)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new FileNotFoundException($"{path}: no such file");
        if (info.Length > 16 * 1024 * 1024) throw new InvalidDataException($"{path}: {info.Length:N0} bytes is too large for a list of feeds");
        return Parse(File.ReadAllText(path), path, error);
    }

    private static bool IsLanguageTag(string s) =>
        s.Length is >= 2 and <= 12 && s.All(c => char.IsAsciiLetter(c) || c == '-') && char.IsAsciiLetter(s[0]) && char.IsAsciiLetter(s[1]);

    private static string Cut(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
