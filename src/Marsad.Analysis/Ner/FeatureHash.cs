namespace Marsad.Analysis.Ner;

/// <summary>
/// 64-bit hashing of character spans and feature keys, so that features are computed without building strings.
/// The constants are part of the model format: changing them invalidates trained models.
/// </summary>
internal static class FeatureHash
{
    public const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>FNV-1a step: extends a hash by one character (incremental hashing gives every prefix for free).</summary>
    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Seed;
        foreach (char c in s) h = (h ^ c) * Prime;
        return h;
    }

    /// <summary>Hash of a string, for building lexicons (same value as hashing the span).</summary>
    public static ulong Of(string s) => Of(s.AsSpan());

    /// <summary>A strong 64-bit finaliser (murmur3 fmix64): spreads FNV's weak low bits before bucketing.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    /// <summary>Order-sensitive combination of two hashes (word sequences, conjunctions).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a * 0x9E3779B97F4A7C15UL + b + 0x632BE59BD9B4E019UL);

    /// <summary>The weight bucket of feature template <paramref name="template"/> with value <paramref name="value"/>.</summary>
    public static int Bucket(int template, ulong value, int bits) =>
        (int)(Mix(value ^ ((ulong)(template + 1) * 0x9E3779B97F4A7C15UL)) >> (64 - bits));
}
