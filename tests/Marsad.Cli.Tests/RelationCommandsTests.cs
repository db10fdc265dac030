using Marsad.Cli.Commands;
using Marsad.Corpus.Ingest;
using Marsad.Tests;
using System.Globalization;

namespace Marsad.Cli.Tests;

/// <summary>A store ingested once (the full default pipeline) from the copies-and-stories stream.</summary>
public sealed class RelationsStore : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("marsad-cli-relations-").FullName;
    public string Data => Path.Combine(Root, "data");

    public RelationsStore()
    {
        var input = RelationsCorpus.Write(Root);
        int code = IngestCommand.Run([input], Data, new IngestOptions { Threads = 1, BatchSize = 4 }, TextWriter.Null);
        if (code != CommandRunner.Ok) throw new InvalidOperationException($"ingest failed ({code})");
    }

    public void Dispose() { if (Environment.GetEnvironmentVariable("MARSAD_KEEP") is null) Directory.Delete(Root, recursive: true); }
}

public sealed class RelationCommandsTests(RelationsStore store) : IClassFixture<RelationsStore>
{
    private static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        int code = run(stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Search_prints_the_cursor_of_the_next_page_and_continues_from_it_with_a_filter()
    {
        var (code, first, _) = Capture((o, e) => SearchCommand.Run("لافروف", store.Data, false, 1, Corpus.Search.SearchSort.Relevance, o, e));
        Assert.Equal(0, code);
        string cursorText = first.Split('\n').Single(l => l.StartsWith("next page: --after ", StringComparison.Ordinal))["next page: --after ".Length..].Trim();
        Assert.True(Corpus.Search.SearchCursor.TryParse(cursorText, out var cursor));
        var (_, second, _) = Capture((o, e) => SearchCommand.Run("لافروف", store.Data, false, 1, Corpus.Search.SearchSort.Relevance, o, e, after: cursor));
        // the second page starts after the first hit and the copies folded under it
        var from = System.Text.RegularExpressions.Regex.Match(second, @"from hit (\d+)");
        Assert.True(from.Success && int.Parse(from.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2, second);
        static string Id(string output) => output.Split('\n').First(l => l.TrimEnd().EndsWith(']')).TrimEnd();
        Assert.NotEqual(Id(first), Id(second));

        var filters = new Corpus.Search.SearchFilters { Sources = ["spa"] };
        var (_, spa, _) = Capture((o, e) => SearchCommand.Run("", store.Data, false, 10, Corpus.Search.SearchSort.Relevance, o, e, filters));
        var hits = spa.Split('\n').Where(l => l.TrimEnd().EndsWith(']')).ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("  spa  ", h, StringComparison.Ordinal));
    }

    [Fact]
    public void The_store_option_names_the_store_the_reading_commands_read_instead_of_the_data_folder()
    {
        string missing = Path.Combine(store.Root, "no-such-folder");
        foreach (var run in new Func<string, string?, TextWriter, TextWriter, int>[]
        {
            (data, s, o, e) => StoriesCommand.RunStore(data, null, 2, 10, o, e, s),
            (data, s, o, e) => CopiesCommand.RunStore(data, RelationsCorpus.FullCopyUrl, o, e, s),
            (data, s, o, e) => EntityCommand.Run(data, "لافروف", 5, o, e, s),
            (data, s, o, e) => AuditCommand.RunEvents(data, o, e, s),
        })
        {
            var byData = Capture((o, e) => run(store.Data, null, o, e));
            Assert.Equal(0, byData.Code);
            Assert.Equal(byData, Capture((o, e) => run(missing, store.Data, o, e))); // --store wins over --data
            var (code, _, err) = Capture((o, e) => run(store.Data, missing, o, e));
            Assert.Equal(CommandRunner.SomeFailed, code);
            Assert.Contains("holds no Marsad corpus", err, StringComparison.Ordinal);
        }
        // a PostgreSQL address that does not parse is named in one line, not thrown
        var (bad, _, why) = Capture((o, e) => StoriesCommand.RunStore(store.Data, null, 2, 10, o, e, "postgres://"));
        Assert.Equal(CommandRunner.SomeFailed, bad);
        Assert.Contains("is not a PostgreSQL address", why, StringComparison.Ordinal);
        // alerts live in a data folder
        Assert.Null(StoreAccess.Folder(store.Data, "postgres://marsad@db.example/marsad", "alert", TextWriter.Null));
        Assert.Equal(store.Data, StoreAccess.Folder(missing, store.Data, "alert", TextWriter.Null));
    }

    [Fact]
    public void Copies_of_a_republished_article_name_the_agency_original_and_list_the_copies()
    {
        var (code, output, _) = Capture((o, e) => CopiesCommand.RunStore(store.Data, RelationsCorpus.FullCopyUrl, o, e));
        Assert.Equal(0, code);
        Assert.Contains("Origin: spa (credited-original); original: لافروف وكيري يبحثان الأزمة السورية", output, StringComparison.Ordinal);
        Assert.Contains("2 other copies", output, StringComparison.Ordinal);
        Assert.Contains(RelationsCorpus.AbridgedUrl, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_of_an_unknown_article_fail_with_a_message()
    {
        var (code, _, err) = Capture((o, e) => CopiesCommand.RunStore(store.Data, "https://nowhere.example/x", o, e));
        Assert.Equal(CommandRunner.SomeFailed, code);
        Assert.Contains("no article with id or URL", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Copies_without_an_article_print_who_republishes_whom()
    {
        var (code, output, _) = Capture((o, e) => CopiesCommand.RunStore(store.Data, null, o, e));
        Assert.Equal(0, code);
        Assert.Contains("spa -> alriyadh: 1 credited, 1 copied", output, StringComparison.Ordinal);
        Assert.Contains("spa -> aawsat: 1 credited, 1 copied", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_list_the_talks_story_with_its_span_and_sources()
    {
        var (code, output, _) = Capture((o, e) => StoriesCommand.RunStore(store.Data, null, 2, 20, o, e));
        Assert.Equal(0, code);
        Assert.StartsWith("2 stories of 2 or more articles", output, StringComparison.Ordinal);
        // the meeting and its two copies; the next day's reaction is a story of its own in the meeting's thread
        Assert.Contains("2015-07-21 09:00 .. 2015-07-21 13:00, 3 articles", output, StringComparison.Ordinal);
        Assert.Contains("sources: aawsat 1, alriyadh 1, spa 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_since_a_date_leave_out_earlier_ones()
    {
        var (_, output, _) = Capture((o, e) => StoriesCommand.RunStore(store.Data, new DateTime(2015, 7, 25), 2, 20, o, e));
        Assert.StartsWith("1 stories of 2 or more articles active since 2015-07-25", output, StringComparison.Ordinal);
        Assert.Contains("جدة", output, StringComparison.Ordinal);
        Assert.DoesNotContain("لافروف", output, StringComparison.Ordinal);
    }

    [Fact]
    public void One_story_prints_its_articles_in_time_order_and_its_thread()
    {
        var (_, listing, _) = Capture((o, e) => StoriesCommand.RunStore(store.Data, null, 3, 1, o, e));
        int id = int.Parse(listing[(listing.IndexOf("[story ", StringComparison.Ordinal) + 7)..].Split(']')[0], CultureInfo.InvariantCulture);
        var (code, output, _) = Capture((o, e) => StoriesCommand.RunStory(store.Data, id, o, e));
        Assert.Equal(0, code);
        int[] at = [.. new[] { RelationsCorpus.WireUrl, RelationsCorpus.FullCopyUrl, RelationsCorpus.AbridgedUrl }
            .Select(u => output.IndexOf(u, StringComparison.Ordinal))];
        Assert.All(at, i => Assert.True(i > 0));
        Assert.Equal(at.Order(), at);
        // the follow-up of the next day, worded otherwise, is listed as a related story of the thread
        string thread = output[output.IndexOf("Thread (", StringComparison.Ordinal)..];
        Assert.Contains("2015-07-22 08:00 .. 2015-07-22 08:00, 1 articles  واشنطن تنتظر رد المعارضة السورية", thread, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_prints_its_articles_per_day_and_companions()
    {
        var (code, output, err) = Capture((o, e) => EntityCommand.Run(store.Data, "لافروف", 10, o, e));
        Assert.True(code == 0, err);
        Assert.Contains("2015-07-21     3", output, StringComparison.Ordinal);
        Assert.Contains("2015-07-22     1", output, StringComparison.Ordinal);
        Assert.Contains("John Kerry", output, StringComparison.Ordinal); // the companion, by its canonical name
    }

    [Theory]
    [InlineData("Lavrov")]
    [InlineData("Sergey Lavrov")]
    [InlineData("per:sergey-lavrov")]
    public void An_entity_is_found_by_its_english_name_surname_or_key_as_the_help_says(string name)
    {
        var (code, output, err) = Capture((o, e) => EntityCommand.Run(store.Data, name, 10, o, e));
        Assert.True(code == 0, err);
        Assert.StartsWith("Sergey Lavrov (", output, StringComparison.Ordinal);
        Assert.Contains("2015-07-21     3", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_entity_fails_with_a_message()
    {
        var (code, _, err) = Capture((o, e) => EntityCommand.Run(store.Data, "نابليون بونابرت", 10, o, e));
        Assert.Equal(CommandRunner.SomeFailed, code);
        Assert.Contains("no stored article names", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_copy_pairs_and_the_stories()
    {
        var copies = Path.Combine(store.Root, "copies.csv");
        Assert.Equal(0, ExportCommand.Run(store.Data, "csv", "copies", copies, TextWriter.Null));
        var rows = File.ReadAllLines(copies);
        Assert.Equal("article_id,published,source,copy_of,copy_of_published,copy_of_source,shared_shingles,coverage_pct", rows[0]);
        Assert.Equal(3, rows.Length - 1); // full copy -> wire, abridged -> wire, abridged -> full copy
        var stories = Path.Combine(store.Root, "stories.jsonl");
        Assert.Equal(0, ExportCommand.Run(store.Data, "jsonl", "stories", stories, TextWriter.Null));
        Assert.Contains(File.ReadAllLines(stories), l => l.Contains("\"articles\":3", StringComparison.Ordinal));
    }
}
