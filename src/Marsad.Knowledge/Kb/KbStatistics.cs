namespace Marsad.Knowledge.Kb;

/// <summary>Coverage of a knowledge base by kind of entity, as the issue counts it.</summary>
public readonly record struct KbStatistics(int States, int Places, int PeopleAndOrganisations)
{
    public static KbStatistics Of(KnowledgeBase kb)
    {
        int states = 0, places = 0, actors = 0;
        foreach (var e in kb.Entities)
        {
            if (IsState(e)) states++;
            else if (e.Type is KbType.GPE or KbType.LOC or KbType.FAC) places++;
            else if (e.Type is KbType.PER or KbType.ORG) actors++;
        }
        return new KbStatistics(states, places, actors);
    }

    /// <summary>ISO 3166-1 states and territories (two-letter ids) and historic states (hist:).</summary>
    public static bool IsState(KbEntity e) => e.Id.Length == 2 || e.Id.StartsWith("hist:", StringComparison.Ordinal);
}
