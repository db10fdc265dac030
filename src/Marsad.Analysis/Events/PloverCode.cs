namespace Marsad.Analysis.Events;

/// <summary>A CAMEO event code and what it becomes in PLOVER: category, mode and contexts.</summary>
internal sealed record PloverCode(string Cameo, string Type, string? Mode, IReadOnlyList<string> Context);
