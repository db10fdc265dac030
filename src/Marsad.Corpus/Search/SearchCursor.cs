using System.Buffers.Binary;
using Lucene.Net.Search;

namespace Marsad.Corpus.Search;

/// <summary>
/// Where the next page of hits starts: the last hit of a page (its score, date and Lucene document number) and
/// how many hits came before. Opaque to callers (a URL-safe string); Lucene's searchAfter continues from it, so
/// a page deep in the results costs what the first one does. After an ingest reopens the index, the document
/// numbers may shift and a page may repeat or skip a hit with the very same score.
/// </summary>
public sealed record SearchCursor(SearchSort Sort, int Position, int Doc, float Score, long Date)
{
    private const byte Version = 1;
    private const int Length = 1 + 1 + 4 + 4 + 4 + 8;

    public override string ToString()
    {
        Span<byte> b = stackalloc byte[Length];
        b[0] = Version;
        b[1] = (byte)Sort;
        BinaryPrimitives.WriteInt32LittleEndian(b[2..], Position);
        BinaryPrimitives.WriteInt32LittleEndian(b[6..], Doc);
        BinaryPrimitives.WriteSingleLittleEndian(b[10..], Score);
        BinaryPrimitives.WriteInt64LittleEndian(b[14..], Date);
        return Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Reads a cursor this class wrote; false for anything else.</summary>
    public static bool TryParse(string? text, out SearchCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 64) return false;
        string b64 = text.Replace('-', '+').Replace('_', '/');
        b64 += new string('=', (4 - b64.Length % 4) % 4);
        Span<byte> b = stackalloc byte[48];
        if (!Convert.TryFromBase64String(b64, b, out int n) || n != Length || b[0] != Version || b[1] > (byte)SearchSort.Date) return false;
        var c = new SearchCursor((SearchSort)b[1], BinaryPrimitives.ReadInt32LittleEndian(b[2..]), BinaryPrimitives.ReadInt32LittleEndian(b[6..]),
            BinaryPrimitives.ReadSingleLittleEndian(b[10..]), BinaryPrimitives.ReadInt64LittleEndian(b[14..]));
        if (c.Position < 0 || c.Doc < 0 || float.IsNaN(c.Score)) return false;
        cursor = c;
        return true;
    }

    /// <summary>The cursor after <paramref name="last"/>, the hit at <paramref name="position"/> - 1.</summary>
    internal static SearchCursor After(ScoreDoc last, SearchSort sort, int position) =>
        new(sort, position, last.Doc, float.IsNaN(last.Score) ? 0 : last.Score,
            last is FieldDoc { Fields: [var date, ..] } ? Convert.ToInt64(date, System.Globalization.CultureInfo.InvariantCulture) : 0);

    /// <summary>What searchAfter continues from: a scored hit, or for the date order the sort values too.</summary>
    internal ScoreDoc ToScoreDoc() => Sort == SearchSort.Date
        ? new FieldDoc(Doc, Score, [J2N.Numerics.Int64.GetInstance(Date), J2N.Numerics.Single.GetInstance(Score)])
        : new ScoreDoc(Doc, Score);
}
