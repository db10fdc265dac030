using Marsad.Cli.Commands;

namespace Marsad.Cli.Tests;

/// <summary>`marsad audit links` and `marsad eval sample` on a small ingested store.</summary>
public sealed class AuditCommandsTests(RelationsStore store) : IClassFixture<RelationsStore>
{
    private static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int code = run(stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Audit_links_counts_each_written_form_and_entity_once_per_article_most_frequent_first()
    {
        var (code, output, _) = Capture((o, e) => AuditCommand.RunLinks(store.Data, 5, o, e));
        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(5, rows.Count);
        var counts = rows.Select(r => int.Parse(r.TrimStart().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
        // Lavrov is named in the talks story's wire copy and its republications, each article counted once
        Assert.Contains(rows, r => r.Contains("لافروف → Sergey Lavrov", StringComparison.Ordinal) && int.Parse(r.TrimStart().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) >= 2);
    }

    [Fact]
    public void Eval_sample_is_reproducible_for_a_seed_and_changes_with_it()
    {
        var first = Capture((o, e) => EvalSampleCommand.Run(store.Data, "entities", 3, 7, o, e));
        var again = Capture((o, e) => EvalSampleCommand.Run(store.Data, "entities", 3, 7, o, e));
        var other = Capture((o, e) => EvalSampleCommand.Run(store.Data, "entities", 3, 8, o, e));
        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, again.Out);
        Assert.NotEqual(first.Out, other.Out);
        Assert.Contains("  3. [", first.Out, StringComparison.Ordinal);
        Assert.Contains(" → ", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_sample_of_links_gives_only_linked_mentions_each_with_its_article_and_offsets()
    {
        var (code, links, _) = Capture((o, e) => EvalSampleCommand.Run(store.Data, "links", 200, 1, o, e));
        var (_, mentions, _) = Capture((o, e) => EvalSampleCommand.Run(store.Data, "entities", 200, 1, o, e));
        Assert.Equal(0, code);
        // every judged link can be written down as article id and offsets
        var heads = links.Split('\n').Where(l => l.Contains(". [", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(heads);
        Assert.All(heads, h => Assert.Matches(@" [0-9a-f]{6,} @\d+-\d+$", h));
        // a mention left unlinked (no knowledge-base id in its entity) is in the mentions sample, never in the links one
        var linkLines = links.Split('\n').Where(l => l.Contains(" → ", StringComparison.Ordinal)).ToList();
        var mentionLines = mentions.Split('\n').Where(l => l.Contains(" → ", StringComparison.Ordinal)).ToList();
        Assert.All(linkLines, l => Assert.Matches(@"\([^()]*, [A-Z]+, [^,()]+\)$", l));
        Assert.True(mentionLines.Count > linkLines.Count);
    }

    [Fact]
    public void Eval_sample_of_events_shows_type_trigger_and_parties()
    {
        var (code, output, _) = Capture((o, e) => EvalSampleCommand.Run(store.Data, "events", 50, 1, o, e));
        Assert.Equal(0, code);
        Assert.Matches(@"\n  [A-Z]+ «[^»]+»  actor: ", output);
    }

    [Fact]
    public void Audit_of_a_missing_store_fails_with_one_line()
    {
        var (code, _, err) = Capture((o, e) => AuditCommand.RunLinks(Path.Combine(store.Root, "nowhere"), 5, o, e));
        Assert.Equal(CommandRunner.SomeFailed, code);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Audit_events_counts_events_by_type_and_those_without_an_actor()
    {
        var (code, output, _) = Capture((o, e) => AuditCommand.RunEvents(store.Data, o, e));
        Assert.Equal(0, code);
        var total = output.Split('\n').Single(l => l.StartsWith("all ", StringComparison.Ordinal));
        var perType = output.Split('\n').Skip(1).Where(l => l.Length > 0 && !l.StartsWith("all ", StringComparison.Ordinal))
            .Sum(l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(perType, int.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(perType > 0);
        Assert.Contains("% without an actor", total, StringComparison.Ordinal);
    }
}
