using System.Data.Common;

namespace Marsad.Corpus.Store;

/// <summary>
/// What the read-only commands (stories, copies, entity, export, audit, eval sample), the web app's pages and <see cref="Relations.CorpusRelations"/>
/// read of a store, whichever it is: the embedded <see cref="ArticleStore"/> (SQLite in a data folder) or the
/// PostgreSQL store (<see cref="Postgres.PostgresStore"/>). Both hold the same tables under the same names and columns
/// (articles, relations, copies, stories, story_threads, mentions, entity_keys, aliases), so a reader's query is written
/// once, in the SQL both engines accept: <c>$1, $2…</c> parameters, no engine-specific functions. Readers see only
/// articles that have a sequence number (a PostgreSQL store's articles get theirs from the relation leader).
/// </summary>
public interface IStoreReader : IDisposable, Search.IArticleReader
{
    /// <summary>Where the store is, for messages (a folder path, or a PostgreSQL address without its password).</summary>
    string Name { get; }

    /// <summary>Number of stored (sequenced) articles.</summary>
    long Count { get; }

    /// <summary>The highest sequence number given (0 when none).</summary>
    long LastSeq { get; }

    /// <summary>The highest sequence number whose relations are stored (0 when none).</summary>
    long RelationsSeq { get; }

    StoredArticle? GetBySeq(long seq);

    /// <summary>Articles in sequence order after <paramref name="afterSeq"/>, streamed.</summary>
    IEnumerable<StoredArticle> Enumerate(long afterSeq = 0);

    /// <summary>Every stored copy pair, by later article then best first.</summary>
    IEnumerable<CopyLinkRow> EnumerateCopyLinks();

    /// <summary>The copy pairs that involve <paramref name="seq"/>, either side.</summary>
    List<CopyLinkRow> CopyLinksOf(long seq);

    /// <summary>The entity keys (folded, as <see cref="Search.SearchKeys.Keyword"/>) an article linked to a spelling of <paramref name="alias"/>.</summary>
    IReadOnlyList<string> EntitiesForAlias(string alias);

    /// <summary>Runs a read query written in the SQL both engines accept, <c>$1…</c> bound to <paramref name="args"/> in order.</summary>
    List<T> ReadRows<T>(string sql, Func<DbDataReader, T> read, params object?[] args);
}
