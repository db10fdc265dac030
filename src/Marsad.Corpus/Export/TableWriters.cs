using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace Marsad.Corpus.Export;

/// <summary>
/// Writes export rows as JSON Lines, CSV (RFC 4180, UTF-8; a BOM only when asked, for spreadsheet programs) or Parquet.
/// In CSV a missing value is an empty field and an empty text is "" (PostgreSQL's COPY reads them as NULL and '').
/// </summary>
public static class TableWriters
{
    public static long WriteJsonLines(IReadOnlyList<ExportColumn> columns, IEnumerable<object?[]> rows, Stream output)
    {
        long n = 0;
        using var w = new Utf8JsonWriter(output, Marsad.Analysis.Json.AnalysisJsonWriter.Options);
        foreach (var row in rows)
        {
            w.WriteStartObject();
            for (int i = 0; i < columns.Count; i++)
            {
                switch (row[i])
                {
                    case null: w.WriteNull(columns[i].Name); break;
                    case long l: w.WriteNumber(columns[i].Name, l); break;
                    default: w.WriteString(columns[i].Name, row[i]!.ToString()); break;
                }
            }
            w.WriteEndObject();
            w.Flush();
            output.WriteByte((byte)'\n');
            w.Reset(output); // each line is a document of its own: the writer refuses a second root value otherwise
            n++;
        }
        return n;
    }

    public static long WriteCsv(IReadOnlyList<ExportColumn> columns, IEnumerable<object?[]> rows, Stream output, bool byteOrderMark = false)
    {
        long n = 0;
        using var w = new StreamWriter(output, new UTF8Encoding(byteOrderMark), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine(string.Join(',', columns.Select(c => Quote(c.Name))));
        foreach (var row in rows)
        {
            w.WriteLine(string.Join(',', row.Select(v => v is null ? "" : Quote(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!))));
            n++;
        }
        return n;
    }

    private static string Quote(string s) =>
        s.Length == 0 || s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    /// <summary>Parquet in row groups of <paramref name="rowGroupSize"/> rows, so memory stays bounded.</summary>
    public static async Task<long> WriteParquetAsync(IReadOnlyList<ExportColumn> columns, IEnumerable<object?[]> rows, Stream output, int rowGroupSize = 20000)
    {
        var fields = columns.Select(c => c.IsNumber ? (DataField)new DataField<long?>(c.Name) : new DataField<string>(c.Name, true)).ToArray();
        var schema = new ParquetSchema(fields);
        long n = 0;
        await using var writer = await ParquetWriter.CreateAsync(schema, output);
        var buffer = new List<object?[]>(rowGroupSize);
        async Task FlushAsync()
        {
            if (buffer.Count == 0) return;
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < columns.Count; c++)
            {
                if (columns[c].IsNumber)
                {
                    var values = buffer.Select(r => (long?)r[c]).ToArray();
                    await group.WriteAsync<long>(fields[c], values.AsMemory());
                }
                else
                    await group.WriteAsync(fields[c], buffer.Select(r => r[c] as string).ToArray()!, null);
            }
            n += buffer.Count;
            buffer.Clear();
        }
        foreach (var row in rows)
        {
            buffer.Add(row);
            if (buffer.Count >= rowGroupSize) await FlushAsync();
        }
        await FlushAsync();
        return n;
    }
}
