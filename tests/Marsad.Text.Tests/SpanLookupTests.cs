namespace Marsad.Text.Tests;

/// <summary>
/// The span lookups that replace whole-list scans (<see cref="TextCoverage"/>, <see cref="SpanSearch"/>) give the
/// answers of the scans they replace, on random spans that nest, touch, repeat and are empty.
/// </summary>
public sealed class SpanLookupTests
{
    private static List<TextSpan> RandomSpans(Random random, int count, int length) =>
        Enumerable.Range(0, count).Select(_ =>
        {
            int start = random.Next(length);
            return new TextSpan(start, Math.Min(length - start, random.Next(4) == 0 ? 0 : random.Next(1, 30)));
        }).ToList();

    [Fact]
    public void Coverage_answers_as_a_scan_of_the_spans_added()
    {
        var random = new Random(1802);
        const int length = 500;
        var spans = RandomSpans(random, 40, length);
        var coverage = new TextCoverage(length);
        var added = new List<TextSpan>();
        foreach (var span in spans)
        {
            coverage.Add(span);
            added.Add(span);
            foreach (var asked in RandomSpans(random, 30, length))
                Assert.Equal(added.Exists(s => s.Overlaps(asked)), coverage.Overlaps(asked));
            for (int offset = -1; offset <= length + 1; offset += 7)
                Assert.Equal(added.Exists(s => s.Contains(offset)), coverage.Contains(offset));
        }
    }

    [Fact]
    public void Coverage_grows_for_a_span_past_the_length_it_was_given()
    {
        var coverage = new TextCoverage(10, [new TextSpan(8, 10)]);
        Assert.True(coverage.Contains(17));
        Assert.False(coverage.Contains(18));
        Assert.True(coverage.Overlaps(new TextSpan(15, 40)));
    }

    [Fact]
    public void A_scan_from_the_first_span_reaching_an_offset_meets_every_span_that_overlaps_a_range()
    {
        var random = new Random(18);
        var spans = RandomSpans(random, 200, 1000).OrderBy(s => s.Start).ToList();
        var reach = SpanSearch.RunningMaxEnds(spans, s => s);
        foreach (var asked in RandomSpans(random, 300, 1000))
        {
            var expected = Enumerable.Range(0, spans.Count).Where(i => spans[i].Overlaps(asked)).ToList();
            var found = new List<int>();
            for (int i = SpanSearch.FirstReaching(reach, asked.Start); i < spans.Count && spans[i].Start < asked.End; i++)
                if (spans[i].Overlaps(asked)) found.Add(i);
            Assert.Equal(expected, found);
            Assert.All(Enumerable.Range(0, SpanSearch.FirstReaching(reach, asked.Start)), i => Assert.True(spans[i].End <= asked.Start));
        }
    }
}
