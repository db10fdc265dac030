using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

public sealed class TrainNerCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "marsad-train-ner-" + Guid.NewGuid().ToString("N"));

    public void Dispose() { if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true); }

    [Fact]
    public void RefusesToTrainOrCrossValidateOnTheTestSplit()
    {
        var test = Directory.CreateDirectory(Path.Combine(_root, "eval", "news", "test")).FullName;
        File.WriteAllText(Path.Combine(test, "a.gold.json"), "{}");
        var conll = Path.Combine(_root, "train.txt");
        File.WriteAllText(conll, "زار O\nبغداد B-LOC\n");
        foreach (int folds in new[] { 0, 5 })
        {
            var errors = new StringWriter();
            int code = TrainCommand.RunNer(conll, Path.Combine(_root, "ner.model.gz"), 1, 1, 0, null, errors, runs: 1,
                                           newsTraining: new TrainCommand.NewsTraining(test, null, 1f, folds), stdout: new StringWriter());
            Assert.Equal(CommandRunner.UsageError, code);
            Assert.Contains("test split", errors.ToString(), StringComparison.Ordinal);
        }
        Assert.False(File.Exists(Path.Combine(_root, "ner.model.gz")));
    }
}
