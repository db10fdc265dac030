using Marsad.Text.Lexicons;

namespace Marsad.Evaluation.Stories;

/// <summary>A judged article: the happening it reports (<see cref="StoryGold.Alone"/> when no other judged article reports it) and its record.</summary>
public sealed record GoldStoryArticle(string Story, string File, string Url, string Where)
{
    /// <summary>The story label as scored: an article alone is a story of its own.</summary>
    public string Key => Story == StoryGold.Alone ? "alone:" + Url : Story;
}

/// <summary>An event report named by its article's record and where its trigger starts (UTF-16 offset in the text).</summary>
public sealed record GoldReport(string File, string Url, int TriggerStart, string Type);

/// <summary>Two reports of events judged to be one event (Same) or two.</summary>
public sealed record GoldEventPair(GoldReport A, GoldReport B, bool Same, string Where);

/// <summary>One half of the judged set (dev or test): its articles, in the order of the file, and its judged report pairs.</summary>
public sealed record StorySplit(string Name, IReadOnlyList<GoldStoryArticle> Articles, IReadOnlyList<GoldEventPair> Pairs);

/// <summary>
/// The judged stories (eval/stories, conventions in its README): per split a <c>stories.tsv</c> (story, file, url: every
/// article of the chosen outlets and day, grouped by happening) and an <c>event-pairs.tsv</c> (same|different, then for
/// each report file, url, trigger offset and type). Records are named, never copied.
/// </summary>
public static class StoryGold
{
    /// <summary>The label of an article whose happening no other judged article reports.</summary>
    public const string Alone = "-";

    /// <summary>The splits of <paramref name="folder"/>: itself when it holds a stories.tsv, else each sub-folder that does, by name.</summary>
    /// <exception cref="FormatException">A row has the wrong cells, an offset is not a number or a label is not same/different.</exception>
    public static IReadOnlyList<StorySplit> Load(string folder)
    {
        if (File.Exists(Path.Combine(folder, "stories.tsv"))) return [LoadSplit(folder)];
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: no such folder");
        var splits = Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "stories.tsv")))
            .Order(StringComparer.Ordinal).Select(LoadSplit).ToList();
        if (splits.Count == 0) throw new FileNotFoundException($"{folder}: no stories.tsv in it or in its sub-folders");
        return splits;
    }

    private static StorySplit LoadSplit(string folder)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        string storiesPath = Path.Combine(folder, "stories.tsv");
        var articles = new List<GoldStoryArticle>();
        var urls = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in LexiconReader.FileRows(storiesPath, 3, 3))
        {
            if (!urls.Add(row[2])) throw row.Error($"url {row[2]} is judged twice");
            articles.Add(new GoldStoryArticle(row[0], row[1], row[2], $"{storiesPath}:{row.Line}"));
        }
        var pairs = new List<GoldEventPair>();
        string pairsPath = Path.Combine(folder, "event-pairs.tsv");
        if (File.Exists(pairsPath))
            foreach (var row in LexiconReader.FileRows(pairsPath, 8, 8))
            {
                bool same = row[0] switch
                {
                    "same" => true,
                    "different" => false,
                    _ => throw row.Error($"label '{row[0]}' is neither same nor different"),
                };
                pairs.Add(new GoldEventPair(Report(row, 1, 2, 3, 4), Report(row, 1, 5, 6, 7), same, $"{pairsPath}:{row.Line}"));
            }
        return new StorySplit(name, articles, pairs);
    }

    private static GoldReport Report(LexiconRow row, int file, int url, int offset, int type) =>
        int.TryParse(row[offset], out int start) && start >= 0
            ? new GoldReport(row[file], row[url], start, row[type])
            : throw row.Error($"trigger offset '{row[offset]}' is not a number");
}
