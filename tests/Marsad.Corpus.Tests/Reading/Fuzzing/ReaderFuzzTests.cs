using System.Globalization;
using Marsad.Corpus.Reading;
using Marsad.Tests;
using Xunit.Abstractions;

namespace Marsad.Corpus.Tests.Reading.Fuzzing;

/// <summary>
/// Mutation fuzzing of every reader, through the same entry ingest uses: whatever the bytes, a reader reports an
/// <see cref="InputException"/> (one line naming the input) or reads articles; any other exception is a reader bug,
/// and an input that takes seconds is a hang. CI runs a few thousand inputs per type; set MARSAD_FUZZ_INPUTS
/// (e.g. 1000000) for a long run. A failing input is written to a temporary file; keep it under Cases/ so it
/// stays a regression test.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("MARSAD_FUZZ_INPUTS"), CultureInfo.InvariantCulture, out int n) ? n : 2000;

    /// <summary>
    /// A hang, not a slow input: 1 s of the reading thread's CPU time (<see cref="ThreadClock"/>), so that waiting for
    /// a core on a shared machine does not count; where only wall time can be read, generous in CI (10 s).
    /// </summary>
    private static TimeSpan HangAfter => ThreadClock.IsCpuTime || Inputs > 2000 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(10);

    /// <summary>Every seed, or those MARSAD_FUZZ_SEEDS names (comma-separated, e.g. "page.html,day.zip"), so that a long run can be split across processes.</summary>
    public static TheoryData<FuzzSeed> Seeds()
    {
        var only = Environment.GetEnvironmentVariable("MARSAD_FUZZ_SEEDS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. FuzzSeed.All().Where(s => only is not { Length: > 0 } || only.Contains(s.Name))];
    }

    /// <summary>Small enough that a mutated size field cannot make the test allocate gigabytes.</summary>
    private const long MaxEntryBytes = 8 * 1024 * 1024;

    private static string Clock => ThreadClock.IsCpuTime ? "thread CPU time" : "wall time";

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_input_makes_a_reader_throw_or_hang(FuzzSeed seed)
    {
        var mutator = new ByteMutator(seed.Name.Aggregate(17, (h, c) => h * 31 + c));
        var others = FuzzSeed.All().Select(s => s.Content).ToArray();
        byte[] packed = seed.Pack(seed.Content);
        bool compressed = !ReferenceEquals(packed, seed.Content);
        var slowest = TimeSpan.Zero;
        int articles = 0, errors = 0;
        // the first read compiles the readers (and SmartReader's expressions): not a hang of any input
        foreach (var _ in new BulkReader { MaxEntryBytes = MaxEntryBytes }.Read(packed, seed.Name)) { }
        for (int i = 0; i < Inputs; i++)
        {
            byte[] other = others[mutator.Next(others.Length)];
            bool inside = compressed && mutator.Next(10) < 7;
            byte[] input = inside ? seed.Pack(mutator.Mutate(seed.Content, other)) : mutator.Mutate(packed, other);

            Exception? bug = null;
            var reader = new BulkReader { MaxEntryBytes = MaxEntryBytes, OnReaderBug = (_, e) => bug = e };
            var started = ThreadClock.Now;
            try
            {
                foreach (var r in reader.Read(input, seed.Name))
                    if (r.Article is not null) articles++; else if (r.Error is not null) errors++;
            }
            catch (Exception e) { bug = e; }
            var took = ThreadClock.Now - started;
            if (took > slowest)
            {
                slowest = took;
                File.WriteAllBytes(Path.Combine(Path.GetTempPath(), $"marsad-fuzz-slowest-{seed.Name}"), input);
            }
            if (bug is not null || took > HangAfter)
            {
                string kept = Path.Combine(Path.GetTempPath(), $"marsad-fuzz-{seed.Name}-{i}{Path.GetExtension(seed.Name)}");
                File.WriteAllBytes(kept, input);
                Assert.Fail(bug is not null
                    ? $"{seed.Name} input {i} ({kept}): {bug.GetType().Name}: {bug.Message}\n{bug.StackTrace}"
                    : $"{seed.Name} input {i} ({kept}) took {took.TotalMilliseconds:N0} ms ({Clock})");
            }
        }
        output.WriteLine($"{seed.Name}: {Inputs:N0} inputs, {articles:N0} articles, {errors:N0} errors named, slowest {slowest.TotalMilliseconds:N1} ms ({Clock})");
    }
}
