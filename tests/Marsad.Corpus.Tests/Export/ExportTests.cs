using System.Text.Json;
using System.Xml.Linq;
using Marsad.Corpus.Export;
using Marsad.Corpus.Store;
using Parquet;

namespace Marsad.Corpus.Tests.Export;

/// <summary>Exports of samples/corpus analysed with the stand-in layer step (entities, quotes, events).</summary>
public sealed class ExportTests : IClassFixture<ExportTests.Corpus>
{
    public sealed class Corpus : IDisposable
    {
        public TempDir Dir { get; } = new();
        public CorpusFolder Folder { get; }

        public Corpus()
        {
            TestIngest.Files(Dir.Path, TestLayersStep.Pipeline(), TestIngest.Samples);
            Folder = CorpusFolder.OpenForReading(Dir.Path);
        }

        public void Dispose()
        {
            Folder.Dispose();
            Dir.Dispose();
        }
    }

    private readonly Corpus _c;
    public ExportTests(Corpus c) => _c = c;

    [Fact]
    public void Events_are_one_row_each_with_actor_recipient_type_date_and_source()
    {
        using var ms = new MemoryStream();
        TableWriters.WriteJsonLines(ExportTables.Columns("events"), ExportTables.Rows(_c.Folder.Store, "events"), ms);
        var rows = System.Text.Encoding.UTF8.GetString(ms.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ev = Assert.Single(rows);
        Assert.Equal(("ACCUSE", "Syrian National Coalition", "Bashar al-Assad", "2015-07-22", "example-news", "اتهم"),
            (ev.GetProperty("type").GetString(), ev.GetProperty("actor").GetString(), ev.GetProperty("recipient").GetString(),
             ev.GetProperty("date").GetString(), ev.GetProperty("source").GetString(), ev.GetProperty("trigger").GetString()));
        Assert.Equal(1, ev.GetProperty("reports").GetInt64());

        // The per-report table beside it names the same event.
        using var reports = new MemoryStream();
        TableWriters.WriteJsonLines(ExportTables.Columns("event_reports"), ExportTables.Rows(_c.Folder.Store, "event_reports"), reports);
        var report = JsonDocument.Parse(System.Text.Encoding.UTF8.GetString(reports.ToArray()).Trim()).RootElement;
        Assert.Equal(ev.GetProperty("event_id").GetString(), report.GetProperty("event_id").GetString());
        Assert.Equal(ev.GetProperty("article_id").GetString(), report.GetProperty("article_id").GetString());
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_and_newlines()
    {
        using var ms = new MemoryStream();
        long n = TableWriters.WriteCsv(ExportTables.Columns("articles"), ExportTables.Rows(_c.Folder.Store, "articles"), ms);
        Assert.Equal(7, n);
        var csv = System.Text.Encoding.UTF8.GetString(ms.ToArray());
        Assert.StartsWith("article_id,published,source,title", csv, StringComparison.Ordinal);
        Assert.Contains("\"قال وزير الخارجية الروسي سيرغي لافروف، اليوم الثلاثاء", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_tells_a_missing_value_from_an_empty_text_and_takes_a_bom_only_when_asked()
    {
        using var ms = new MemoryStream();
        TableWriters.WriteCsv([new("a"), new("b"), new("n", true)], [["x", null, 3L], ["", "y", null]], ms);
        Assert.Equal("a,b,n\r\nx,,3\r\n\"\",y,\r\n", System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        using var withBom = new MemoryStream();
        TableWriters.WriteCsv([new("a")], [["x"]], withBom, byteOrderMark: true);
        Assert.Equal([0xEF, 0xBB, 0xBF], withBom.ToArray()[..3]);
    }

    [Fact]
    public void Outlets_have_one_id_in_every_table_and_event_dates_are_calendar_dates()
    {
        Assert.Equal("spa", ExportTables.OutletId("was"));
        Assert.Equal("alwatan_sa", ExportTables.OutletId("alwatan"));
        Assert.Equal("example-news", ExportTables.OutletId("example-news"));
        Assert.Equal("2015-07-22", ExportTables.IsoDate("2015-07-22T10:00"));
        Assert.Null(ExportTables.IsoDate("PAST_REF"));
        Assert.Null(ExportTables.IsoDate("2015-W30"));
    }

    [Fact]
    public async Task Parquet_reads_back_with_every_entity_row()
    {
        using var ms = new MemoryStream();
        long n = await TableWriters.WriteParquetAsync(ExportTables.Columns("entities"), ExportTables.Rows(_c.Folder.Store, "entities"), ms);
        ms.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(ms);
        Assert.Equal(n, reader.Metadata!.NumRows);
        Assert.Contains("name", reader.Schema.GetDataFields().Select(f => f.Name));
    }

    [Fact]
    public void Gexf_links_entities_named_in_the_same_article()
    {
        using var ms = new MemoryStream();
        GexfWriter.Write(_c.Folder.Store, ms);
        ms.Position = 0;
        var doc = XDocument.Load(ms);
        XNamespace g = "http://www.gexf.net/1.2draft";
        var labels = doc.Descendants(g + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string)n.Attribute("label")!);
        Assert.Contains(doc.Descendants(g + "edge"), e =>
            new[] { labels[(string)e.Attribute("source")!], labels[(string)e.Attribute("target")!] }.Order().SequenceEqual(["John Kerry", "Sergey Lavrov"]));
    }
}
