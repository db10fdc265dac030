using System.Text.Json.Serialization;

namespace Marsad.Analysis.Json;

/// <summary>
/// Compile-time (de)serialisation of <see cref="JsonAnalysis"/>: property names turn camelCase, and a null where the
/// model allows none (an array, a name) is an error rather than a null that would fail later, far from the input.
/// Generated rather than reflected so that it also works in a trimmed single-file build.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(JsonAnalysis))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
