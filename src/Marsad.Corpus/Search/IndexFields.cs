namespace Marsad.Corpus.Search;

/// <summary>The fields of the search index; the query syntax's field names are the same words.</summary>
public static class IndexFields
{
    public const string Id = "id";
    /// <summary>Body text (analysed: folded, stemmed).</summary>
    public const string Text = "text";
    public const string Title = "title";
    /// <summary>Every name and spelling of the article's entities, analysed, so plain words find entities by any of their names.</summary>
    public const string Names = "names";
    /// <summary>The opening of the body (ArticleFacts.LeadLength characters, to a word's end), analysed: a match there ranks higher.</summary>
    public const string Lead = "lead";
    /// <summary>The names of the entities the article is about (FactEntity.IsMain), analysed: a match there ranks higher.</summary>
    public const string Main = "main";
    /// <summary>Entity keys, folded names and spellings (keywords): `entity:"Sergey Lavrov"`.</summary>
    public const string Entity = "entity";
    /// <summary>The same keywords for the entities quoted in the article: `speaker:"Sergey Lavrov"`.</summary>
    public const string Speaker = "speaker";
    /// <summary>PLOVER event types: `type:ACCUSE`.</summary>
    public const string Type = "type";
    /// <summary>The outlet, folded: `source:aawsat`.</summary>
    public const string Source = "source";
    /// <summary>Publication day as yyyyMMdd (Int32): `date:[2015-07-21 TO 2015-07-25]`.</summary>
    public const string Date = "date";

    // Doc values for sorting and facets (display forms, not folded).
    public const string DateValue = "f_date";
    public const string SourceFacet = "f_source";
    public const string EntityFacet = "f_entity";
    public const string TypeFacet = "f_type";
}
