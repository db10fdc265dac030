namespace Marsad.Tools;

/// <summary>A tiny seeded generator whose sequence never depends on the runtime version (the trainers' shuffles).</summary>
internal struct SplitMix(ulong state)
{
    public ulong Next()
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
