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
    }

    [Fact]
    public void Csv_quotes_fields_with_commas_and_newlines()
    {
        using var ms = new MemoryStream();
        long n = TableWriters.WriteCsv(ExportTables.Columns("articles"), ExportTables.Rows(_c.Folder.Store, "articles"), ms);
        Assert.Equal(7, n);
        var csv = System.Text.Encoding.UTF8.GetString(ms.ToArray());
        Assert.StartsWith("\uFEFFarticle_id,published,source,title", csv, StringComparison.Ordinal);
        Assert.Contains("\"قال وزير الخارجية الروسي سيرغي لافروف، اليوم الثلاثاء", csv, StringComparison.Ordinal);
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
        XNamespace g = "http://gexf.net/1.3";
        var labels = doc.Descendants(g + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string)n.Attribute("label")!);
        Assert.Contains(doc.Descendants(g + "edge"), e =>
            new[] { labels[(string)e.Attribute("source")!], labels[(string)e.Attribute("target")!] }.Order().SequenceEqual(["John Kerry", "Sergey Lavrov"]));
    }
}
