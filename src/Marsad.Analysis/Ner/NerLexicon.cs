using System.Text.Json;
using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Names;
using Marsad.Text;

namespace Marsad.Analysis.Ner;

/// <summary>
/// Name lists the tagger consults, stored inside the model as hashes of folded words: place, person and nationality
/// gazetteers (built at training time from ../shared/data/gazetteers: GeoNames, ISO 3166, ArWikiCats, with
/// attribution in the README) and the words seen inside names in the training data (used to decide whether a
/// leading و/ب/ل/ك/ف is a clitic or part of the name: وليد، بغداد).
/// </summary>
public sealed class NerLexicon
{
    /// <summary>Bits of <see cref="TokenMask"/>.</summary>
    public const byte LocWord = 1, LocPart = 2, PerFirst = 4, PerPart = 8, Nationality = 16, OrgPart = 32, Common = 64;

    /// <summary>How many <see cref="TokenMask"/> bits there are.</summary>
    public const int MaskBits = 7;

    /// <summary>Bits of <see cref="PhraseClass"/>: the gazetteer a whole phrase comes from.</summary>
    public const byte PhraseLoc = 1, PhrasePer = 2, PhraseOrg = 4;

    public const int MaxPhraseLength = 4;

    internal Dictionary<ulong, byte> TokenMask { get; } = new();
    internal Dictionary<ulong, byte> PhraseClass { get; } = new();
    internal HashSet<ulong> KnownNameWords { get; } = new();

    public int TokenCount => TokenMask.Count;
    public int PhraseCount => PhraseClass.Count;
    public int KnownNameCount => KnownNameWords.Count;

    internal byte MaskOf(ulong hash) => TokenMask.TryGetValue(hash, out var m) ? m : (byte)0;

    internal byte PhraseOf(ulong hash) => PhraseClass.TryGetValue(hash, out var m) ? m : (byte)0;

    /// <summary>Hash of a folded phrase as the tagger computes it from token hashes.</summary>
    internal static ulong PhraseHash(ReadOnlySpan<ulong> wordHashes)
    {
        ulong h = wordHashes[0];
        for (int i = 1; i < wordHashes.Length; i++) h = FeatureHash.Combine(h, wordHashes[i]);
        return h;
    }

    /// <summary>Adds a phrase (surface Arabic) to a gazetteer.</summary>
    public void AddPhrase(string phrase, byte phraseClass, byte singleWordBit, byte partBit)
    {
        var words = SplitWords(phrase);
        if (words.Count == 0 || words.Count > MaxPhraseLength) return;
        Span<ulong> hashes = stackalloc ulong[words.Count];
        for (int i = 0; i < words.Count; i++) hashes[i] = FeatureHash.Of(words[i]);
        Or(PhraseClass, PhraseHash(hashes), phraseClass);
        if (words.Count == 1) AddWord(words[0], singleWordBit);
        else foreach (var w in words) if (w.Length > 2) AddWord(w, partBit);
    }

