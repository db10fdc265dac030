using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// Ties a nationality adjective (الروسية، الأذربيجاني، الأرمينيين) to the state of the article it derives from, by
/// dropping the nisba ending and comparing with the folded names of the article's GPE entities.
/// </summary>
internal sealed class NisbaResolver
{
    private readonly List<(string Name, string Id)> _states = [];

    public NisbaResolver(IReadOnlyList<Entity> entities, string text)
    {
        foreach (var e in entities)
        {
            if (e.Type != EntityType.GPE) continue;
            Add(e.NameAr, e.Id);
            foreach (var m in e.Mentions) Add(text.Substring(m.Start, m.Length), e.Id);
        }
    }

    private void Add(string name, string id)
    {
        var key = StripArticle(ArabicFolder.Fold(name));
        if (key.Length >= 3 && !key.Contains(' ', StringComparison.Ordinal) && !_states.Contains((key, id))) _states.Add((key, id));
    }

    private static string StripArticle(string key) => key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && key.Length > 4 ? key[2..] : key;

    /// <summary>The entity id of the state a nisba adjective names, or null.</summary>
    public string? Resolve(WordKeys word)
    {
        if (_states.Count == 0 || word.Token.Kind != TokenKind.ArabicWord) return null;
        for (int k = 0; k < word.KeyCount; k++)
        {
            var key = word.KeyAt(k);
            var stem = NisbaStem(key);
            if (stem.IsEmpty) continue;
            foreach (var (name, id) in _states)
                if (name.AsSpan().StartsWith(stem, StringComparison.Ordinal) && name.Length - stem.Length <= 2) return id;
        }
        return null;
    }

    /// <summary>The stem before a nisba ending (ي، يه، يين، يون، يات، يتان), or null when the word has none.</summary>
    public static ReadOnlySpan<char> NisbaStem(ReadOnlySpan<char> key)
    {
        foreach (var end in s_endings)
            if (key.EndsWith(end, StringComparison.Ordinal) && key.Length - end.Length >= 3)
                return key[..^end.Length];
        return [];
    }

    private static readonly string[] s_endings = ["يين", "يون", "يات", "يتين", "يتان", "يه", "ي"];

    /// <summary>A plural of nationality (الإسرائيليين، فلسطينيون): a group that can act without a name.</summary>
    public static bool IsNationalityPlural(WordKeys word)
    {
        for (int k = 0; k < word.KeyCount; k++)
            if (word.KeyAt(k) is var key && key.Length >= 7 && (key.EndsWith("يين", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal))) return true;
        return false;
    }
}
