using System.CommandLine;
using System.Globalization;
using Marsad.Evaluation;
using Marsad.Evaluation.Stories;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad eval stories --gold eval/stories`: purity and pairwise recall of the story assignment on the judged stories,
/// and pairwise F1 of event merging on the judged report pairs, per split; with several splits also over all of them as
/// one stream (consecutive days: a story may span them).
/// </summary>
public static class EvalStoriesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder with stories.tsv and event-pairs.tsv, or with one such folder per split (dev, test)", Required = true };
        var news = new Option<string?>("--news") { Description = "Folder of the SaudiNewsNet zips the gold files name (default: ../shared/data/news/saudinewsnet/dataset)" };
        var history = new Option<int>("--history-days")
        {
            Description = "Days before the judged ones whose articles count into the term frequencies first, as in a running store",
            DefaultValueFactory = _ => 1,
        };
        var errors = new Option<bool>("--errors") { Description = "List the mixed and split stories and the misjudged report pairs (use on dev only)" };
        var command = new Command("stories", "Purity and pairwise recall of stories, pairwise F1 of event merging, on judged articles") { gold, news, history, errors };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(news), parse.GetValue(history), parse.GetValue(errors), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string goldDir, string? newsDir, int historyDays, bool showErrors, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<StorySplit> splits;
        try { splits = StoryGold.Load(goldDir); }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"marsad: {e.Message}");
            return CommandRunner.UsageError;
        }
        var texts = new GoldTexts(newsDir ?? GoldTexts.DefaultFolder(goldDir));
        var runs = splits.ToList();
        if (splits.Count > 1)
            runs.Add(new StorySplit(string.Join("+", splits.Select(s => s.Name)), [.. splits.SelectMany(s => s.Articles)], [.. splits.SelectMany(s => s.Pairs)]));
        stdout.WriteLine($"{"split",-10} {"articles",8} {"judged",7} {"stories",7} {"threads",7} {"purity",7} {"pair-P",7} {"pair-R",7} {"mixed",6}   {"pairs",5} {"found",5} {"align",5} {"ev-P",6} {"ev-R",6} {"ev-F1",6}");
        int failed = 0;
        foreach (var split in runs)
        {
            StoryScores s;
            try { s = StoryEvaluation.Run(split, texts, stderr, StoryEvaluation.History(split, texts.NewsFolder, historyDays)); }
            catch (InvalidDataException ex) { stderr.WriteLine($"marsad: {ex.Message}"); failed++; continue; }
            var e = s.Events;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Split,-10} {s.Articles,8} {s.GoldStories,7} {s.Stories,7} {s.Threads,7} {s.Purity,7:0.000} {s.PairPrecision,7:0.000} {s.PairRecall,7:0.000} {s.MixedStories,6}   {e.Judged,5} {e.Found,5} {e.Aligned,5} {e.Precision,6:0.000} {e.Recall,6:0.000} {e.F1,6:0.000}"));
            if (showErrors)
                foreach (var line in s.Errors) stdout.WriteLine("  " + line);
        }
        return failed == 0 ? CommandRunner.Ok : CommandRunner.SomeFailed;
    }
}
