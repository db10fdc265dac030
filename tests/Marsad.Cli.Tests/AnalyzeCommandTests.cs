using System.Text;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Cli.Commands;
using Marsad.Corpus.Reading;
using Marsad.Tests;

namespace Marsad.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Code, string Out, string Err) Analyze(params string[] inputs) => Analyze(new ArticleReader(), inputs);

    private static (int Code, string Out, string Err) Analyze(ArticleReader reader, params string[] inputs)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = AnalyzeCommand.Run(inputs, reader, new PublicationDate(new DateOnly(2023, 2, 28), null), null, false, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void One_file_gives_one_json_object_whose_text_is_the_file()
    {
        var sample = SharedData.Sample("ar-sample-01.txt");
        var (code, output, err) = Analyze(sample);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(File.ReadAllText(sample), json.RootElement.GetProperty("text").GetString());
        Assert.Equal("2023-02-28", json.RootElement.GetProperty("published").GetString());
    }

    [SkippableFact]
    public void Seed_has_its_four_subheadings_and_its_source_chain()
    {
        var seed = SharedData.Require("seed", "000_ab924b65eb77ff68.txt");
        var (code, output, _) = Analyze(seed);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(File.ReadAllText(seed), root.GetProperty("text").GetString());
        var sections = root.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(
            ["خط سكة حديد “أذربيجان – ناخيتشيفان”", "أذربيجان: هناك تقدم في إعداد معاهدة سلام بين باكو ويريفان",
             "زيادة التبادل التجاري بين روسيا وأذربيجان", "لافروف: بروكسل تسيء استخدام العلاقات مع باكو ويريفان"], sections);
        Assert.Equal("Syria Home News", root.GetProperty("source").GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Al Mayadeen", root.GetProperty("source").GetProperty("origin").GetProperty("name").GetString());
    }

    [Fact]
    public void Several_files_give_json_lines_and_bad_inputs_do_not_stop_the_batch()
    {
        var good = SharedData.Sample("ar-sample-01.txt");
        var empty = WriteFile("empty.txt", []);
        var binary = WriteFile("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);
        var badUtf8 = WriteFile("broken.txt", [.. Encoding.UTF8.GetBytes("قال الوزير إن "), 0xD9, 0x20, .. Encoding.UTF8.GetBytes(" المحادثات مستمرة")]);
        var missing = Path.Combine(_dir, "missing.txt");

        var (code, output, err) = Analyze(empty, good, binary, _dir, badUtf8, missing, good);

        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines) JsonDocument.Parse(line).Dispose();
        var errors = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, errors.Length);
        Assert.Contains(errors, e => e.Contains(empty, StringComparison.Ordinal) && e.Contains("empty file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(binary, StringComparison.Ordinal) && e.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(_dir + ":", StringComparison.Ordinal) && e.Contains("directory", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(badUtf8, StringComparison.Ordinal) && e.Contains("invalid UTF-8", StringComparison.Ordinal) && e.Contains("offset 25", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains(missing, StringComparison.Ordinal) && e.Contains("no such file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_50_MB_file_is_refused_above_the_size_limit_and_the_rest_goes_on()
    {
        var huge = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(huge)) f.SetLength(50L * 1024 * 1024);
        var (code, output, err) = Analyze(huge, SharedData.Sample("ar-sample-01.txt"));
        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(huge, err, StringComparison.Ordinal);
        Assert.Contains("50 MiB, above the 32 MiB limit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_size_limit_is_configurable()
    {
        var (code, _, err) = Analyze(new ArticleReader { MaxBytes = 100 }, SharedData.Sample("ar-sample-01.txt"));
        Assert.Equal(1, code);
        Assert.Contains("above the 0 MiB limit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_record_metadata_flows_into_the_analysis()
    {
        var record = """
            [{"source": "aawsat", "url": "http://aawsat.com/home/article/1", "date_extracted": "2015-07-21 02:51:32",
              "title": "عنوان الخبر", "author": "لندن: مراسلنا", "content": "قال مسؤول إن المحادثات ستستأنف غداً.\n\nواشنطن - رويترز"},
             {"source": "sabq", "title": "عنوان بلا نص"},
             {"source": "sabq", "url": "http://sabq.org/x"}]
            """;
        var path = WriteFile("day.json", Encoding.UTF8.GetBytes(record));
        var (code, output, err) = Analyze(path);
        Assert.Equal(0, code);
        Assert.Equal("marsad: analysed 2 articles; skipped 1 empty records (no text and no title)", err.Trim());
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using (var titleOnly = JsonDocument.Parse(lines[1]))
        {
            Assert.Equal("", titleOnly.RootElement.GetProperty("text").GetString());
            Assert.Equal("عنوان بلا نص", titleOnly.RootElement.GetProperty("headline").GetString());
        }
        using var json = JsonDocument.Parse(lines[0]);
        var root = json.RootElement;
        Assert.Equal("عنوان الخبر", root.GetProperty("headline").GetString());
        Assert.Equal("2015-07-21T02:51:32Z", root.GetProperty("published").GetString());
        Assert.Equal("http://aawsat.com/home/article/1", root.GetProperty("url").GetString());
        Assert.Equal("Asharq Al-Awsat", root.GetProperty("source").GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Reuters", root.GetProperty("source").GetProperty("origin").GetProperty("name").GetString());
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_help_with_0()
    {
        var root = new System.CommandLine.RootCommand { AnalyzeCommand.Create() };
        Assert.Equal(2, CommandRunner.Run(root, ["analyze"]));
        Assert.Equal(2, CommandRunner.Run(root, ["analyze", "x.txt", "--format", "xml"]));
        Assert.Equal(2, CommandRunner.Run(root, ["frobnicate"]));
        Assert.Equal(0, CommandRunner.Run(root, ["analyze", "--help"]));
    }
}
