using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Marsad.Corpus.Copies;

namespace Marsad.Corpus.Relations;

/// <summary>
/// A <see cref="CopyFingerprint"/> as stored bytes: word count, shingle sequence and MinHash signature (little-endian
/// uint32s). The sorted distinct shingles are not stored: they are the sequence sorted, cheaper to rebuild than to read.
/// </summary>
public static class FingerprintCodec
{
    private const int Header = 12; // words, sequence length, signature length

    public static byte[] Encode(CopyFingerprint fp)
    {
        var bytes = new byte[Header + 4 * (fp.Sequence.Length + fp.Signature.Length)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, fp.Words);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], fp.Sequence.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], fp.Signature.Length);
        Write(fp.Sequence, span[Header..]);
        Write(fp.Signature, span[(Header + 4 * fp.Sequence.Length)..]);
        return bytes;
    }

    public static CopyFingerprint Decode(ReadOnlySpan<byte> bytes)
    {
        int words = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        int n = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        int m = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (n < 0 || m < 0 || bytes.Length != Header + 4L * (n + m)) throw new InvalidDataException("not a stored copy fingerprint");
        var sequence = Read(bytes.Slice(Header, 4 * n));
        var signature = Read(bytes.Slice(Header + 4 * n, 4 * m));
        return new CopyFingerprint(sequence, WordShingler.DistinctSorted(sequence), signature, words);
    }

    private static void Write(uint[] values, Span<byte> into)
    {
        if (BitConverter.IsLittleEndian) MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(into);
        else for (int i = 0; i < values.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(into[(4 * i)..], values[i]);
    }

    private static uint[] Read(ReadOnlySpan<byte> bytes)
    {
        var values = new uint[bytes.Length / 4];
        if (BitConverter.IsLittleEndian) bytes.CopyTo(MemoryMarshal.AsBytes(values.AsSpan()));
        else for (int i = 0; i < values.Length; i++) values[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(4 * i)..]);
        return values;
    }
}
