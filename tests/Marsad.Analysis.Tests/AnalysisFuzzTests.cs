using System.Globalization;
using System.Text;
using Marsad.Analysis.Json;
using Marsad.Tests;
using Marsad.Text;

namespace Marsad.Analysis.Tests;

/// <summary>
/// Mutation fuzzing of `analyze`: the sample articles with seeded damage (syntax bytes, awkward numbers, deleted,
/// duplicated and spliced ranges, stray bidi marks and tatweel) go through the whole pipeline under its contracts;
/// no input may throw, and every span must lie inside the text. 300 inputs in CI; MARSAD_FUZZ_INPUTS for long runs.
/// </summary>
public sealed class AnalysisFuzzTests
{
    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("MARSAD_FUZZ_INPUTS"), CultureInfo.InvariantCulture, out int n) ? Math.Max(1, n / 100) : 300;

    [Fact]
    public void No_mutated_article_makes_the_pipeline_throw_or_point_outside_the_text()
    {
        var seeds = new[] { "ar-sample-01.txt", "ar-sample-02.txt", "ar-sample-03.txt" }.Select(n => File.ReadAllBytes(SharedData.Sample(n))).ToArray();
        var mutator = new ByteMutator(20260);
        for (int i = 0; i < Inputs; i++)
        {
            byte[] input = mutator.Mutate(seeds[i % seeds.Length], seeds[mutator.Next(seeds.Length)]);
            string text = Encoding.UTF8.GetString(input);
            Document doc;
            try
            {
                doc = MarsadPipeline.Default.Analyze(text);
                AnalysisJsonWriter.ToJson(doc);
            }
            catch (Exception e)
            {
                string kept = Path.Combine(Path.GetTempPath(), $"marsad-fuzz-analyze-{i}.txt");
                File.WriteAllBytes(kept, input);
                throw new InvalidOperationException($"input {i} ({kept}) made the pipeline throw", e);
            }
            int length = doc.Text.Length;
            void Inside(TextSpan span, string what) =>
                Assert.True(span.Start >= 0 && span.End <= length && span.Start <= span.End, $"input {i}: {what} {span} outside a text of {length}");
            foreach (var t in doc.Layer<Token>()) Inside(t.Span, "token");
            foreach (var m in doc.Layer<Mention>()) Inside(m.Span, "mention");
            foreach (var q in doc.Layer<Quote>()) Inside(q.Span, "quote");
            foreach (var t in doc.Layer<TimeExpression>()) Inside(t.Span, "time");
            foreach (var q in doc.Layer<Quantity>()) Inside(q.Span, "figure");
        }
    }
}
