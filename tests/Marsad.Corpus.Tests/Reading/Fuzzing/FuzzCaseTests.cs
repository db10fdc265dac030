using Marsad.Corpus.Reading;
using Marsad.Tests;

namespace Marsad.Corpus.Tests.Reading.Fuzzing;

/// <summary>
/// Inputs the fuzzer once broke a reader with, kept under Cases/ (named for the reader, e.g. *.jsonl.gz): each is
/// still read to an article or a named error, never an exception.
/// </summary>
public sealed class FuzzCaseTests
{
    private static string CasesFolder => Path.Combine(SharedData.RepoRoot, "tests", "Marsad.Corpus.Tests", "Reading", "Fuzzing", "Cases");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(CasesFolder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_case_the_fuzzer_found_is_read_without_a_reader_bug(string name)
    {
        Exception? bug = null;
        var reader = new BulkReader { OnReaderBug = (_, e) => bug = e };
        var results = reader.Read(File.ReadAllBytes(Path.Combine(CasesFolder, name)), name).ToList();
        Assert.Null(bug);
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Article is not null || r.Error is not null || r.SkippedBecause is not null));
    }
}
