using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Tests.Ner;

/// <summary>A small hand-made training corpus: titles before people, kinds of bodies before organisations, places after في/إلى, clitics on names.</summary>
internal static class TinyNerCorpus
{
    private static readonly string[] People = ["سامي حداد", "وليد جنبلاط", "كريم بنزيمة", "هالة صدقي", "جيهون بيراموف", "سيرغي لافروف"];
    private static readonly string[] Places = ["بيروت", "أذربيجان", "القاهرة", "باكو", "موسكو", "أرمينيا"];
    private static readonly string[] Bodies = ["أرامكو", "غوغل", "سامسونغ"];

    public static List<ConllSentence> Build()
    {
        var list = new List<ConllSentence>();
        for (int i = 0; i < 36; i++)
        {
            var person = People[i % People.Length].Split(' ');
            string place = Places[i % Places.Length], other = Places[(i + 1) % Places.Length], body = Bodies[i % Bodies.Length];
            list.Add(S($"قال O الرئيس O {person[0]} B-PERS {person[1]} I-PERS في O {place} B-LOC أمس O . O"));
            list.Add(S($"زار O الوفد O {place} B-LOC و{other} B-LOC ثم O عاد O . O"));
            list.Add(S($"أعلنت O شركة O {body} B-ORG أن O {person[0]} B-PERS {person[1]} I-PERS وصل O إلى O {other} B-LOC . O"));
            list.Add(S($"وقال O {person[0]} B-PERS إن O الاجتماع O في O {place} B-LOC كان O مفيدا O . O"));
        }
        return list;
    }

    private static ConllSentence S(string line)
    {
        var parts = line.Split(' ');
        var tokens = new string[parts.Length / 2];
        var tags = new int[parts.Length / 2];
        for (int i = 0; i < tokens.Length; i++) { tokens[i] = parts[2 * i]; tags[i] = NerTags.Parse(parts[2 * i + 1]); }
        return new ConllSentence(tokens, tags);
    }

    private static readonly Lazy<NerModel> Trained = new(() => new NerTrainer { Epochs = 5, BucketBits = 16, DocumentWindow = 0 }.Train(Build(), new NerLexicon()));

    /// <summary>A one-stage model (the corpus is too small and regular for document votes).</summary>
    public static NerModel Model => Trained.Value;
}
