using Marsad.Corpus.Search;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Postgres;

/// <summary>What a search reads besides the postings, as the embedded store gives it (<see cref="ArticleStore"/>).</summary>
public sealed partial class PostgresStore
{
    /// <summary>The entity keys some article linked the spelling <paramref name="alias"/> to (the embedded store's order: bytewise).</summary>
    public IReadOnlyList<string> EntitiesForAlias(string alias) =>
        Rows("SELECT entity FROM aliases WHERE alias = $1 ORDER BY entity COLLATE \"C\" LIMIT 20", r => r.GetString(0), SearchKeys.Keyword(alias));

    /// <summary>The articles of these sequence numbers (those stored), in no order.</summary>
    public List<StoredArticle> GetBySeqs(IReadOnlyCollection<long> seqs) =>
        seqs.Count == 0 ? [] : Articles("WHERE seq = ANY($1)", seqs.ToArray());
}
