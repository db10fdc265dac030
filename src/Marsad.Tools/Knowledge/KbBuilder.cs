using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Knowledge.Kb;
using Marsad.Knowledge.Outlets;
using Marsad.Text.Lexicons;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// Builds the knowledge base from the public gazetteers in ../shared/data and the curated files written for
/// Marsad (Curated/*.tsv, embedded in this assembly). The same inputs give the same file, byte for byte.
/// Sources are read in order of authority: curated facts and ISO states first, so they own ambiguous names.
/// </summary>
public sealed partial class KbBuilder
{
    private readonly string _data;
    private readonly string _geo;
    private readonly Func<string, string> _curated;
    private readonly KbDraft _kb = new();
    private readonly HashSet<string> _notNames;
    private readonly Dictionary<string, string> _alpha3To2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _stateByEnglish = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="geoDirectory">The npm packages the coordinates come from, unpacked by tools/geo/fetch.sh.</param>
    public KbBuilder(string dataDirectory, string geoDirectory, Func<string, string>? curated = null)
    {
        _data = dataDirectory;
        _geo = geoDirectory;
        _curated = curated ?? ReadCuratedResource;
        _notNames = new HashSet<string>(LexiconReader.Words(_curated("not-names.txt"), "not-names.txt").Select(NameKey.Of), StringComparer.Ordinal);
        _commonWords = CommonWords.FromConll(DataFile("ner", "anercorp", "ANERCorp_CamelRecipe_train.txt"));
    }

    private readonly HashSet<string> _commonWords;

    public static readonly string[] Attribution =
    [
        "Marsad knowledge base, built by `marsad kb build` from:",
        "Curated/*.tsv (Marsad project, MIT): heads of state and government, ministers, organisations, armed groups, places, variants",
        "iso-codes 4.15 Arabic ISO 3166-1/3166-3 names (Debian iso-codes, LGPL-2.1-or-later)",
        "GeoNames Arabic city, region and country names via Debian libgeonames-common (CC BY 4.0, geonames.org)",
        "i18n-iso-countries (MIT), world-countries (ODbL-1.0: this file is a derived database under ODbL), world_countries_lists (LGPL-3.0-or-later)",
        "ArWikiCats label tables: cities, people, regions, nationality adjectives (MIT; labels from Wikipedia CC BY-SA / Wikidata CC0)",
        "Unicode CLDR 48.2 Arabic territory names (Unicode License v3)",
        "ANERcorp train split (CC BY-SA 4.0): word counts only, to keep words newswire uses outside names out of the gazetteer names",
        "UniversalPetrarch Arabic actor dictionary (MIT, Open Event Data Alliance): people with dated CAMEO roles; duplicates merged, inverted and placeholder dates dropped",
    ];

    public KnowledgeBase Build()
    {
        ReadStates();
        ReadCuratedEntities();
        ReadCuratedPeople();
        ReadCuratedAliases();
        ReadOutlets();
        ReadHistoricStates();
        ReadCities();
        ReadRegions();
        ReadNationalities();
        ReadPeople();
        ReadPetrarchActors();
        ReadCuratedClubs();
        ReadLocations();
        ReadCanonicalNames();
        return _kb.ToKnowledgeBase([.. Attribution, .. GeoAttribution]);
    }

    private string DataFile(params string[] parts) => Path.Combine([_data, .. parts]);

