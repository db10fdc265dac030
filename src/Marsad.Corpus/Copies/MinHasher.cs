using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Corpus.Copies;

/// <summary>
/// MinHash signatures of shingle sets. Each of the <see cref="Size"/> hash functions is a cheap bijection of
/// the 32-bit shingle hash (xor, odd multiply, xorshift), so one hash per shingle serves them all and the
/// loop runs eight functions per vector instruction. Two signatures agree in a position with probability
/// equal to the Jaccard similarity of the two sets.
/// </summary>
public sealed class MinHasher
{
    public const int DefaultSize = 128;

    private readonly uint[] _xor, _mul;

    public MinHasher(int size = DefaultSize, int seed = 0x5EED)
    {
        if (size <= 0 || size % Vector256<uint>.Count != 0)
            throw new ArgumentOutOfRangeException(nameof(size), $"must be a positive multiple of {Vector256<uint>.Count}");
        Size = size;
        _xor = new uint[size];
        _mul = new uint[size];
        var random = new Random(seed); // fixed seed: signatures persisted today must match those computed tomorrow
        for (int i = 0; i < size; i++)
        {
            _xor[i] = (uint)random.NextInt64(0, 1L << 32);
            _mul[i] = (uint)random.NextInt64(0, 1L << 32) | 1u; // odd: multiplication mod 2^32 is then a bijection
        }
    }

    public int Size { get; }

    /// <summary>Fills <paramref name="signature"/> (length <see cref="Size"/>) with the minima over <paramref name="shingles"/>.</summary>
    public void Sign(ReadOnlySpan<uint> shingles, Span<uint> signature)
    {
        if (signature.Length != Size) throw new ArgumentException($"signature must have {Size} slots", nameof(signature));
        signature.Fill(uint.MaxValue);
        if (Vector512.IsHardwareAccelerated && Size % Vector512<uint>.Count == 0)
        {
            // Same functions, sixteen per instruction: the signature is identical to the 256-bit loop's.
            var mins512 = MemoryMarshal.Cast<uint, Vector512<uint>>(signature);
            var xors512 = MemoryMarshal.Cast<uint, Vector512<uint>>(_xor);
            var muls512 = MemoryMarshal.Cast<uint, Vector512<uint>>(_mul);
            foreach (uint s in shingles)
            {
                var v = Vector512.Create(s);
                for (int j = 0; j < mins512.Length; j++)
                {
                    var h = (v ^ xors512[j]) * muls512[j];
                    h ^= Vector512.ShiftRightLogical(h, 15);
                    mins512[j] = Vector512.Min(mins512[j], h);
                }
            }
            return;
        }
        var mins = MemoryMarshal.Cast<uint, Vector256<uint>>(signature);
        var xors = MemoryMarshal.Cast<uint, Vector256<uint>>(_xor);
        var muls = MemoryMarshal.Cast<uint, Vector256<uint>>(_mul);
        foreach (uint s in shingles)
        {
            var v = Vector256.Create(s);
            for (int j = 0; j < mins.Length; j++)
            {
                var h = (v ^ xors[j]) * muls[j];
                h ^= Vector256.ShiftRightLogical(h, 15);
                mins[j] = Vector256.Min(mins[j], h);
            }
        }
    }

    /// <summary>Hash function <paramref name="function"/> of a shingle: the definition the vector loops compute in bulk.</summary>
    public uint Hash(int function, uint shingle)
    {
        uint h = (shingle ^ _xor[function]) * _mul[function];
        return h ^ (h >> 15);
    }

    public uint[] Sign(ReadOnlySpan<uint> shingles)
    {
        var signature = new uint[Size];
        Sign(shingles, signature);
        return signature;
    }

    /// <summary>The fraction of positions where two signatures agree: an estimate of Jaccard similarity.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return a.Length == 0 ? 0 : (double)same / a.Length;
    }
}
