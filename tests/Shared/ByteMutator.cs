using System.Text;

namespace Marsad.Tests;

/// <summary>
/// Seeded mutations of a valid input, the kinds that break parsers: flipped bits, bytes that are syntax in the
/// formats we read (quotes, braces, angle brackets, CR/LF, NUL), numbers swapped for huge, negative or hex ones,
/// ranges deleted, duplicated or spliced from another seed. The same seed gives the same inputs, so a failure
/// is reproduced from its seed and number alone.
/// </summary>
public sealed class ByteMutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly byte[] Syntax = "\"{}[]<>:,\\/\r\n\0 =;&#%'-@".Select(c => (byte)c).ToArray();

    private static readonly string[] Numbers =
        ["0", "-1", "ffffffff", "100000000", "99999999999999999999", "2147483648", "-9223372036854775809", "1e308", "NaN", "٣٢", "۴"];

    private static readonly string[] Fragments =
        ["\"@type\": 5", "{\"content\": 5}", "<script>", "</", "<![CDATA[", "&#xFFFF;", "\\u0000", "\uFEFF", "\u200F", "ـــ", "null", "[]", "{}", "\r\n\r\n"];

    /// <summary>One mutated copy of <paramref name="input"/>, with 1–4 mutations; <paramref name="other"/> is spliced from.</summary>
    public byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = new List<byte>(input);
        int count = 1 + _random.Next(4);
        for (int i = 0; i < count; i++) MutateOnce(bytes, other);
        return [.. bytes];
    }

    private void MutateOnce(List<byte> bytes, byte[] other)
    {
        int at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(9))
        {
            case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << _random.Next(8)); break;
            case 1 when bytes.Count > 0: bytes[at] = Syntax[_random.Next(Syntax.Length)]; break;
            case 2: bytes.Insert(at, Syntax[_random.Next(Syntax.Length)]); break;
            case 3 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(64))); break;
            case 4 when bytes.Count > 0:
                int length = Math.Min(bytes.Count - at, 1 + _random.Next(256));
                bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
            case 5: ReplaceNumber(bytes, at); break;
            case 6: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[_random.Next(Fragments.Length)])); break;
            case 7 when other.Length > 0:
                int from = _random.Next(other.Length);
                bytes.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(512))).ToArray());
                break;
            default: if (bytes.Count > 0) bytes.RemoveRange(at, bytes.Count - at); break; // truncation
        }
    }

    /// <summary>The run of ASCII digits at or after <paramref name="at"/> becomes an awkward number.</summary>
    private void ReplaceNumber(List<byte> bytes, int at)
    {
        int start = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
        if (start < 0) start = bytes.FindIndex(b => b is >= (byte)'0' and <= (byte)'9');
        var number = Encoding.UTF8.GetBytes(Numbers[_random.Next(Numbers.Length)]);
        if (start < 0) { bytes.InsertRange(at, number); return; }
        int end = start;
        while (end < bytes.Count && bytes[end] is >= (byte)'0' and <= (byte)'9') end++;
        bytes.RemoveRange(start, end - start);
        bytes.InsertRange(start, number);
    }

    public int Next(int max) => _random.Next(max);
}
