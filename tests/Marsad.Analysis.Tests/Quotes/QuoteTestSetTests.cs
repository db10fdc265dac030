using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis.Quotes;
using Marsad.Tests;
using Marsad.Text;
using Xunit.Abstractions;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// The project's own quote test set: SaudiNewsNet articles from several outlets, annotated by hand
/// (quote-testset.json beside this file: offsets, kind, speaker as written). The article texts are read from
/// ../shared/data at test time.
/// </summary>
public class QuoteTestSetTests(ITestOutputHelper output)
{
    private static readonly string AnnotationPath = Path.Combine(SharedData.RepoRoot, "tests", "Marsad.Analysis.Tests", "Quotes", "quote-testset.json");

    /// <summary>
    /// The quote step judged alone: the entity layer is a stand-in with one entity per annotated speaker (every
    /// occurrence of the name), so that a wrong speaker is the quote step's fault, not the entity step's.
    /// </summary>
    [SkippableFact]
    public void Test_set_quotes_and_speakers_reach_the_target_with_speaker_entities()
    {
        var total = ScoreTestSet(realEntities: false, out int articles, out int quotes);
        Assert.True(articles >= 10, $"the test set has {articles} articles");
        Assert.True(quotes >= 60, $"the test set has {quotes} quotes");
        Assert.True(total.F1 >= 0.85, total.ToString());
        Assert.True(total.SpeakerAccuracy >= 0.85, total.ToString());
    }

    /// <summary>
    /// The whole pipeline, as users run it: speakers can only be as good as the entity step's recall of the
    /// speakers' names (a speaker whose name is not an entity has no id to point at).
    /// </summary>
    [SkippableFact]
    public void Test_set_quotes_with_the_pipeline_entities()
    {
        Skip.If(RealEntitySteps().Count == 0, "the pipeline has no entity step yet");
        var total = ScoreTestSet(realEntities: true, out _, out _);
        Assert.True(total.F1 >= 0.85, total.ToString());
        Assert.True(total.SpeakerAccuracy >= 0.85, total.ToString());
    }

    private QuoteScore.Result ScoreTestSet(bool realEntities, out int articleCount, out int goldCount)
    {
        var dataset = SharedData.Require("data", "news", "saudinewsnet", "dataset");
        using var json = JsonDocument.Parse(File.ReadAllText(AnnotationPath));
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        var entityStep = realEntities ? RealEntitySteps() : [];
        output.WriteLine(realEntities ? "entities: the pipeline's entity step" : "entities: one per annotated speaker name");

        var total = new QuoteScore.Result(0, 0, 0, 0, []);
        goldCount = 0;
        foreach (var article in articles)
        {
            string day = article.GetProperty("day").GetString()!, url = article.GetProperty("url").GetString()!;
            var doc = new Document(ReadArticle(dataset, day, url));
            var gold = article.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                TextSpan.FromBounds(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32()),
                q.GetProperty("kind").GetString()!, q.GetProperty("speaker").GetString(), q.GetProperty("optional").GetBoolean(),
                q.TryGetProperty("speakerType", out var type) ? Enum.Parse<EntityType>(type.GetString()!) : EntityType.PER)).ToList();
            foreach (var (q, el) in gold.Zip(article.GetProperty("quotes").EnumerateArray()))
                Assert.StartsWith(el.GetProperty("head").GetString()!, q.Span.Slice(doc.Text), StringComparison.Ordinal);
            goldCount += gold.Count(g => !g.Optional);

            SeedQuoteTests.RunLayersBeforeQuotes(doc);
            if (realEntities) foreach (var step in entityStep) step.Run(doc);
            else doc.SetLayer<Entity>(SpeakerEntities(doc.Text, gold));
            new QuoteStep().Run(doc);

