namespace Marsad.Analysis.Tests.Entities;

/// <summary>The reference tests' way to analyse a short article and read an entity's references as text.</summary>
internal static class ReferenceArticles
{
    public static (Document Doc, string Text) Analyze(string text, string date = "2015-07-21", string publisher = "sabq")
    {
        PublicationDate.TryParse(date, out var published);
        return (MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published, Publisher = publisher }), text);
    }

    public static List<string> ReferencesOf(Document doc, string text, Func<Entity, bool> which) =>
        doc.Layer<Entity>().Where(which).SelectMany(e => e.References).Select(r => r.Slice(text)).ToList();
}
