using Marsad.Analysis;
using Marsad.Analysis.Pipeline;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Store;
using Marsad.Text;

namespace Marsad.Corpus.Tests;

/// <summary>A temporary data folder, deleted after the test.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("marsad-corpus-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>
/// A stand-in for the entity, quote and event steps other helpers are building, so the corpus code's use of
/// those layers is tested today: a tiny gazetteer links known spellings to KB ids, "قال" after a name makes
/// a quote by it, and "اتهم" makes an ACCUSE event from the sentence's first entity to the next.
/// </summary>
public sealed class TestLayersStep : IAnalysisStep
{
    private static readonly (string Surface, string Kb, string Name, EntityType Type)[] Gazetteer =
    [
        ("سيرغي لافروف", "Q193", "Sergey Lavrov", EntityType.PER),
        ("لافروف", "Q193", "Sergey Lavrov", EntityType.PER),
        ("بشار الأسد", "Q44329", "Bashar al-Assad", EntityType.PER),
        ("الأسد", "Q44329", "Bashar al-Assad", EntityType.PER),
        ("جيهون بيراموف", "Q1000001", "Jeyhun Bayramov", EntityType.PER),
        ("بيراموف", "Q1000001", "Jeyhun Bayramov", EntityType.PER),
        ("جيهون بايراموف", "Q1000001", "Jeyhun Bayramov", EntityType.PER),
        ("بايراموف", "Q1000001", "Jeyhun Bayramov", EntityType.PER),
        ("الائتلاف الوطني السوري", "Q2000001", "Syrian National Coalition", EntityType.ORG),
        ("جون كيري", "Q22316", "John Kerry", EntityType.PER),
    ];

    public string Name => "test-layers";
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence)];
    public IReadOnlyList<Type> Optional => [];
    public IReadOnlyList<Type> Produces => [typeof(Mention), typeof(Entity), typeof(Quote), typeof(Event)];

    public static AnalysisPipeline Pipeline() => new PipelineBuilder().Add(new TokenizeStep()).Add(new TestLayersStep()).Build();

    public void Run(Document doc)
    {
        string text = doc.Text;
        var mentions = new List<Mention>();
        foreach (var (surface, kb, _, type) in Gazetteer.OrderByDescending(g => g.Surface.Length))
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
                if (!mentions.Any(m => m.Span.Start <= at && at < m.Span.End))
                    mentions.Add(new Mention(new TextSpan(at, surface.Length), type, kb));
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var entities = mentions.GroupBy(m => m.KbId!).Select((g, i) =>
        {
            var entry = Gazetteer.First(x => x.Kb == g.Key);
            return new Entity($"e{i + 1}", entry.Type, entry.Name, text.Substring(g.First().Span.Start, g.First().Span.Length), g.Key, [.. g.Select(m => m.Span)], []);
        }).ToList();
        string IdAt(TextSpan s) => entities.First(e => e.Mentions.Contains(s)).Id;

        var quotes = new List<Quote>();
        var events = new List<Event>();
        foreach (var sentence in doc.Layer<Sentence>())
        {
            var inside = mentions.Where(m => sentence.Span.Contains(m.Span.Start)).ToList();
            int said = text.IndexOf("قال", sentence.Span.Start, sentence.Span.Length, StringComparison.Ordinal);
            var speaker = inside.FirstOrDefault(m => said >= 0 && m.Span.Start > said);
            if (said >= 0 && speaker is not null)
                quotes.Add(new Quote(TextSpan.FromBounds(speaker.Span.End, sentence.Span.End), QuoteKind.Indirect, IdAt(speaker.Span), new TextSpan(said, 3), "named"));
            int accuse = text.IndexOf("اتهم", sentence.Span.Start, sentence.Span.Length, StringComparison.Ordinal);
            if (accuse >= 0 && inside.Count >= 2)
                events.Add(new Event("ACCUSE", null, [], [IdAt(inside[0].Span)], [IdAt(inside[1].Span)], null, null, sentence.Span, new TextSpan(accuse, 4), null));
        }
        doc.SetLayer(mentions);
        doc.SetLayer(entities);
        doc.SetLayer(quotes);
        doc.SetLayer(events);
    }
}

/// <summary>Ingests files into a fresh data folder with a given pipeline.</summary>
public static class TestIngest
{
    public static IngestProgress Files(string dataDir, AnalysisPipeline pipeline, params string[] paths)
    {
        using var folder = CorpusFolder.OpenForWriting(dataDir);
        return new Ingester(folder, pipeline, new IngestOptions { Threads = 2, BatchSize = 50 }).Run(new BulkReader().Plan(paths));
    }

    public static string Samples => Marsad.Tests.SharedData.Sample(Path.Combine("corpus", "world-news.jsonl"));
}
