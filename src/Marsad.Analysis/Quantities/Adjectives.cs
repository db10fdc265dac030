namespace Marsad.Analysis.Quantities;

/// <summary>
/// Relative adjectives (nisba) after a counted noun belong to the figure: «16 دولة أوروبية», «قرضاً اجتماعياً»,
/// «10 آلاف لبناني شيعي». Read on the folded key by their endings (يه، يات، يين، يون، يا; ي on a word that is no
/// present-tense verb); at most two.
/// </summary>
internal static class Adjectives
{
    private const int Max = 2;

    /// <summary>The key index after the adjectives that follow <paramref name="index"/>, or <paramref name="index"/> when none does.</summary>
    public static int After(string key, int index)
    {
        int end = index;
        for (int n = 0; n < Max; n++)
        {
            int i = end;
            while (i < key.Length && key[i] == ' ') i++;
            int s = i;
            while (i < key.Length && char.IsLetter(key[i])) i++;
            if (i == s || !IsRelative(key.AsSpan(s, i - s))) break;
            end = i;
        }
        return end;
    }

    private static bool IsRelative(ReadOnlySpan<char> w)
    {
        // «4 مباريات وبقي احتياطياً»: a word joined by و or ف starts something else
        if (w.Length > 0 && w[0] is 'و' or 'ف') return false;
        if (w.StartsWith("ال")) w = w[2..];
        if (w.Length < 4 || QuantityLexicon.NotCounted(w.ToString())) return false;
        if (w.EndsWith("يه") || w.EndsWith("يات") || w.EndsWith("يين") || w.EndsWith("يون") || w.EndsWith("يا")) return true;
        // ى folds to ي, and يمضي، تجري are verbs: a bare ي only on a word no imperfect prefix starts
        return w.EndsWith("ي") && w[0] is not ('ي' or 'ت' or 'ن' or 'ا');
    }
}
