using Marsad.Analysis.Quantities;
using Marsad.Analysis.Times;
using Marsad.Tests;
using Marsad.Text;
using Marsad.Text.Numbers;
using Xunit.Abstractions;

namespace Marsad.Analysis.Tests.Times;

/// <summary>
/// Recall of DATE, TIME, MONEY, PERCENT and CARDINAL spans of the Wojood sample (../shared/data/ner/wojood-sample,
/// MIT): a gold span is found when a time expression (DATE, TIME), a figure (MONEY, PERCENT) or a number
/// (CARDINAL) covers at least half of it. Sentences are rebuilt by joining the tokens with spaces.
/// </summary>
public class WojoodRecallTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> Types = ["DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"];

    [SkippableFact]
    public void Date_time_money_percent_and_cardinal_spans_are_found_with_recall_85()
    {
        var path = SharedData.Require("data", "ner", "wojood-sample", "test.txt");
        var found = new Dictionary<string, (int Hit, int Total)>();
        var misses = new List<string>();
        foreach (var sentence in ReadSentences(path))
        {
            var (text, spans) = Rebuild(sentence);
            var doc = new Document(text, new ArticleMetadata { Published = new PublicationDate(new DateOnly(2020, 1, 1), null) });
            new TimeStep().Run(doc);
            doc.SetLayer<CreditLine>([]);
            new QuantityStep().Run(doc);
            var times = doc.Layer<TimeExpression>().Select(t => t.Span).ToList();
            var figures = doc.Layer<Quantity>().Select(q => q.Span).ToList();
            var numbers = NumberRecognizer.Recognize(text).Where(n => n.Kind != NumberKind.RelativeOrdinal).Select(n => n.Span).ToList();
            foreach (var (type, gold) in spans)
            {
                var candidates = type switch { "DATE" or "TIME" => times, "CARDINAL" => numbers, _ => figures.Concat(numbers.Where(n => type == "PERCENT")).ToList() };
                bool hit = candidates.Any(c => c.OverlapLength(gold) * 2 >= gold.Length);
                var (h, t) = found.GetValueOrDefault(type);
                found[type] = (h + (hit ? 1 : 0), t + 1);
                if (!hit) misses.Add($"  {type}: {gold.Slice(text)}");
            }
        }
        int hits = found.Values.Sum(v => v.Hit), total = found.Values.Sum(v => v.Total);
        double recall = (double)hits / total;
        foreach (var (type, (h, t)) in found.OrderBy(k => k.Key)) output.WriteLine($"{type}: {h}/{t} = {(double)h / t:P1}");
        output.WriteLine($"all: {hits}/{total} = {recall:P1}");
        output.WriteLine("missed:");
        foreach (var m in misses) output.WriteLine(m);
        Assert.True(recall >= 0.85, $"recall {recall:P1} < 85 %");
    }

    private static IEnumerable<List<(string Token, string[] Tags)>> ReadSentences(string path)
    {
        var current = new List<(string, string[])>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current.Count > 0) yield return current;
                current = [];
                continue;
            }
            var parts = line.Split(' ');
            current.Add((parts[0], parts[1..]));
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>The sentence text and the gold spans of the wanted types, on every nesting layer.</summary>
    private static (string Text, List<(string Type, TextSpan Span)> Spans) Rebuild(List<(string Token, string[] Tags)> sentence)
    {
        var starts = new int[sentence.Count];
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < sentence.Count; i++)
        {
            if (i > 0) text.Append(' ');
            starts[i] = text.Length;
            text.Append(sentence[i].Token);
        }
        var spans = new List<(string, TextSpan)>();
        int layers = sentence.Max(t => t.Tags.Length);
        for (int layer = 0; layer < layers; layer++)
        {
            for (int i = 0; i < sentence.Count; i++)
            {
                string tag = layer < sentence[i].Tags.Length ? sentence[i].Tags[layer] : "O";
                if (!tag.StartsWith("B-", StringComparison.Ordinal) || !Types.Contains(tag[2..])) continue;
                string type = tag[2..];
                int j = i + 1;
                while (j < sentence.Count && layer < sentence[j].Tags.Length && sentence[j].Tags[layer] == "I-" + type) j++;
                spans.Add((type, TextSpan.FromBounds(starts[i], starts[j - 1] + sentence[j - 1].Token.Length)));
                i = j - 1;
            }
        }
        return (text.ToString(), spans);
    }
}
