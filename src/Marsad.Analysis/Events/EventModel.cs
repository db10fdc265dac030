using System.IO.Compression;

namespace Marsad.Analysis.Events;

/// <summary>
/// The event classifier: a binary averaged perceptron over hashed features of a coded event's context
/// (<see cref="EventFeatures"/>) that tells an event the article reports from a trigger word used for something else
/// (a background noun, a topic, a name). The event step keeps an event when its score reaches <see cref="Threshold"/>,
/// chosen for precision when the model was trained (`marsad train events`). Immutable; one instance serves every thread.
/// </summary>
public sealed class EventModel
{
    private const uint Magic = 0x5645534D; // "MSEV"
    private const int FormatVersion = 1;

    /// <summary>Logical name of the model embedded in Marsad.Analysis (Events/Model/events.model.gz).</summary>
    public const string EmbeddedResourceName = "Marsad.Analysis.Events.events.model.gz";

    private readonly Dictionary<int, short> _weights;
    private readonly float _scale;

    internal EventModel(int bits, float threshold, float[] dense)
    {
        Bits = bits;
        Threshold = threshold;
        float max = 0;
        foreach (var w in dense) max = Math.Max(max, Math.Abs(w));
        _scale = max > 0 ? max / short.MaxValue : 1;
        _weights = [];
        for (int b = 0; b < dense.Length; b++)
        {
            short q = (short)Math.Clamp(MathF.Round(dense[b] / _scale), -short.MaxValue, short.MaxValue);
            if (q != 0) _weights[b] = q;
        }
    }

    private EventModel(int bits, float threshold, float scale, Dictionary<int, short> weights)
    {
        Bits = bits;
        Threshold = threshold;
        _scale = scale;
        _weights = weights;
    }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>The lowest score of an event the step keeps.</summary>
    public float Threshold { get; }

    public int WeightCount => _weights.Count;

    private static readonly Lazy<EventModel?> s_embedded = new(() =>
    {
        using var stream = typeof(EventModel).Assembly.GetManifestResourceStream(EmbeddedResourceName);
        return stream is null ? null : Load(stream);
    });

    /// <summary>The model shipped inside Marsad.Analysis, loaded on first use.</summary>
    public static EventModel Embedded => s_embedded.Value
        ?? throw new InvalidOperationException($"The event model resource {EmbeddedResourceName} is missing from Marsad.Analysis; train it with `marsad train events` (see docs/events.md).");

    /// <summary>The score of an event from its feature buckets (the same model with another threshold keeps a different set).</summary>
    public float Score(ReadOnlySpan<int> buckets)
    {
        long sum = 0;
        foreach (int b in buckets) if (_weights.TryGetValue(b, out short w)) sum += w;
        return sum * _scale;
    }

    internal bool Accepts(ReadOnlySpan<int> buckets) => Score(buckets) >= Threshold;

    /// <summary>Writes the model gzip-compressed; the bytes depend only on the weights (deterministic).</summary>
    public void Save(Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Bits);
        w.Write(Threshold);
        w.Write(_scale);
        w.Write(_weights.Count);
        int previous = -1;
        foreach (var (bucket, weight) in _weights.OrderBy(p => p.Key))
        {
            w.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            w.Write(weight);
        }
    }

    public static EventModel Load(Stream input)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Marsad event model");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"Event model format {version} is not supported (expected {FormatVersion})");
        int bits = r.ReadInt32();
        if (bits is < 8 or > 26) throw new InvalidDataException($"Event model has an impossible bucket count 2^{bits}");
        float threshold = r.ReadSingle();
        float scale = r.ReadSingle();
        int count = r.ReadInt32();
        var weights = new Dictionary<int, short>(count);
        int bucket = -1;
        for (int i = 0; i < count; i++)
        {
            bucket += r.Read7BitEncodedInt();
            if ((uint)bucket >= 1u << bits) throw new InvalidDataException("Event model weights are corrupt");
            weights[bucket] = r.ReadInt16();
        }
        return new EventModel(bits, threshold, scale, weights);
    }

    public static EventModel Load(string path)
    {
        using var f = File.OpenRead(path);
        return Load(f);
    }
}
