using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Corpus.Search;

/// <summary>
/// Passes matches on to another collector until a deadline, then stops the search with
/// <see cref="QueryTooCostlyException"/>: one query cannot hold a core for longer than its budget. The clock is
/// read every 256 matches and at each segment, so the check costs nothing measurable.
/// </summary>
internal sealed class DeadlineCollector(ICollector inner, long deadline, TimeSpan budget) : ICollector
{
    private int _sinceCheck;

    /// <summary>The Stopwatch timestamp <paramref name="budget"/> from now.</summary>
    public static long From(TimeSpan budget) => Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Check();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck >= 256) { _sinceCheck = 0; Check(); }
        inner.Collect(doc);
    }

    private void Check()
    {
        if (Stopwatch.GetTimestamp() > deadline) throw Exceeded(budget);
    }

    /// <summary>What a search past its budget says, whichever store ran it.</summary>
    public static QueryTooCostlyException Exceeded(TimeSpan budget) =>
        new($"the query needs more than {budget.TotalSeconds:0.#} s; narrow it (fewer OR-ed words, a date range, a source)");
}
