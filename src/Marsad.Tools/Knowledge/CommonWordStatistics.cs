using System.Globalization;
using System.Text;
using Marsad.Analysis.Ner;
using Marsad.Knowledge.Kb;
using Marsad.Text;
using Marsad.Text.Clitics;
using Marsad.Tools.Ner;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// How often each one-word name of the knowledge base is a common word, from two sources: ANERcorp's training split
/// (how often the word stands outside names, as a piece of a longer name, or as a whole one-word name) and the
/// Arabic spelling dictionary of hunspell-ar (Ayaspell: whether the word, without ال, is listed as a noun, verb or
/// particle outside the dictionary's block of proper nouns). The entity step reads the result
/// (<c>src/Marsad.Analysis/Entities/Data/common-words.tsv</c>) to ask for support before linking such a word.
/// The same counts are kept for whole words that the clitic reader can read as a proclitic + such a name («فريدة»
/// "unique" as ف + «ريدة», Rhede): the entity step then reads the whole word, not the cut one.
/// </summary>
public static class CommonWordStatistics
{
    public const string DefaultOut = "src/Marsad.Analysis/Entities/Data/common-words.tsv";
    public const string DefaultDictionary = "/usr/share/hunspell/ar.dic";

    /// <summary>One row: a folded form and its counts.</summary>
    public readonly record struct Row(string Form, int Outside, int Part, int Whole, bool InDictionary);

