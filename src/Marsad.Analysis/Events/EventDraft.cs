namespace Marsad.Analysis.Events;

/// <summary>An event while it is being coded: its trigger match, its parties, and what later rules changed.</summary>
internal sealed class EventDraft
{
    public EventDraft(PloverCode code, TriggerMatch match, int sentence, string key)
    {
        Code = code;
        Match = match;
        Sentence = sentence;
        Keys.Add(key);
        if (match.Definite) DefiniteKeys.Add(key);
    }

    public PloverCode Code { get; set; }
    public TriggerMatch Match { get; }
    public int Sentence { get; }
    public List<Party> Actors { get; } = [];
    public List<Party> Recipients { get; } = [];
    /// <summary>The category of the event an intent marker turned into AGREE (CONSULT for «مستعدون للاجتماع»).</summary>
    public string? IntendedType { get; set; }
    /// <summary>The intent marker that governs this event (مستعد، تنوي، تعهد), if any.</summary>
    public TriggerMatch? Intent { get; set; }
    public string? Aux { get; set; }
    public string? Place { get; set; }
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    public HashSet<string> DefiniteKeys { get; } = new(StringComparer.Ordinal);
    public bool Dropped { get; set; }
    /// <summary>A verb that opens its sentence with no subject of its own («وحكمت على شخص آخر بالسجن»): its subject is
    /// the one who did the same in the sentence before.</summary>
    public bool ElidedSubject { get; set; }

    public void AddActor(Party p)
    {
        if (!Actors.Contains(p)) Actors.Add(p);
        Recipients.Remove(p);
    }

    public void AddRecipient(Party p)
    {
        if (!Actors.Contains(p) && !Recipients.Contains(p)) Recipients.Add(p);
    }

    /// <summary>Takes in another mention of the same event: its parties join this one.</summary>
    public void Absorb(EventDraft other)
    {
        foreach (var p in other.Actors) if (!SameParty(Actors, p)) AddActor(p);
        foreach (var p in other.Recipients) if (!SameParty(Actors, p) && !SameParty(Recipients, p)) AddRecipient(p);
        Keys.UnionWith(other.Keys);
        Aux ??= other.Aux;
        Place ??= other.Place;
    }

    private static bool SameParty(List<Party> list, Party p) =>
        list.Contains(p) || p.EntityIds.Count > 0 && list.Any(q => q.EntityIds.SequenceEqual(p.EntityIds));
}
