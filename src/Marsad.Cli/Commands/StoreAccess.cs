using Marsad.Corpus.Relations;
using Marsad.Corpus.Store;

namespace Marsad.Cli.Commands;

/// <summary>Opens a data folder for the commands that read relations (copies, stories, entity).</summary>
public static class StoreAccess
{
    /// <summary>The folder and its relations, or null after telling the user why not.</summary>
    public static (CorpusFolder Folder, CorpusRelations Relations)? OpenRelations(string dataDir, TextWriter stderr)
    {
        CorpusFolder folder;
        try { folder = CorpusFolder.OpenForReading(dataDir); }
        catch (DirectoryNotFoundException e) { stderr.WriteLine($"marsad: {e.Message}"); return null; }
        if (folder.Store.RelationsSeq < folder.Store.LastSeq)
            stderr.WriteLine($"marsad: {folder.Store.LastSeq - folder.Store.RelationsSeq:N0} stored articles are not related yet (the next 'marsad ingest' relates them)");
        return (folder, new CorpusRelations(folder.Store));
    }
}
