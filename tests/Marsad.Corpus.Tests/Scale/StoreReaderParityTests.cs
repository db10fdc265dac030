using System.Text.Json;
using Marsad.Corpus.Export;
using Marsad.Corpus.Ingest;
using Marsad.Corpus.Postgres;
using Marsad.Corpus.Reading;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;
using Marsad.Corpus.Tests.Relations;
using Marsad.Tests;

namespace Marsad.Corpus.Tests.Scale;

/// <summary>
/// The reading commands are written once over <see cref="IStoreReader"/>: an embedded store and the PostgreSQL store
/// `marsad migrate` makes of it must read the same (stories, a story, copy groups, the source graph, an entity,
/// the exported tables).
/// </summary>
public sealed class StoreReaderParityTests
{
    [SkippableFact]
    public void The_postgres_store_reads_what_the_embedded_store_it_was_migrated_from_reads()
    {
        using var scratch = ScaleOutServers.RequireDatabase();
        string database = scratch.Address;
        using var dir = new TempDir();
        var input = RelationsCorpus.Write(dir.Path);
        var data = dir.File("data");
        using (var folder = CorpusFolder.OpenForWriting(data))
            new Ingester(folder, RelationsPipeline.Create(), new IngestOptions { Threads = 1, BatchSize = 2 }).Run(new BulkReader().Plan([input]));
        using (var folder = CorpusFolder.OpenForReading(data))
        using (var postgres = PostgresStore.Open(database))
            PostgresMigration.Run(folder.Store, postgres);

        using var embedded = StoreReaders.Open(data);
        using var postgresReader = StoreReaders.Open(database);
        Assert.IsType<PostgresStore>(postgresReader);
        Assert.Equal(embedded.Count, postgresReader.Count);

        static string Read(IStoreReader store)
        {
            var r = new CorpusRelations(store);
            int top = r.Stories(null, 1)[0].Id;
            object?[] all =
            [
                r.Stories(null, 100), r.Stories(new DateTime(2015, 7, 25), 10), r.Story(top), r.Thread(top),
                r.CopiesOf(RelationsCorpus.WireUrl), r.CopiesOf(RelationsCorpus.FullCopyUrl), r.CopiesOf("https://nowhere.example/x"),
                r.SourceGraph(), r.EntityProfile("لافروف"), r.EntityProfile("Sergey Lavrov"), r.EntityProfile("نابليون"),
                .. ExportTables.Names.Select(what => ExportTables.Rows(store, what).ToList()),
            ];
            return JsonSerializer.Serialize(all);
        }
        string expected = Read(embedded);
        Assert.Contains("Sergey Lavrov", expected, StringComparison.Ordinal); // the comparison is over real content
        Assert.Equal(expected, Read(postgresReader));
    }
}
