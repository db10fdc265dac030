using System.CommandLine;

namespace Marsad.Cli.Commands;

/// <summary>
/// `marsad entity NAME [--data DIR | --store STORE]`: one entity across the corpus store: its spellings, mentions per day, quotes
/// by it and about it, the entities named with it and those it acts with in events.
/// </summary>
public static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "A name in any spelling (لافروف, سيرغي لافروف, Sergey Lavrov, Lavrov) or a knowledge-base key (per:sergey-lavrov)" };
        var data = IngestCommand.DataOption();
        var store = StoreAccess.StoreOption();
        var quotes = new Option<int>("--quotes") { Description = "Most quotes listed in each list", DefaultValueFactory = _ => 10 };
        var command = new Command("entity", "An entity across the corpus: mentions per day, quotes by and about it, and who it appears and acts with") { name, data, store, quotes };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(name)!, parse.GetValue(quotes), Console.Out, Console.Error, parse.GetValue(store)));
        return command;
    }

    public static int Run(string dataDir, string name, int maxQuotes, TextWriter stdout, TextWriter stderr, string? store = null)
    {
        if (StoreAccess.OpenRelations(dataDir, store, stderr) is not var (reader, relations)) return CommandRunner.SomeFailed;
        using (reader)
        {
            if (relations.EntityProfile(name) is not { } p)
            {
                stderr.WriteLine($"marsad: no stored article names '{name}'");
                return CommandRunner.SomeFailed;
            }
            stdout.WriteLine($"{p.Name} ({p.NameAr}) {p.Type}, key {p.Key}: named in {p.Articles} articles");
            if (p.Variants.Count > 0) stdout.WriteLine($"spellings: {string.Join("، ", p.Variants)}");
            stdout.WriteLine();
            stdout.WriteLine("Articles per day:");
            foreach (var d in p.Timeline) stdout.WriteLine($"  {d.Day}  {d.Articles,4}  {new string('#', Math.Min(d.Articles, 60))}");
            WriteQuotes(stdout, $"Quotes by {p.Name}", p.QuotesBy, maxQuotes, withSpeaker: false);
            WriteQuotes(stdout, $"Quotes about {p.Name}", p.QuotesAbout, maxQuotes, withSpeaker: true);
            stdout.WriteLine();
            stdout.WriteLine($"Named with: {string.Join(", ", p.Companions.Select(c => $"{c.Name} {c.Articles}"))}");
            stdout.WriteLine($"Acts with (same events): {(p.ActsWith.Count == 0 ? "-" : string.Join(", ", p.ActsWith.Select(c => $"{c.Name} {c.Articles}")))}");
            return CommandRunner.Ok;
        }
    }

    private static void WriteQuotes(TextWriter w, string heading, IReadOnlyList<Marsad.Corpus.Relations.TimelineQuote> quotes, int max, bool withSpeaker)
    {
        w.WriteLine();
        w.WriteLine($"{heading} ({quotes.Count}):");
        foreach (var q in quotes.Take(max))
            w.WriteLine($"  {q.Date ?? "-",-20} {(withSpeaker ? (q.Speaker ?? "(unattributed)") + ": " : "")}«{q.Text}»  ({q.Article.Source}: {q.Article.Title})");
    }
}