            var entities = doc.Layer<Entity>().ToDictionary(e => e.Id);
            var result = QuoteScore.Score(doc.Text, doc.Layer<Quote>(), gold, (p, g) => SpeakerRight(doc.Text, entities, p, g),
                id => entities.TryGetValue(id, out var e) ? e.NameAr : id);
            output.WriteLine($"{day} {url}: {result}");
            foreach (var e in result.Errors) output.WriteLine("   " + e);
            total += result;
        }
        output.WriteLine($"TOTAL {total}");
        articleCount = articles.Count;
        return total;
    }

    /// <summary>Right when the predicted speaker entity is called by the annotated name, or both speakers are unnamed.</summary>
    private static bool SpeakerRight(string text, Dictionary<string, Entity> entities, Quote predicted, GoldQuote gold)
    {
        if (gold.Speaker is null) return predicted.SpeakerId is null;
        if (predicted.SpeakerId is null || !entities.TryGetValue(predicted.SpeakerId, out var e)) return false;
        string want = ArabicFolder.Fold(gold.Speaker);
        foreach (var s in e.Mentions.Concat(e.References))
        {
            string name = ArabicFolder.Fold(s.SliceSpan(text));
            if (name == want || ContainsWords(want, name) || ContainsWords(name, want)) return true;
        }
        return false;
    }

    private static bool ContainsWords(string longer, string shorter) =>
        shorter.Length > 2 && (" " + longer + " ").Contains(" " + shorter + " ", StringComparison.Ordinal);

    /// <summary>The steps that write the Entity layer, when the pipeline has them.</summary>
    private static List<Pipeline.IAnalysisStep> RealEntitySteps()
    {
        var steps = MarsadPipeline.CreateBuilder().Build().Steps;
        int first = steps.ToList().FindIndex(s => s.Produces.Contains(typeof(Entity)));
        if (first < 0) return [];
        // Everything from the entity step up to the quote step (entity-only steps and their helpers).
        return steps.Skip(first).TakeWhile(s => !s.Produces.Contains(typeof(Quote))).ToList();
    }

    /// <summary>
    /// Stand-in for the entity step while it is absent: one entity per annotated speaker, with every occurrence of
    /// its name (a shorter name that is the last word of a longer one, تونر of مارك تونر, is the same person).
    /// </summary>
    internal static List<Entity> SpeakerEntities(string text, List<GoldQuote> gold)
    {
        var names = gold.Select(g => g.Speaker).OfType<string>().Distinct().OrderByDescending(n => n.Length).ToList();
        var types = gold.Where(g => g.Speaker is not null).GroupBy(g => g.Speaker!).ToDictionary(g => g.Key, g => g.First().SpeakerType);
        var groups = new List<List<string>>();
        foreach (var n in names)
        {
            var g = groups.FirstOrDefault(x => x.Any(m => m.EndsWith(" " + n, StringComparison.Ordinal) || m.Contains(n, StringComparison.Ordinal)));
            if (g is null) groups.Add([n]); else g.Add(n);
        }
        var entities = new List<Entity>();
        var taken = new List<TextSpan>();
        foreach (var group in groups)
        {
            var spans = new List<TextSpan>();
            foreach (var name in group)
                for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                {
                    var s = new TextSpan(i, name.Length);
                    if (taken.Any(t => t.Overlaps(s))) continue;
                    taken.Add(s);
                    spans.Add(s);
                }
            spans.Sort();
            string head = group[0];
            entities.Add(new Entity("e" + (entities.Count + 1), types[head], head, head, null, spans, []));
        }
        return entities;
    }

    private static readonly Dictionary<string, Dictionary<string, string>> s_days = [];

    internal static string ReadArticle(string dataset, string day, string url)
    {
        lock (s_days)
        {
            if (!s_days.TryGetValue(day, out var byUrl))
            {
                byUrl = [];
                using var zip = ZipFile.OpenRead(Path.Combine(dataset, day + ".zip"));
                foreach (var entry in zip.Entries)
                {
                    using var stream = entry.Open();
                    using var records = JsonDocument.Parse(stream);
                    foreach (var r in records.RootElement.EnumerateArray())
                        byUrl.TryAdd(r.GetProperty("url").GetString()!, r.GetProperty("content").GetString() ?? "");
                }
                s_days[day] = byUrl;
            }
            return byUrl.TryGetValue(url, out var content) ? content : throw new InvalidOperationException($"{url} is not in {day}.zip");
        }
    }
}
