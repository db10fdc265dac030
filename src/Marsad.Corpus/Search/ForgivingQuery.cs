using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Corpus.Search;

/// <summary>
/// A query as people type or paste it: a headline with a colon («الجبير: حريصون على…»), a slash («سياسي / الزياني
/// يؤكد») or a stray quotation mark is text. Only the known fields (entity:, speaker:, source:, type:, date:, title:,
/// text:) are fields; fuzzy (~), wildcard (* ?), boost (^) and regular-expression (/…/) syntax, which can make one
/// query cost the whole index, is read as text too. Words, "phrases", AND/OR/NOT, +/-, groups and date ranges stay.
/// </summary>
public static partial class ForgivingQuery
{
    /// <summary>The fields the plain syntax reads (a word and a colon is text otherwise).</summary>
    public static IReadOnlyCollection<string> Fields => KnownFields;

    /// <summary>
    /// The query of the advanced mode: Lucene's classic syntax with every field of <see cref="IndexFields"/> a
    /// query can name, suffix wildcards (سياس*), fuzzy words (word~), proximity ("a b"~3) and boosts (^2); only
    /// regular expressions (/…/), which can cost the whole index, stay text.
    /// </summary>
    public static string RewriteAdvanced(string query) => query.Replace('/', ' ').Replace('\\', ' ');

    private static readonly HashSet<string> KnownFields = new(StringComparer.OrdinalIgnoreCase)
    {
        IndexFields.Entity, IndexFields.Speaker, IndexFields.Source, IndexFields.Type, IndexFields.Date, IndexFields.Title, IndexFields.Text,
    };

    [GeneratedRegex(@"(?<field>[\p{L}\p{N}_]+)\s*:")]
    private static partial Regex FieldColon();

    public static string Rewrite(string query)
    {
        // a colon after anything but a known field is punctuation
        string q = FieldColon().Replace(query, m => KnownFields.Contains(m.Groups["field"].Value) ? m.Groups["field"].Value + ":" : m.Groups["field"].Value + " ");
        var sb = new StringBuilder(q.Length);
        bool inRange = false;
        foreach (char c in q)
        {
            if (c == '[' || c == '{') inRange = true;
            if (c == ']' || c == '}') inRange = false;
            sb.Append(c switch
            {
                '/' or '~' or '^' or '\\' => ' ',
                '*' or '?' when !inRange => ' ',
                ':' => ':',
                _ => c,
            });
        }
        q = sb.ToString();
        // an unbalanced quotation mark starts no phrase
        if (q.Count(c => c == '"') % 2 == 1) q = q.Replace("\"", " ", StringComparison.Ordinal);
        return q;
    }
}
