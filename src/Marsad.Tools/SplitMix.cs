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

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates): each epoch's order of a trainer.</summary>
    public void Shuffle(int[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = (int)(Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
