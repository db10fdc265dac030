using System.Text.Json;
using Marsad.Analysis.Quotes;
using Marsad.Tests;
using Marsad.Text;
using Xunit.Abstractions;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// The reference article scored against its hand annotation, with the annotation's own entity layer so that the
/// quote step is judged alone (the entity step is judged by its own tests).
/// </summary>
public class SeedQuoteTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Seed_quotes_and_speakers_reach_the_target()
    {
        var textPath = SharedData.Require("seed", "000_ab924b65eb77ff68.txt");
        var goldPath = SharedData.Require("spec", "seed.gold.json");
        var doc = new Document(File.ReadAllText(textPath));
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = gold.RootElement;
        Skip.IfNot(root.GetProperty("entities").EnumerateObject().First().Value.GetProperty("mentions")[0].GetProperty("text").GetString()
            is { } probe, "gold file has no entities");

        RunLayersBeforeQuotes(doc);
        doc.SetLayer<Entity>(GoldEntities(root));
        new QuoteStep().Run(doc);

        var goldQuotes = root.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
            TextSpan.FromBounds(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32()),
            q.GetProperty("kind").GetString()!, q.GetProperty("speaker").GetString(), q.GetProperty("optional").GetBoolean())).ToList();
        var result = QuoteScore.Score(doc.Text, doc.Layer<Quote>(), goldQuotes, (p, g) => p.SpeakerId == g.Speaker);
        output.WriteLine(result.ToString());
        foreach (var e in result.Errors) output.WriteLine(e);
        Assert.True(result.F1 >= 0.95, result.ToString());
        Assert.True(result.SpeakerAccuracy >= 0.95, result.ToString());
        // Names and terms in quotation marks are not quotes.
        foreach (var nq in root.GetProperty("notQuotes").EnumerateArray())
        {
            var span = TextSpan.FromBounds(nq.GetProperty("start").GetInt32(), nq.GetProperty("end").GetInt32());
            Assert.DoesNotContain(doc.Layer<Quote>(), q => q.Span == span);
        }
    }

    internal static void RunLayersBeforeQuotes(Document doc)
    {
        foreach (var step in MarsadPipeline.CreateBuilder().Build().Steps)
        {
            if (step.Produces.Contains(typeof(Quote)) || step.Produces.Contains(typeof(Entity))) break;
            step.Run(doc);
        }
    }

    private static List<Entity> GoldEntities(JsonElement root)
    {
        var refs = root.GetProperty("references").EnumerateArray()
            .Select(r => (Key: r.GetProperty("entity").GetString()!, Span: Span(r))).ToList();
        var list = new List<Entity>();
        foreach (var e in root.GetProperty("entities").EnumerateObject())
        {
            var type = Enum.Parse<EntityType>(e.Value.GetProperty("type").GetString()!);
            var mentions = e.Value.GetProperty("mentions").EnumerateArray().Select(Span).ToList();
            var references = refs.Where(r => r.Key == e.Name).Select(r => r.Span).ToList();
            list.Add(new Entity(e.Name, type, e.Name, e.Name, null, mentions, references));
        }
        return list;
    }

    private static TextSpan Span(JsonElement s) => TextSpan.FromBounds(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());
}
