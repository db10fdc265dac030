using Marsad.Text;

namespace Marsad.Analysis.Events;

/// <summary>
/// An unnamed security or military body that acts («الجهات الأمنية تمكنت من…», «قوات الأمن», «الطيران الحربي») stands
/// for the institution of that kind the article names («وزارة الداخلية», «شرطة جدة», «الجيش السوري»): the one named
/// last before it, else the first named after it. News tells who acts once and then says «the security services»; an
/// event whose actor is left unnamed tells an analyst nothing about who did it.
/// </summary>
internal sealed class InstitutionLinker
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_securityBodies = Lookup("security-bodies");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_militaryBodies = Lookup("military-bodies");
    private static readonly HashSet<string> s_securityNames = EventWords.Set("security-institutions");
    private static readonly HashSet<string> s_militaryNames = EventWords.Set("military-institutions");

    // Mentions of the article's security and military institutions, in text order.
    private readonly List<(int Start, string Id)> _security = [];
    private readonly List<(int Start, string Id)> _military = [];

    public InstitutionLinker(IReadOnlyList<Entity> entities, string text)
    {
        foreach (var e in entities)
        {
            if (e.Type != EntityType.ORG) continue;
            foreach (var m in e.Mentions)
            {
                var words = m.Slice(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => ArabicFolder.Fold(w)).ToList();
                if (words.Any(s_securityNames.Contains)) _security.Add((m.Start, e.Id));
                else if (words.Any(s_militaryNames.Contains)) _military.Add((m.Start, e.Id));
            }
        }
        _security.Sort((a, b) => a.Start.CompareTo(b.Start));
        _military.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The party, tied to the institution it stands for when it is an unnamed security or military body.</summary>
    public Party Link(Party party, WordKeys[] words)
    {
        if (party.EntityIds.Count > 0 || party.IsPlace) return party;
        bool security = false, military = false;
        // The party and the word after it: «الجهات الأمنية»، «قوات الأمن» are one body whose head alone is vague.
        for (int i = party.Start; i <= party.End && i < words.Length; i++)
        {
            security |= words[i].AnyKeyIn(s_securityBodies);
            military |= words[i].AnyKeyIn(s_militaryBodies);
        }
        var named = security ? _security : military ? _military : null;
        if (named is null || named.Count == 0) return party;
        string? id = null;
        foreach (var (start, eid) in named)
        {
            if (start > party.Span.Start && id is not null) break;
            id = eid;
        }
        return party with { EntityIds = [id!] };
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string name) =>
        EventWords.Set(name).GetAlternateLookup<ReadOnlySpan<char>>();
}
