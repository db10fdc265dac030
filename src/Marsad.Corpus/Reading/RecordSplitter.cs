namespace Marsad.Corpus.Reading;

/// <summary>One record cut from a stream: its bytes, or none when it is larger than the limit (then its size so far).</summary>
public readonly record struct RecordBytes(int Number, byte[]? Bytes, long Size);

/// <summary>
/// Cuts a stream of JSON records (the elements of a top-level array, or JSON Lines) into one byte array per record,
/// holding at most one record of at most the limit in memory: a record with a gigabyte-long field is skipped to its
/// end and reported by number, and the records after it are still read. The cut only tracks strings, escapes and
/// bracket depth; whether a record is valid JSON is for the parser to say.
/// </summary>
public static class RecordSplitter
{
    public static IEnumerable<RecordBytes> ArrayElements(Stream stream, long maxRecordBytes)
    {
        var record = new RecordBuffer(maxRecordBytes);
        var buffer = new byte[64 * 1024];
        bool opened = false, inString = false, escaped = false;
        int depth = 0, number = 0;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < n; i++)
            {
                byte b = buffer[i];
                if (!opened)
                {
                    if (b == (byte)'[') opened = true; // whitespace and a byte-order mark come before it
                    continue;
                }
                if (inString)
                {
                    record.Add(b);
                    if (escaped) escaped = false;
                    else if (b == (byte)'\\') escaped = true;
                    else if (b == (byte)'"') inString = false;
                    continue;
                }
                switch (b)
                {
                    case (byte)',' when depth == 0:
                        if (record.Size > 0) yield return record.Take(++number);
                        continue;
                    case (byte)']' when depth == 0:
                        if (record.Size > 0) yield return record.Take(++number);
                        yield break; // whatever follows the array is not read
                    case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' when depth == 0:
                        continue;
                    case (byte)'"':
                        inString = true;
                        break;
                    case (byte)'{' or (byte)'[':
                        depth++;
                        break;
                    case (byte)'}' or (byte)']':
                        depth--;
                        break;
                }
                record.Add(b);
            }
        }
        if (record.Size > 0) yield return record.Take(++number); // an array cut short: the parser names what is wrong
    }

    /// <summary>Lines (JSON Lines), numbered from 1, blank ones included so that numbers match an editor's.</summary>
    public static IEnumerable<RecordBytes> Lines(Stream stream, long maxRecordBytes)
    {
        var record = new RecordBuffer(maxRecordBytes);
        var buffer = new byte[64 * 1024];
        int number = 0, n;
        bool first = true;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int start = 0;
            if (first && n >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
            first = false;
            for (int i = start; i < n; i++)
            {
                if (buffer[i] != (byte)'\n') { record.Add(buffer[i]); continue; }
                yield return record.Take(++number);
            }
        }
        if (record.Size > 0) yield return record.Take(++number);
    }

    /// <summary>Bytes of the record being cut; past the limit it only counts.</summary>
    private sealed class RecordBuffer(long max)
    {
        private readonly MemoryStream _bytes = new();
        public long Size { get; private set; }

        public void Add(byte b)
        {
            if (++Size <= max) _bytes.WriteByte(b);
        }

        public RecordBytes Take(int number)
        {
            var result = new RecordBytes(number, Size <= max ? _bytes.ToArray() : null, Size);
            _bytes.SetLength(0);
            if (_bytes.Capacity > 1024 * 1024) _bytes.Capacity = 1024 * 1024; // one huge record does not keep its buffer
            Size = 0;
            return result;
        }
    }
}
