namespace Marsad.Analysis.Events;

/// <summary>How an unnamed actor usually takes part in an event.</summary>
public enum AgentRole : byte { Neutral, Attacker, Victim, Protester }

/// <summary>
/// Unnamed actors (Data/event-agents-ar.tsv): المتظاهرون، مسلحون، الجيش، مدنيين… They stand as an event's actor or
/// recipient when the sentence names nobody, and a nationality adjective after them (قوات حفظ السلام الروسية) ties
/// them to a state.
/// </summary>
public sealed class AgentLexicon
{
    private static readonly Lazy<AgentLexicon> s_default = new(() => Parse(EventResources.Read("event-agents-ar.tsv")));

    private readonly List<(WordPattern Words, AgentRole Role, string Sector)> _entries = [];

    public static AgentLexicon Default => s_default.Value;

    public static AgentLexicon Parse(string tsv)
    {
        var lexicon = new AgentLexicon();
        int lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 3) throw new FormatException($"event-agents-ar.tsv:{lineNo}: expected 3 tab-separated columns");
            var role = f[1] switch
            {
                "A" => AgentRole.Attacker,
                "V" => AgentRole.Victim,
                "P" => AgentRole.Protester,
                "N" => AgentRole.Neutral,
                _ => throw new FormatException($"event-agents-ar.tsv:{lineNo}: unknown role '{f[1]}'"),
            };
            lexicon._entries.Add((new WordPattern(f[2]), role, f[0]));
        }
        return lexicon;
    }

    /// <summary>The role of a word if it names an unnamed actor.</summary>
    public AgentRole? Match(WordKeys word)
    {
        if (word.Token.Kind != Marsad.Text.TokenKind.ArabicWord) return null;
        foreach (var (words, role, _) in _entries)
            if (words.MatchIndex(word) >= 0) return role;
        return null;
    }
}
