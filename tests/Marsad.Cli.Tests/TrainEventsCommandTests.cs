using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

public sealed class TrainEventsCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "marsad-train-events-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true); }

    [Fact]
    public void RefusesToLearnFromTheTestSplit()
    {
        var test = Directory.CreateDirectory(Path.Combine(_root, "eval", "news", "test")).FullName;
        File.WriteAllText(Path.Combine(test, "a.gold.json"), "{}");
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = TrainCommand.RunEvents(test, "none", null, Path.Combine(_root, "events.model.gz"), 1, 0.3f, 0.5, output, errors);
        Assert.Equal(CommandRunner.UsageError, code);
        Assert.Contains("test split", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_root, "events.model.gz")));
    }
}
