using System.Globalization;
using System.Text;
using Marsad.Analysis.Ner;
using Marsad.Knowledge.Kb;
using Marsad.Text;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// How often each one-word name of the knowledge base is a common word, from two sources: ANERcorp's training split
/// (how often the word stands outside names, as a piece of a longer name, or as a whole one-word name) and the
/// Arabic spelling dictionary of hunspell-ar (Ayaspell: whether the word, without ال, is listed as a noun, verb or
/// particle outside the dictionary's block of proper nouns). The entity step reads the result
/// (<c>src/Marsad.Analysis/Entities/Data/common-words.tsv</c>) to ask for support before linking such a word.
/// </summary>
public static class CommonWordStatistics
{
    public const string DefaultOut = "src/Marsad.Analysis/Entities/Data/common-words.tsv";
    public const string DefaultDictionary = "/usr/share/hunspell/ar.dic";

    /// <summary>One row: a folded form and its counts.</summary>
    public readonly record struct Row(string Form, int Outside, int Part, int Whole, bool InDictionary);

    /// <summary>The rows for every one-word name of <paramref name="kb"/> with some evidence, sorted by form (ordinal).</summary>
    public static List<Row> Build(KnowledgeBase kb, IReadOnlyList<ConllSentence> anercorp, HashSet<string> dictionary)
    {
        var outside = new Dictionary<string, int>(StringComparer.Ordinal);
        var part = new Dictionary<string, int>(StringComparer.Ordinal);
        var whole = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in anercorp)
            for (int i = 0; i < s.Tokens.Length; i++)
            {
                var key = ArabicFolder.Fold(s.Tokens[i]);
                if (key.Length == 0) continue;
                int tag = s.Tags[i];
                if (tag == NerTags.O) { Bump(outside, key); continue; }
                bool begins = NerTags.IsBegin(tag) || i == 0 || NerTags.ClassOf(s.Tags[i - 1]) != NerTags.ClassOf(tag);
                bool continues = i + 1 < s.Tokens.Length && NerTags.IsInside(s.Tags[i + 1]) && NerTags.ClassOf(s.Tags[i + 1]) == NerTags.ClassOf(tag);
                Bump(begins && !continues ? whole : part, key);
            }
        var rows = new List<Row>();
        foreach (var name in kb.Names.Keys)
        {
            if (name.Contains(' ', StringComparison.Ordinal)) continue;
            int o = outside.GetValueOrDefault(name), p = part.GetValueOrDefault(name), w = whole.GetValueOrDefault(name);
            bool listed = InDictionary(dictionary, name);
            if (o + p + w > 0 || listed) rows.Add(new Row(name, o, p, w, listed));
        }
        rows.Sort((a, b) => string.CompareOrdinal(a.Form, b.Form));
        return rows;
    }

    private static void Bump(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    /// <summary>Whether the dictionary lists the form, or the form without its article ال (stems are listed bare).</summary>
    public static bool InDictionary(HashSet<string> dictionary, string form) =>
        dictionary.Contains(form) || form.Length > 3 && form.StartsWith("ال", StringComparison.Ordinal) && dictionary.Contains(form[2..]);

    /// <summary>
    /// The folded stems of a hunspell .dic file that are common words: every entry ("stem/flags") except the block of
    /// proper nouns Ayaspell keeps at the head of its nouns (from the line «###أسماء» to «####الأسماء####»: God,
    /// continents, states, capitals, given names).
    /// </summary>
    public static HashSet<string> ReadDictionary(string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        bool properNouns = false;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("###أسماء", StringComparison.Ordinal)) properNouns = true;
                else if (line.StartsWith("####الأسماء####", StringComparison.Ordinal)) properNouns = false;
                continue;
            }
            if (properNouns || line.Length == 0 || line.StartsWith(':')) continue;
            int cut = line.IndexOfAny(['/', '\t', ' ']);
            var stem = cut < 0 ? line : line[..cut];
            if (stem.Length == 0 || !ArabicLetters.IsLetter(stem[0])) continue;
            var key = ArabicFolder.Fold(stem);
            if (key.Length > 0) words.Add(key);
        }
        return words;
    }

    /// <summary>Writes the rows as TSV with a header naming the sources and their licences.</summary>
    public static void Write(IReadOnlyList<Row> rows, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine("# How often each one-word name of the knowledge base is a common word. Generated by `marsad kb common-words`; do not edit.");
        w.WriteLine("# outside, part, whole: ANERcorp training split (CAMeL recipe; Benajiba, Rosso & Benedi Ruiz 2007; CC BY-SA 4.0):");
        w.WriteLine("#   tokens of the folded form tagged O, inside a longer name, and as a whole one-word name.");
        w.WriteLine("# dictionary: 1 when hunspell-ar (Ayaspell, (c) 2006-2008 Mohamed Kebdani; GPL-2.0 / LGPL-2.1 / MPL-1.1, used");
        w.WriteLine("#   here under MPL-1.1) lists the form, or the form without ال, as a word outside its block of proper nouns.");
        w.WriteLine("# form: the one-word names of the knowledge base (kb.tsv.gz, ODbL-1.0), folded.");
        w.WriteLine("# Terms: forms ODbL-1.0, counts CC BY-SA 4.0, dictionary column MPL-1.1; see THIRD-PARTY-NOTICES.md.");
        w.WriteLine("# form\toutside\tpart\twhole\tdictionary");
        foreach (var r in rows)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Form}\t{r.Outside}\t{r.Part}\t{r.Whole}\t{(r.InDictionary ? 1 : 0)}"));
    }
}
