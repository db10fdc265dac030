using System.Diagnostics;
using Marsad.Analysis;

namespace Marsad.Benchmarks;

/// <summary>
/// Console mode `steps`: where `analyze` spends its time, step by step, over the first N articles of one SaudiNewsNet
/// day (default 300 of 2015-07-21; the sample article when the data is absent). Each pass runs every step of the
/// default pipeline in order on fresh documents and adds up the CPU time of each step; the first pass warms up and is
/// not counted. Shares, not absolute times, are the figure to compare between two builds run on the same machine.
/// </summary>
public static class StepCosts
{
    public static int Run(string[] args)
    {
        int passes = 3, count = 300;
        for (int i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == "--passes") passes = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
            else if (args[i] == "--articles") count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
        }
        var texts = BenchData.DayTexts(count);
        var steps = MarsadPipeline.Default.Steps;
        var ticks = new long[steps.Count];
        for (int pass = 0; pass <= passes; pass++)
        {
            foreach (var text in texts)
            {
                var doc = new Document(text);
                for (int s = 0; s < steps.Count; s++)
                {
                    long start = Stopwatch.GetTimestamp();
                    steps[s].Run(doc);
                    if (pass > 0) ticks[s] += Stopwatch.GetTimestamp() - start;
                }
            }
        }
        double total = ticks.Sum();
        Console.WriteLine($"{texts.Count} articles × {passes} passes; ms per article and share of the pipeline:");
        for (int s = 0; s < steps.Count; s++)
        {
            double ms = ticks[s] * 1000.0 / Stopwatch.Frequency / passes / texts.Count;
            Console.WriteLine($"  {steps[s].GetType().Name,-24} {ms,8:F3} ms  {ticks[s] / total,6:P1}");
        }
        Console.WriteLine($"  {"all",-24} {total * 1000.0 / Stopwatch.Frequency / passes / texts.Count,8:F3} ms");
        return 0;
    }
}