    /// <summary>The rows for every one-word name of <paramref name="kb"/> with some evidence, sorted by form (ordinal).</summary>
    /// <param name="feminines">The feminines the dictionary's affix rules derive (<see cref="ReadFeminines"/>), which
    /// count as listed for the whole words only: a place named by an adjective (المنصورة، الناصرة) stays a name.</param>
    public static List<Row> Build(KnowledgeBase kb, IReadOnlyList<ConllSentence> anercorp, HashSet<string> dictionary, IReadOnlySet<string>? feminines = null)
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
        AddCliticWords(kb, outside, part, whole, dictionary, feminines ?? new HashSet<string>(), rows);
        rows.Sort((a, b) => string.CompareOrdinal(a.Form, b.Form));
        return rows;
    }

    /// <summary>
    /// Adds a row for every word of the dictionary or of ANERcorp that is not itself a name of <paramref name="kb"/>
    /// but reads as a proclitic + a one-word name (<see cref="ProcliticReader.NameReadings"/>): «فريده» (ف + ريده),
    /// «وطنيه» (و + طنيه). Its counts say whether the whole word is a common word.
    /// </summary>
    private static void AddCliticWords(KnowledgeBase kb, Dictionary<string, int> outside, Dictionary<string, int> part,
        Dictionary<string, int> whole, HashSet<string> dictionary, IReadOnlySet<string> feminines, List<Row> rows)
    {
        Span<ProcliticReading> readings = stackalloc ProcliticReading[ProcliticReader.MaxReadings];
        Span<char> name = stackalloc char[64];
        foreach (var word in dictionary.Concat(feminines).Concat(outside.Keys).Concat(part.Keys).Concat(whole.Keys).Distinct(StringComparer.Ordinal))
        {
            if (word.Length >= name.Length || kb.Names.ContainsKey(word)) continue;
            int n = ProcliticReader.NameReadings(word, readings);
            bool readsAsName = false;
            for (int r = 1; r < n && !readsAsName; r++)
                readsAsName = kb.Names.ContainsKey(name[..ProcliticReader.WriteName(word, readings[r], name)].ToString());
            if (!readsAsName) continue;
            // Inside a longer name the word is a name's first word (وكوريا الشمالية), so a name use, not a common one.
            int o = outside.GetValueOrDefault(word), w = whole.GetValueOrDefault(word) + part.GetValueOrDefault(word);
            bool listed = InDictionary(dictionary, word) || feminines.Contains(word);
            // a word that is only ever a name says nothing against the name
            if (o > 0 || listed) rows.Add(new Row(word, o, 0, w, listed));
        }
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
        foreach (var (stem, _) in Entries(path))
        {
            var key = ArabicFolder.Fold(stem);
            if (key.Length > 0) words.Add(key);
        }
        return words;
    }

    /// <summary>
    /// The folded feminines (فريد → فريدة) of the common-word entries whose flags carry a suffix rule of the affix file
    /// next to the .dic (same name, .aff) that only appends ة; none when that file is absent.
    /// </summary>
    public static HashSet<string> ReadFeminines(string path)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var (aliases, feminine) = ReadFeminineFlags(Path.ChangeExtension(path, ".aff"));
        if (feminine.Count == 0) return words;
        foreach (var (stem, flags) in Entries(path))
            if (HasFeminine(flags, aliases, feminine))
            {
                var key = ArabicFolder.Fold(stem + ArabicLetters.TehMarbuta);
                if (key.Length > 1) words.Add(key);
            }
        return words;
    }

    /// <summary>The entries (stem, flags) of a .dic file outside the block of proper nouns.</summary>
    private static IEnumerable<(string Stem, string Flags)> Entries(string path)
    {
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
            yield return (stem, cut >= 0 && line[cut] == '/' ? line[(cut + 1)..] : "");
        }
    }

    /// <summary>
    /// From a hunspell affix file (absent: nothing): the flag aliases (<c>AF</c> lines, numbered from 1) and the
    /// suffix flags whose rule only appends ة (<c>SFX BA 0 ة/477 .</c>), the feminine of a noun or adjective.
    /// </summary>
    private static (List<string> Aliases, HashSet<string> Feminine) ReadFeminineFlags(string affPath)
    {
        var aliases = new List<string>();
        var feminine = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(affPath)) return (aliases, feminine);
        bool first = true;
        foreach (var raw in File.ReadLines(affPath, Encoding.UTF8))
        {
            var parts = raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && parts[0] == "AF")
            {
                // the first AF line gives the count
                if (first) { first = false; continue; }
                aliases.Add(parts[1]);
            }
            else if (parts.Length >= 5 && parts[0] == "SFX" && parts[2] == "0" && parts[3].Split('/')[0] == "ة" && parts[4] == ".")
                feminine.Add(parts[1]);
        }
        return (aliases, feminine);
    }

    /// <summary>Whether an entry's flags (an alias number, or long flags of two letters) include a feminine suffix.</summary>
    private static bool HasFeminine(string flags, List<string> aliases, HashSet<string> feminine)
    {
        int end = flags.IndexOfAny([' ', '\t']);
        if (end >= 0) flags = flags[..end];
        if (int.TryParse(flags, NumberStyles.None, CultureInfo.InvariantCulture, out int alias))
            flags = alias >= 1 && alias <= aliases.Count ? aliases[alias - 1] : "";
        for (int i = 0; i + 1 < flags.Length; i += 2)
            if (feminine.Contains(flags.Substring(i, 2))) return true;
        return false;
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
        w.WriteLine("# form: the one-word names of the knowledge base (kb.tsv.gz, ODbL-1.0), folded, and the words that read as a");
        w.WriteLine("#   proclitic + such a name (فريده: ف + ريده), counted whole; a use of these inside a longer name counts as whole,");
        w.WriteLine("#   and the dictionary column also takes the feminines its affix rules derive (فريد → فريده).");
        w.WriteLine("# Terms: forms ODbL-1.0, counts CC BY-SA 4.0, dictionary column MPL-1.1; see THIRD-PARTY-NOTICES.md.");
        w.WriteLine("# form\toutside\tpart\twhole\tdictionary");
        foreach (var r in rows)
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Form}\t{r.Outside}\t{r.Part}\t{r.Whole}\t{(r.InDictionary ? 1 : 0)}"));
    }
}
