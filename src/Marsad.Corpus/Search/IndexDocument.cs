using Lucene.Net.Documents;
using Lucene.Net.Util;
using Marsad.Corpus.Store;

namespace Marsad.Corpus.Search;

/// <summary>The Lucene document of a stored article: text fields, entity/speaker/type/source keywords, date, facets.</summary>
internal static class IndexDocument
{
    public static Document Build(StoredArticle a, ArticleFacts facts)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Id, a.Id, Field.Store.YES),
            new TextField(IndexFields.Text, a.Text, Field.Store.NO),
        };
        if (a.Title is { Length: > 0 } title) doc.Add(new TextField(IndexFields.Title, title, Field.Store.NO));
        if (Lead(a.Text) is { Length: > 0 } lead) doc.Add(new TextField(IndexFields.Lead, lead, Field.Store.NO));

        string? source = a.Source ?? facts.PublisherId ?? facts.PublisherName;
        if (source is { Length: > 0 })
        {
            doc.Add(new StringField(IndexFields.Source, SearchKeys.Keyword(source), Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.SourceFacet, new BytesRef(source)));
        }
        if (facts.PublisherId is { Length: > 0 } pid && pid != source)
            doc.Add(new StringField(IndexFields.Source, SearchKeys.Keyword(pid), Field.Store.NO));

        int day = a.Day;
        if (day > 0) doc.Add(new Int32Field(IndexFields.Date, day, Field.Store.NO));
        doc.Add(new NumericDocValuesField(IndexFields.DateValue, day));

        var names = new System.Text.StringBuilder();
        var main = new System.Text.StringBuilder();
        var entityKeys = new HashSet<string>();
        var facetNames = new HashSet<string>();
        foreach (var e in facts.Entities)
        {
            foreach (var k in Keywords(e)) entityKeys.Add(k);
            facetNames.Add(e.Name);
            names.Append(e.Name).Append('\n').Append(e.NameAr).Append('\n');
            foreach (var s in e.Surfaces) names.Append(s).Append('\n');
            if (!e.IsMain) continue;
            main.Append(e.Name).Append('\n').Append(e.NameAr).Append('\n');
            foreach (var s in e.Surfaces) main.Append(s).Append('\n');
        }
        foreach (var k in entityKeys) doc.Add(new StringField(IndexFields.Entity, k, Field.Store.NO));
        foreach (var n in facetNames) doc.Add(new SortedSetDocValuesField(IndexFields.EntityFacet, new BytesRef(n)));
        if (names.Length > 0) doc.Add(new TextField(IndexFields.Names, names.ToString(), Field.Store.NO));
        if (main.Length > 0) doc.Add(new TextField(IndexFields.Main, main.ToString(), Field.Store.NO));

        var byKey = facts.Entities.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First());
        var speakerKeys = new HashSet<string>();
        foreach (var q in facts.Quotes)
            if (q.SpeakerKey is { } key && byKey.TryGetValue(key, out var speaker))
                foreach (var k in Keywords(speaker)) speakerKeys.Add(k);
        foreach (var k in speakerKeys) doc.Add(new StringField(IndexFields.Speaker, k, Field.Store.NO));

        foreach (var type in facts.Events.Select(e => SearchKeys.EventType(e.Type)).Where(t => t.Length > 0).Distinct())
        {
            doc.Add(new StringField(IndexFields.Type, type, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexFields.TypeFacet, new BytesRef(type)));
        }
        return doc;
    }

    /// <summary>The opening of the body, cut at the end of a word.</summary>
    private static string Lead(string text)
    {
        if (text.Length <= ArticleFacts.LeadLength) return text;
        int end = ArticleFacts.LeadLength;
        while (end < text.Length && end < ArticleFacts.LeadLength + 40 && !char.IsWhiteSpace(text[end])) end++;
        return text[..end];
    }

    /// <summary>Every keyword an entity answers to: its key (KB id), canonical and Arabic names, and each spelling used.</summary>
    private static IEnumerable<string> Keywords(FactEntity e)
    {
        yield return SearchKeys.Keyword(e.Key);
        yield return SearchKeys.Keyword(e.Name);
        yield return SearchKeys.Keyword(e.NameAr);
        foreach (var s in e.Surfaces) yield return SearchKeys.Keyword(s);
    }
}
