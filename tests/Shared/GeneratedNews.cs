using System.Text.Json;

namespace Marsad.Tests;

/// <summary>
/// A stream of many short, distinct news records for paging and filter tests: each names the harbour
/// (<see cref="CommonWord"/>) among words drawn (seeded) from the sample articles, so no two are copies; the
/// outlets rotate over <see cref="Sources"/> (three Saudi, one Emirati) and the days over ten days of July 2015;
/// every third quotes Sergey Lavrov.
/// </summary>
public static class GeneratedNews
{
    public const string CommonWord = "الميناء";
    public static readonly string[] Sources = ["spa", "alriyadh", "okaz", "wam"];
    public const string LavrovSentence = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تتابع الوضع";

    public static DateOnly DayOf(int i) => new(2015, 7, 1 + i % 10);
    public static string SourceOf(int i) => Sources[i % Sources.Length];
    public static bool NamesLavrov(int i) => i % 3 == 0;

    /// <summary>Writes <paramref name="count"/> records as JSON Lines into <paramref name="folder"/>; returns the path.</summary>
    public static string Write(string folder, int count)
    {
        var words = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 3 && w.All(c => c is >= '\u0621' and <= '\u064A'))
            .Where(w => !w.Contains("لافروف", StringComparison.Ordinal)) // only the articles meant to name him do
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var random = new Random(20150701);
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var lines = new List<string>();
        for (int i = 0; i < count; i++)
        {
            string text = $"{Words(6)} {CommonWord} {Words(8)}.\n{Words(14)}.\n" + (NamesLavrov(i) ? LavrovSentence + " " + Words(6) + "." : Words(12) + ".");
            lines.Add(JsonSerializer.Serialize(new
            {
                url = $"https://{SourceOf(i)}.example/2015/07/item-{i}",
                source = SourceOf(i),
                published = $"{DayOf(i):yyyy-MM-dd}T{8 + i % 12:00}:00:00Z",
                title = $"{CommonWord} {Words(4)} {i}",
                content = text,
            }));
        }
        var path = Path.Combine(folder, "generated-news.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
