using Marsad.Analysis.Quotes;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>One rule per test: Arabic in, quotes (content, kind, speaker) out. Entities are built by hand.</summary>
public class QuoteStepTests
{
    /// <summary>Runs the layers before quotes, adds one entity per (name, type) with every occurrence of each of its names, then the quote step.</summary>
    private static Document Analyze(string text, params (string Names, EntityType Type)[] entities)
    {
        var doc = new Document(text);
        SeedQuoteTests.RunLayersBeforeQuotes(doc);
        var list = new List<Entity>();
        foreach (var (names, type) in entities)
        {
            var spans = new List<TextSpan>();
            foreach (var name in names.Split('|'))
                for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                    if (!list.Any(e => e.Mentions.Concat(e.References).Any(s => s.Overlaps(new TextSpan(i, name.Length)))) && !spans.Any(s => s.Overlaps(new TextSpan(i, name.Length))))
                        spans.Add(new TextSpan(i, name.Length));
            spans.Sort();
            var first = names.Split('|')[0];
            list.Add(new Entity(first, type, first, first, null, spans, []));
        }
        doc.SetLayer<Entity>(list);
        new QuoteStep().Run(doc);
        return doc;
    }

    private static (string Text, QuoteKind Kind, string? Speaker, string? SpeakerKind)[] Quotes(Document doc) =>
        doc.Layer<Quote>().Select(q => (q.Span.Slice(doc.Text), q.Kind, q.SpeakerId, q.SpeakerKind)).ToArray();

    [Fact]
    public void Asker_named_only_as_a_journalist_is_unnamed()
    {
        var doc = Analyze("وعندما كرر الصحافي السؤال قائلا: «هل ستحارب القوات الجديدة داعش فقط؟»، أجاب تونر: «نعم».",
            ("تونر", EntityType.PER));
        Assert.Equal([("هل ستحارب القوات الجديدة داعش فقط؟", QuoteKind.Direct, null, "anonymous"), ("نعم", QuoteKind.Direct, "تونر", "named")], Quotes(doc));
    }
}