    /// <summary>Marks a single word (surface Arabic) with a <see cref="TokenMask"/> bit, with and without its article.</summary>
    public void AddWord(string word, byte bit)
    {
        var key = ArabicFolder.Fold(word);
        if (key.Length < 2) return;
        Or(TokenMask, FeatureHash.Of(key), bit);
        if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && key.Length > 4) Or(TokenMask, FeatureHash.Of(key.AsSpan(2)), bit);
    }

    /// <summary>Records a (folded) word seen inside a name in training data.</summary>
    public void AddKnownNameWord(ReadOnlySpan<char> folded) => KnownNameWords.Add(FeatureHash.Of(folded));

    internal bool IsKnownNameWord(ReadOnlySpan<char> folded) => KnownNameWords.Contains(FeatureHash.Of(folded));

    /// <summary>Marks a folded word that the training data uses mostly outside names (see <see cref="Common"/>).</summary>
    public void AddCommonWord(ReadOnlySpan<char> folded) => Or(TokenMask, FeatureHash.Of(folded), Common);

    /// <summary>Whether the training data used this folded word mostly outside names (في، قال، المسؤولين).</summary>
    public bool IsCommonWord(ReadOnlySpan<char> folded) => (MaskOf(FeatureHash.Of(folded)) & Common) != 0;

    private static void Or(Dictionary<ulong, byte> map, ulong key, byte bit) =>
        map[key] = (byte)((map.TryGetValue(key, out var m) ? m : 0) | bit);

    private static List<string> SplitWords(string phrase)
    {
        // Drop disambiguators: "آربيرغ (سويسرا)" is the name آربيرغ.
        int paren = phrase.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) phrase = phrase[..paren];
        var words = new List<string>();
        foreach (var part in phrase.Split([' ', '\t', '-', '،', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = ArabicFolder.Fold(part);
            if (key.Length > 0) words.Add(key);
        }
        return words;
    }

    /// <summary>
    /// Builds the gazetteers from the public data folder (../shared/data/gazetteers). Missing files are skipped,
    /// so the lexicon depends only on what is present; the training command reports the counts.
    /// </summary>
    public static NerLexicon FromGazetteers(string gazetteerDir)
    {
        var lex = new NerLexicon();
        void Tsv(string file, params string[] columns)
        {
            var path = Path.Combine(gazetteerDir, file);
            if (!File.Exists(path)) return;
            string[]? header = null;
            foreach (var line in File.ReadLines(path))
            {
                var cells = line.Split('\t');
                if (header is null) { header = cells; continue; }
                foreach (var col in columns)
                {
                    int k = Array.IndexOf(header, col);
                    if (k >= 0 && k < cells.Length && HasArabic(cells[k])) lex.AddPhrase(cells[k], PhraseLoc, LocWord, LocPart);
                }
            }
        }
        Tsv("iso-codes-ar/iso_3166-1_ar.tsv", "name_ar", "official_name_ar", "common_name_ar");
        Tsv("geonames-ar-debian/geonames_en_ar.tsv", "name_ar");
        foreach (var file in new[] { "arwikicats-en-ar/cities_full.json", "arwikicats-en-ar/popopo.json", "arwikicats-en-ar/P17_2_final_ll.json" })
            foreach (var value in JsonStringValues(Path.Combine(gazetteerDir, file)))
                lex.AddPhrase(value, PhraseLoc, LocWord, LocPart);
        foreach (var value in JsonStringValues(Path.Combine(gazetteerDir, "arwikicats-en-ar/peoples.json")))
        {
            lex.AddPhrase(value, PhrasePer, PerPart, PerPart);
            var first = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (first.Length > 1) lex.AddWord(first[0], PerFirst);
        }
        AddActors(lex, Path.Combine(gazetteerDir, "..", "events", "universalpetrarch-arabic", "actor_dict_ar_v4.txt"));
        // The project's own list of given names: unseen people in news are mostly «given name + surname».
        foreach (var name in GivenNames.All) lex.AddWord(name, PerFirst);
        AddKnowledgeBase(lex, KnowledgeBase.Default);
        var nationalities = Path.Combine(gazetteerDir, "arwikicats-en-ar/nationalities_data.json");
        if (File.Exists(nationalities))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(nationalities));
            foreach (var entry in doc.RootElement.EnumerateObject())
                foreach (var form in entry.Value.EnumerateObject())
                {
                    if (form.Value.ValueKind != JsonValueKind.String) continue;
                    var text = form.Value.GetString()!;
                    if (form.Name == "ar") lex.AddPhrase(text, PhraseLoc, LocWord, LocPart);
                    else if (form.Name != "en") lex.AddWord(text, Nationality);
                }
        }
        return lex;
    }

    /// <summary>
    /// People of the UniversalPetrarch Arabic actor dictionary: multi-word heads (نوري_المالكي_) followed by dated
    /// roles; bodies (حركة، منظمة…) are left out by their first word.
    /// </summary>
    private static void AddActors(NerLexicon lex, string path)
    {
        if (!File.Exists(path)) return;
        var lines = File.ReadAllLines(path);
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            var head = lines[i];
            if (head.Length == 0 || char.IsWhiteSpace(head[0]) || head[0] == '#' || head.Contains('[', StringComparison.Ordinal)) continue;
            var next = lines[i + 1].TrimStart();
            if (!lines[i + 1].StartsWith('\t') || !next.StartsWith('[') || !next.Contains('-', StringComparison.Ordinal)) continue;
            var words = head.Trim().Trim('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !HasArabic(words[0])) continue;
            var first = ArabicFolder.Fold(words[0]);
            if (TriggerWords.Lookup(FeatureHash.Of(first)) is TriggerWords.Organisation or TriggerWords.Place) continue;
            lex.AddPhrase(string.Join(' ', words), PhrasePer, PerPart, PerPart);
            lex.AddWord(words[0], PerFirst);
        }
    }

    /// <summary>
    /// The knowledge base's organisations and people (curated bodies, parties, armed groups, agencies; heads of
    /// state and ministers): the gazetteers above have places and people but no organisations.
    /// </summary>
    private static void AddKnowledgeBase(NerLexicon lex, KnowledgeBase kb)
    {
        foreach (var e in kb.Entities)
        {
            if (e.Type is not (KbType.ORG or KbType.PER) || e.Id.StartsWith("actor:", StringComparison.Ordinal)) continue;
            bool org = e.Type == KbType.ORG;
            foreach (var name in e.NamesAr)
                if (HasArabic(name)) lex.AddPhrase(name, org ? PhraseOrg : PhrasePer, org ? OrgPart : PerPart, org ? OrgPart : PerPart);
        }
    }

    private static bool HasArabic(string s)
    {
        foreach (char c in s) if (ArabicLetters.IsLetter(c)) return true;
        return false;
    }

    private static IEnumerable<string> JsonStringValues(string path)
    {
        if (!File.Exists(path)) yield break;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var p in doc.RootElement.EnumerateObject())
            if (p.Value.ValueKind == JsonValueKind.String && HasArabic(p.Value.GetString()!))
                yield return p.Value.GetString()!;
    }

    internal void Write(BinaryWriter w)
    {
        WriteMap(w, TokenMask);
        WriteMap(w, PhraseClass);
        var known = KnownNameWords.ToArray();
        Array.Sort(known);
        w.Write(known.Length);
        foreach (var k in known) w.Write(k);
    }

    internal static NerLexicon Read(BinaryReader r)
    {
        var lex = new NerLexicon();
        ReadMap(r, lex.TokenMask);
        ReadMap(r, lex.PhraseClass);
        int n = r.ReadInt32();
        lex.KnownNameWords.EnsureCapacity(n);
        for (int i = 0; i < n; i++) lex.KnownNameWords.Add(r.ReadUInt64());
        return lex;
    }

    // Sorted by key so that the same lexicon always serialises to the same bytes.
    private static void WriteMap(BinaryWriter w, Dictionary<ulong, byte> map)
    {
        var keys = map.Keys.ToArray();
        Array.Sort(keys);
        w.Write(keys.Length);
        foreach (var k in keys) { w.Write(k); w.Write(map[k]); }
    }

    private static void ReadMap(BinaryReader r, Dictionary<ulong, byte> map)
    {
        int n = r.ReadInt32();
        map.EnsureCapacity(n);
        for (int i = 0; i < n; i++) { ulong k = r.ReadUInt64(); map[k] = r.ReadByte(); }
    }
}
