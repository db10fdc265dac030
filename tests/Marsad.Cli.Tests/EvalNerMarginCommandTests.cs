using Marsad.Analysis.Ner;
using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

public sealed class EvalNerMarginCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "marsad-ner-margin-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true); }

    [Fact]
    public void RefusesToChooseTheMarginOnTheTestSplit()
    {
        var test = Directory.CreateDirectory(Path.Combine(_root, "eval", "news", "test")).FullName;
        File.WriteAllText(Path.Combine(test, "a.gold.json"), "{}");
        File.WriteAllText(Path.Combine(test, "b.gold.json"), "{}");
        var errors = new StringWriter();
        Assert.Equal(CommandRunner.UsageError, EvalNerMarginCommand.Run(test, "0,64", 2, [NerModel.Embedded], null, new StringWriter(), errors));
        Assert.Contains("test split", errors.ToString(), StringComparison.Ordinal);
    }
}
