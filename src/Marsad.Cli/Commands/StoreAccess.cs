using System.CommandLine;
using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;

namespace Marsad.Cli.Commands;

/// <summary>
/// Opens the store of the reading commands (stories, copies, entity, export, audit, eval sample): `--store` when given
/// (a data folder or a PostgreSQL address), else the `--data` folder; each command then reads it through
/// <see cref="IStoreReader"/>, whichever it is.
/// </summary>
public static class StoreAccess
{
    /// <summary>`--store`: where the commands that take `--data` may read instead.</summary>
    public static Option<string?> StoreOption() => new("--store")
    {
        Description = "The store to read: a data folder or a PostgreSQL database (postgres://user@host:port/db or Host=…); instead of --data",
    };

    /// <summary>The store named by <paramref name="store"/> (else the folder <paramref name="dataDir"/>), or null after telling the user why not.</summary>
    public static IStoreReader? Open(string dataDir, string? store, TextWriter stderr)
    {
        string address = store ?? dataDir;
        try { return StoreReaders.Open(address); }
        catch (DirectoryNotFoundException e) { stderr.WriteLine($"marsad: {e.Message}"); }
        catch (Exception e) when (ScaleOutFailure.Reason(e, address, null) is { } reason) { stderr.WriteLine($"marsad: {reason}"); }
        return null;
    }

    /// <summary>The store and its relations, or null after telling the user why not.</summary>
    public static (IStoreReader Store, CorpusRelations Relations)? OpenRelations(string dataDir, string? store, TextWriter stderr)
    {
        if (Open(dataDir, store, stderr) is not { } reader) return null;
        if (reader.RelationsSeq < reader.LastSeq)
            stderr.WriteLine($"marsad: {reader.LastSeq - reader.RelationsSeq:N0} stored articles are not related yet (the next 'marsad ingest' or a running 'marsad worker' relates them)");
        return (reader, new CorpusRelations(reader));
    }

    /// <summary>
    /// The data folder of the commands whose state lives only in one (watch: feeds, fetch state, the embedded ingest;
    /// alert: saved searches and their matches): `--store` when it names a folder, else `--data`; null after telling
    /// the user that a PostgreSQL store cannot serve them.
    /// </summary>
    public static string? Folder(string dataDir, string? store, string command, TextWriter stderr)
    {
        if (store is null) return dataDir;
        if (!Marsad.Corpus.Postgres.StoreAddress.IsPostgres(store)) return store;
        stderr.WriteLine($"marsad: {command} keeps its state in a data folder, not in PostgreSQL: give --data DIR (a PostgreSQL store is filled by 'marsad ingest --queue' and 'marsad worker')");
        return null;
    }
}
