using System.IO.Compression;
using Marsad.Cli.Commands;
using Marsad.Corpus.Reading;
using Marsad.Tests;

namespace Marsad.Cli.Tests;

public class SaudiNewsNetTests
{
    [SkippableFact]
    public void A_whole_day_of_records_analyses_without_error_and_names_every_publisher()
    {
        var zip = SharedData.Require("data", "news", "saudinewsnet", "dataset", "2015-07-21.zip");
        var dir = Directory.CreateTempSubdirectory("marsad-snn-").FullName;
        try
        {
            ZipFile.ExtractToDirectory(zip, dir);
            // Every fourth record: all outlets and their odd records, in a time CI can afford.
            var all = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Directory.GetFiles(dir, "*.json").Single()))!.AsArray();
            var day = Path.Combine(dir, "sample.json");
            File.WriteAllText(day, new System.Text.Json.Nodes.JsonArray([.. all.Where((_, i) => i % 4 == 0).Select(n => n!.DeepClone())]).ToJsonString());
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = AnalyzeCommand.Run([day], new ArticleReader(), null, "jsonl", false, stdout, stderr);
            Assert.Matches(@"^(marsad: analysed \d+ articles; skipped \d+ empty records \(no text and no title\)\s*)?$", stderr.ToString());
            Assert.Equal(0, code);
            var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length > 700, $"{lines.Length} articles");
            int withPublisher = lines.Count(l => System.Text.Json.JsonDocument.Parse(l).RootElement
                .GetProperty("source").GetProperty("publisher").ValueKind == System.Text.Json.JsonValueKind.Object);
            Assert.Equal(lines.Length, withPublisher);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
