using System.IO.Hashing;

namespace Marsad.Corpus.Reading;

/// <summary>
/// A read-only view of a decompressing stream that refuses to yield more than a limit (a zip bomb ends in one
/// error naming the entry) and, for a zip entry, checks its CRC-32 and size when the end is reached.
/// </summary>
public sealed class LimitedStream(Stream inner, long maxBytes, string location, uint? expectedCrc = null, long expectedLength = -1) : Stream
{
    private readonly Crc32? _crc = expectedCrc is null ? null : new Crc32();
    private long _read;
    private bool _checked;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        try { n = inner.Read(buffer); }
        catch (InvalidDataException e) { throw new InputException(location, $"corrupt compressed data ({e.Message})"); }
        _read += n;
        if (_read > maxBytes)
            throw new InputException(location, $"decompresses to more than {maxBytes / 1048576.0:N0} MiB, the limit for one entry");
        if (n > 0) _crc?.Append(buffer[..n]);
        else Check();
        return n;
    }

    private void Check()
    {
        if (_checked || _crc is null) return;
        _checked = true;
        if (expectedLength >= 0 && _read != expectedLength)
            throw new InputException(location, $"corrupt zip entry: {_read:N0} bytes where the archive says {expectedLength:N0}");
        if (_crc.GetCurrentHashAsUInt32() != expectedCrc)
            throw new InputException(location, "corrupt zip entry: its CRC-32 does not match (the data is damaged)");
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
