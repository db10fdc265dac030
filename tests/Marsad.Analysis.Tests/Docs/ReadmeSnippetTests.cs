using Marsad.Analysis.Json;
using Marsad.Tests;

namespace Marsad.Analysis.Tests.Docs;

/// <summary>The library snippet of README.md, as written there, does what the README says.</summary>
public sealed class ReadmeSnippetTests
{
    [Fact]
    public void The_readme_library_snippet_lists_entities_with_their_written_mentions_and_writes_the_json()
    {
        string text = File.ReadAllText(SharedData.Sample("ar-sample-01.txt"));
        var lines = new List<string>();
        // --- as in README.md "As a library"
        PublicationDate.TryParse("2015-07-21", out var published);
        var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published });
        foreach (var entity in doc.Layer<Entity>())
            lines.Add($"{entity.Name}: {string.Join("، ", entity.Mentions.Select(m => m.Slice(doc.Text)))}");
        string json = AnalysisJsonWriter.ToJson(doc);
        // ---
        Assert.NotEmpty(lines);
        Assert.All(doc.Layer<Entity>(), e => Assert.All(e.Mentions, m => Assert.Contains(m.Slice(doc.Text), text, StringComparison.Ordinal)));
        Assert.StartsWith("{\"text\":", json, StringComparison.Ordinal);
        // the README shows these very lines
        string readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        Assert.Contains("var doc = MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published });", readme, StringComparison.Ordinal);
        Assert.Contains("entity.Mentions.Select(m => m.Slice(doc.Text))", readme, StringComparison.Ordinal);
    }
}
