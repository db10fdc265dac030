using System.Text;
using Marsad.Text;

namespace Marsad.Corpus.Search;

/// <summary>How keyword fields (entity, speaker, source, type) are normalised, the same at index and query time.</summary>
public static class SearchKeys
{
    /// <summary>Folded (ArabicFolder.Matching, Latin lower-cased), with runs of space and punctuation made one space.</summary>
    public static string Keyword(string value)
    {
        var folded = ArabicFolder.Fold(value.AsSpan().Trim());
        var sb = new StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' or '.' or ',' or '،' or '«' or '»' or '"' or '\'')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Event types are PLOVER names in upper case.</summary>
    public static string EventType(string value) => value.Trim().ToUpperInvariant();
}
