using Marsad.Corpus.Postgres;

namespace Marsad.Corpus.Store;

/// <summary>Opens the store a `--store` (or `--data`) value names for reading: a data folder, or a PostgreSQL database (<see cref="StoreAddress"/>).</summary>
public static class StoreReaders
{
    /// <summary>
    /// The store at <paramref name="address"/>. A folder must hold a corpus (else <see cref="DirectoryNotFoundException"/>);
    /// a PostgreSQL database gets the schema migrations it lacks.
    /// </summary>
    public static IStoreReader Open(string address)
    {
        if (StoreAddress.IsPostgres(address)) return PostgresStore.Open(address);
        if (!File.Exists(Path.Combine(address, CorpusFolder.StoreFile)))
            throw new DirectoryNotFoundException($"{address} holds no Marsad corpus (run 'marsad ingest' first)");
        return ArticleStore.OpenForReading(Path.Combine(address, CorpusFolder.StoreFile));
    }
}
