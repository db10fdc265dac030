namespace Marsad.Corpus.Store;

/// <summary>
/// What <see cref="Relations.RelationsBuilder"/> reads and writes of a store: the embedded <see cref="ArticleStore"/>
/// and the PostgreSQL store (<see cref="Postgres.PostgresStore"/>) both hold articles in one sequence order and the
/// relations of a prefix of it.
/// </summary>
public interface IRelationStore
{
    /// <summary>The highest sequence number whose relations are stored (0 when none).</summary>
    long RelationsSeq { get; }

    /// <summary>Articles in sequence order after <paramref name="afterSeq"/>, streamed.</summary>
    IEnumerable<StoredArticle> Enumerate(long afterSeq = 0);

    /// <summary>Stored relations in sequence order, streamed.</summary>
    IEnumerable<RelationRow> EnumerateRelations(long afterSeq = 0);

    /// <summary>Every stored copy pair, by later article then best first.</summary>
    IEnumerable<CopyLinkRow> EnumerateCopyLinks();

    /// <summary>
    /// Stores the relations of a batch and the summaries of the stories it touched, in one transaction;
    /// <paramref name="moved"/> are earlier articles that a story's re-check moved to another story.
    /// </summary>
    void WriteRelations(IReadOnlyList<RelationRow> rows, IReadOnlyList<StoryRow> stories, IReadOnlyList<(long Seq, int Story)>? moved = null);

    /// <summary>Moves articles to other stories and replaces every story summary.</summary>
    void RewriteStories(IReadOnlyList<(long Seq, int Story)> assignments, IReadOnlyList<StoryRow> stories);
}