    // ---- states: ISO 3166-1 (ids are alpha-2 codes), with every other source's names as variants
    private void ReadStates()
    {
        var iso = File.ReadAllLines(DataFile("gazetteers", "iso-codes-ar", "iso_3166-1_ar.tsv"));
        foreach (var line in iso.Skip(1))
        {
            var f = line.Split('\t');
            _alpha3To2[f[1]] = f[0];
            _stateByEnglish[f[3]] = f[0];
            if (f[7].Length > 0) _stateByEnglish[f[7]] = f[0];
            _kb.Add(f[0], KbType.GPE, f[7].Length > 0 ? f[7] : f[3], [f[4], f[6], f[8]], f[0]);
        }
        using var i18n = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "npm-countries-ar", "i18n-iso-countries", "ar.json")));
        foreach (var p in i18n.RootElement.GetProperty("countries").EnumerateObject())
            if (_kb.Contains(p.Name))
                _kb.AddNames(p.Name, p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(v => v.GetString()!) : [p.Value.GetString()!]);
        using var wc = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "npm-countries-ar", "world-countries", "countries.json")));
        foreach (var c in wc.RootElement.EnumerateArray())
        {
            string code = c.GetProperty("cca2").GetString()!;
            if (!_kb.Contains(code)) continue;
            var ara = c.GetProperty("translations").GetProperty("ara");
            _kb.AddNames(code, [ara.GetProperty("common").GetString()!, ara.GetProperty("official").GetString()!]);
            _kb.SetName(code, c.GetProperty("name").GetProperty("common").GetString()!);
            _stateByEnglish.TryAdd(c.GetProperty("name").GetProperty("common").GetString()!, code);
        }
        foreach (var line in File.ReadAllLines(DataFile("gazetteers", "npm-countries-ar", "world_countries_lists", "world.csv")).Skip(1))
        {
            var f = line.Split(',', 4);
            string code = f[1].ToUpperInvariant();
            if (_kb.Contains(code)) _kb.AddNames(code, [f[3].Trim('"')]);
        }
        using var cldr = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "cldr-ar", "main", "ar", "territories.json")));
        foreach (var p in cldr.RootElement.GetProperty("main").GetProperty("ar").GetProperty("localeDisplayNames").GetProperty("territories").EnumerateObject())
        {
            string code = p.Name.Split('-')[0];
            if (code.Length == 2 && _kb.Contains(code)) _kb.AddNames(code, [p.Value.GetString()!]);
        }
        foreach (var line in File.ReadAllLines(DataFile("gazetteers", "geonames-ar-debian", "geonames_en_ar.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f[1] == "country" && f[3].Length > 0 && _kb.Contains(f[0])) _kb.AddNames(f[0], [f[3]]);
        }
    }

    // ---- curated entities: organisations, armed groups, parties, places that are not states, historic states
    private void ReadCuratedEntities()
    {
        foreach (var f in Rows("entities.tsv", 5))
            if (!IsClub(f[0])) _kb.Add(f[0], Enum.Parse<KbType>(f[1]), f[2], Split(f[3]), Null(f[4]));
    }

    // ---- curated sports clubs, read after the gazetteers: a club named like a city or a province (ليفربول،
    // القادسية) shares the name and leaves it to the place, which the analysis reads first outside sport
    private void ReadCuratedClubs()
    {
        foreach (var f in Rows("entities.tsv", 5))
            if (IsClub(f[0])) _kb.Add(f[0], Enum.Parse<KbType>(f[1]), f[2], Split(f[3]), Null(f[4]));
    }

    private static bool IsClub(string id) => id.StartsWith("club:", StringComparison.Ordinal);

    // ---- curated people with dated roles: role[@CC]:start:end;...
    private void ReadCuratedPeople()
    {
        foreach (var f in Rows("people.tsv", 5))
        {
            _kb.Add(f[0], KbType.PER, f[1], Split(f[2]), Null(f[3]));
            foreach (var spec in f[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // role[@COUNTRY]:start:end, where COUNTRY may itself hold a colon (org:un)
                var r = spec.Split(':');
                if (r.Length < 3) throw new FormatException($"people.tsv: role '{spec}' of {f[0]} is not role[@COUNTRY]:start:end");
                string office = string.Join(':', r[..^2]);
                var (role, country) = office.Split('@', 2) is [var a, var b] ? (a, b) : (office, f[3]);
                _kb.AddRole(new KbRole(f[0], role, country, ParseDate(r[^2]), ParseDate(r[^1])));
            }
        }
    }

    // ---- curated spelling variants of entities other sources define (روسيا الاتحادية → RU), and capitals
    private void ReadCuratedAliases()
    {
        foreach (var f in Rows("aliases.tsv", 2))
        {
            if (!_kb.Contains(f[0])) throw new FormatException($"aliases.tsv: unknown id {f[0]}");
            _kb.AddNames(f[0], Split(f[1]));
        }
    }

    // ---- news outlets and agencies (Data/outlets.tsv) are organisations the articles name
    private void ReadOutlets()
    {
        foreach (var o in OutletTable.Default.Outlets)
        {
            var names = o.ArabicNames.Where(Acceptable).ToList();
            if (names.Count > 0) _kb.Add("outlet:" + o.Id, KbType.ORG, o.Name, names, o.Country.Length == 2 ? o.Country : null);
        }
    }

    private void ReadHistoricStates()
    {
        // iso_3166-3.ar.po: msgid English, msgstr Arabic (former countries)
        var po = File.ReadAllText(DataFile("gazetteers", "iso-codes-ar", "iso_3166-3.ar.po"));
        foreach (Match m in PoEntry().Matches(po))
        {
            string en = m.Groups[1].Value, ar = m.Groups[2].Value;
            if (en.Length == 0 || ar.Length == 0) continue;
            string id = "hist:" + Slug(en.Split(',')[0]);
            if (!_kb.Contains(id) && _kb.OwnerOf(ar) is null) _kb.Add(id, KbType.GPE, en.Split(',')[0], [ar]);
        }
    }

    // ---- cities: GeoNames (Arabic names), capitals from world-countries, more from ArWikiCats
    private void ReadCities()
    {
        var rows = File.ReadAllLines(DataFile("gazetteers", "geonames-ar-debian", "geonames_en_ar.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(f => f[1] == "geonameid" && f[3].Length > 0 && !IsLatin(f[3]))
            .OrderBy(f => long.Parse(f[0], CultureInfo.InvariantCulture)).ToList();
        var byEnglish = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Capitals first, so that a capital owns its name over a namesake elsewhere (Moscow, Idaho).
        using var wc = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "npm-countries-ar", "world-countries", "countries.json")));
        var capitals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in wc.RootElement.EnumerateArray())
            if (c.GetProperty("capital").EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.String } cap && _kb.Contains(c.GetProperty("cca2").GetString()!))
                capitals.TryAdd(cap.GetString()!, c.GetProperty("cca2").GetString()!);
        foreach (var f in rows.Where(f => capitals.ContainsKey(f[2])))
        {
            string id = "city:" + f[0], state = capitals[f[2]];
            if (_kb.Contains(id) || byEnglish.ContainsKey(f[2])) continue;
            _kb.Add(id, KbType.GPE, f[2], [f[3]], state);
            _kb.SetCapital(state, id);
            byEnglish[f[2]] = id;
        }
        foreach (var f in rows)
        {
            if (!Acceptable(f[3])) continue;
            string id = "city:" + f[0];
            if (_kb.Contains(id) || _kb.OwnerOf(f[3]) is not null) continue;
            _kb.Add(id, KbType.GPE, LatinNames.Plain(f[2]), [f[3]]);
            byEnglish.TryAdd(f[2], id);
            byEnglish.TryAdd(LatinNames.Plain(f[2]), id);
        }
        using var wiki = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "arwikicats-en-ar", "cities_full.json")));
        foreach (var p in wiki.RootElement.EnumerateObject())
        {
            string ar = p.Value.GetString()!;
            if (byEnglish.TryGetValue(p.Name, out var known)) { if (Acceptable(ar) && _kb.OwnerOf(ar) is null) _kb.AddNames(known, [ar]); continue; }
            // A GeoNames city whose Arabic name is this Wikipedia title's label, spelled alike in Latin letters
            // (Sitrah / sitra, Frankfurt am Main / frankfurt), takes the Wikipedia title, the
            // annotation guide's canonical name; a namesake elsewhere (القنيطرة: Quneitra, Kenitra) is left alone.
            if (_kb.OwnerOf(ar) is { } city && city.StartsWith("city:", StringComparison.Ordinal) && LatinNames.TitleOf(_kb.NameOf(city), p.Name))
            {
                if (!LatinNames.SameWords(_kb.NameOf(city), p.Name)) _kb.SetName(city, LatinNames.Plain(Title(p.Name)));
                byEnglish.TryAdd(p.Name, city);
                continue;
            }
            // One-word labels of this long tail of small places are often common words (الست، المثلث): keep long ones.
            if (!Acceptable(ar) || _kb.OwnerOf(ar) is not null || !ar.Contains(' ', StringComparison.Ordinal) && NameKey.Of(ar).Length < 6) continue;
            // Labels made only of words newswire uses outside names are titles of works and events in this table
            // (حرب النجوم, Star Wars), not places a news article means by them.
            if (AllCommonWords(ar)) continue;
            _kb.Add("place:" + Slug(p.Name), KbType.GPE, Title(p.Name), [ar]);
        }
    }

    // ---- first-level regions (GeoNames admin1) and ArWikiCats regions and historic polities
    private void ReadRegions()
    {
        foreach (var line in File.ReadAllLines(DataFile("gazetteers", "geonames-ar-debian", "geonames_en_ar.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f[1] != "admin1" || f[3].Length == 0 || IsLatin(f[3]) || !Acceptable(f[3])) continue;
            string id = "adm:" + f[0];
            if (_kb.OwnerOf(f[3]) is not null) continue;
            _kb.Add(id, KbType.GPE, LatinNames.Plain(f[2]), [f[3]], f[0][..2]);
        }
        foreach (var file in new[] { "P17_2_final_ll.json", "popopo.json" })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "arwikicats-en-ar", file)));
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                string ar = p.Value.GetString()!;
                if (!Acceptable(ar) || _kb.OwnerOf(ar) is not null) continue;
                string id = "region:" + Slug(p.Name);
                if (_kb.Contains(id)) continue;
                _kb.Add(id, RegionType(p.Name), Title(p.Name), [ar]);
            }
        }
    }

    // ---- nationality adjectives in every gender and number, with and without ال, pointing at the state
    private void ReadNationalities()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "arwikicats-en-ar", "nationalities_data.json")));
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var v = p.Value;
            string en = v.TryGetProperty("en", out var e) ? e.GetString()! : "";
            string ar = v.TryGetProperty("ar", out var a) ? a.GetString()! : "";
            string? state = _stateByEnglish.GetValueOrDefault(en) ?? _kb.OwnerOf(ar);
            if (state is null) continue;
            foreach (var key in new[] { "male", "males", "female", "females" })
                if (v.TryGetProperty(key, out var form) && form.GetString() is { Length: > 1 } s)
                    foreach (var x in Inflect(s, key)) _kb.AddAdjective(x, state);
        }
        foreach (var f in Rows("adjectives.tsv", 2))
            foreach (var s in Split(f[1]))
                foreach (var x in Inflect(s, "male")) _kb.AddAdjective(x, f[0]);
    }

    /// <summary>روسي → روسي، الروسي، روسية، الروسية، روسيون، الروسيون، روسيين، الروسيين، روسيات…</summary>
    private static IEnumerable<string> Inflect(string form, string kind)
    {
        var forms = new List<string> { form };
        if (kind == "male" && form.EndsWith('ي'))
            forms.AddRange([form + "ة", form + "ون", form + "ين", form + "ان", form + "ات"]);
        foreach (var x in forms.ToArray()) forms.Add("ال" + x);
        return forms;
    }

    // ---- people named in ArWikiCats (Wikipedia titles)
    private void ReadPeople()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(DataFile("gazetteers", "arwikicats-en-ar", "peoples.json")));
        // A one-word name that begins other people's names (محمد، علي) is a given name, not one person.
        var givenNames = doc.RootElement.EnumerateObject().Select(p => KbDraft.Clean(p.Value.GetString()!).Split(' '))
            .Where(w => w.Length > 1).GroupBy(w => NameKey.Of(w[0])).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            string ar = KbDraft.Clean(p.Value.GetString()!);
            if (!ar.Contains(' ', StringComparison.Ordinal) && givenNames.Contains(NameKey.Of(ar))) continue;
            if (!Acceptable(ar) || _kb.OwnerOf(ar) is not null) continue; // one-word names (الفارابي) pass the common-word filter
            string id = "per:" + Slug(p.Name);
            if (!_kb.Contains(id)) _kb.Add(id, KbType.PER, Title(p.Name), [ar]);
        }
    }

    // ---- English names the gazetteers spell otherwise than the Wikipedia title the annotation guide takes
    // (ISO's Türkiye for Turkey, GeoNames' Makkah al Mukarramah for Mecca)
    private void ReadCanonicalNames()
    {
        foreach (var f in Rows("canonical-names.tsv", 2))
        {
            if (!_kb.Contains(f[0])) throw new FormatException($"canonical-names.tsv: unknown id {f[0]}");
            _kb.SetName(f[0], f[1]);
        }
    }

    private IEnumerable<LexiconRow> Rows(string file, int fields) => LexiconReader.Rows(_curated(file), file, fields);

    /// <summary>
    /// A single word from a big gazetteer is not taken as a name when it is short (وان، دون), listed as a common
    /// word (اليوم، الوطن) or used in newswire mostly outside names (الأشهر); curated names are not filtered.
    /// </summary>
    private bool Acceptable(string name)
    {
        var key = NameKey.Of(KbDraft.Clean(name));
        if (key.Length < 2 || _notNames.Contains(key)) return false;
        if (key.Contains(' ', StringComparison.Ordinal)) return true;
        return key.Length >= 4 && !_commonWords.Contains(key);
    }

    // A label headed by a place word (مدينة ليل, ولاية معسكر) names a place whatever words follow.
    private static readonly HashSet<string> PlaceHeads = [.. Marsad.Analysis.Entities.NameWords.Set("place-words"), "مخيم", "جبل", "وادي", "شارع", "حي"];

    private bool AllCommonWords(string name) =>
        NameKey.Of(KbDraft.Clean(name)).Split(' ') is { Length: > 1 } ws && !PlaceHeads.Contains(ws[0]) && ws.All(_commonWords.Contains);

    private static KbType RegionType(string english) =>
        Regex.IsMatch(english, @"\b(mountains?|river|sea|desert|valley|island|islands|lake|gulf|peninsula|bay|plateau|strait|coast|basin)\b") ? KbType.LOC : KbType.GPE;

    private static string[] Split(string names) => names.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Null(string s) => s.Length == 0 ? null : s;

    private static DateOnly? ParseDate(string s) => s.Length == 0 ? null
        : DateOnly.ParseExact(s.Length == 4 ? s + "-01-01" : s.Length == 7 ? s + "-01" : s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsLatin(string s) => s.Any(char.IsAsciiLetter);

    internal static string Slug(string english) =>
        Regex.Replace(english.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD), @"[^a-z0-9]+", "-").Trim('-');

    private static string Title(string lower) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(lower);

    private static string ReadCuratedResource(string file) =>
        LexiconReader.ReadResource(typeof(KbBuilder).Assembly, "Marsad.Tools.Knowledge.Curated." + file);

    [GeneratedRegex("msgid \"(.*)\"\\s*\\nmsgstr \"(.*)\"")]
    private static partial Regex PoEntry();
}
