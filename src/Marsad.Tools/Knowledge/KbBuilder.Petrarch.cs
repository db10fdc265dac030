using System.Globalization;
using Marsad.Knowledge.Kb;

namespace Marsad.Tools.Knowledge;

public sealed partial class KbBuilder
{
    // Leading words that make an actor entry a title, body or generic group rather than a person's name.
    // Organisations in this dictionary are lemmatised (حزب_عمال_كردستاني_) and would not match running text,
    // so only people are taken; organisations come from the curated files.
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "رئيس", "رئيسة", "وزير", "وزيرة", "قوة", "قوات", "وزارة", "حزب", "مجلس", "حكومة", "جامعة", "جيش", "وكالة", "نائب",
        "منطقة", "عاصمة", "شركة", "محكمة", "حركة", "مسؤول", "مدينة", "شرطة", "اتحاد", "دولة", "سلطة", "برلمان", "أمين",
        "منظمة", "بنك", "صحيفة", "جمهورية", "إدارة", "ولاية", "شعب", "جهاز", "قائد", "هيئة", "محافظة", "سلاح", "جندي",
        "جبهة", "جماعة", "وسيلة", "لجنة", "ل", "رئاسة", "مكتب", "مركز", "معهد", "مؤسسة", "ديوان", "الديوان", "سفارة", "قناة",
        "مجموعة", "تنظيم", "كتيبة", "لواء", "فرقة", "ميليشيا", "مليشيا", "عناصر", "عنصر", "مقاتل", "متظاهر", "طالب", "عامل",
        "قاضي", "قاض", "محام", "نقابة", "مصرف", "صندوق", "برنامج", "مجلة", "إذاعة", "تلفزيون", "موقع", "قطاع", "مخيم",
        "معارضة", "مواطن", "سكان", "أهالي", "نظام", "أجهزة", "الأمم", "أمة", "عاهل", "ملكة", "مفتي", "متحدث", "ناطق",
        "زعيم", "مدير", "مصدر", "مصادر", "ناشط", "شاهد", "خبير", "محلل", "صحافي", "صحفي", "مراسل", "مؤتمر", "اجتماع", "قمة", "اتفاق", "اتفاقية", "معاهدة", "عملية", "هجوم", "انتخابات", "مظاهرة", "احتجاج",
        "مسجد", "كنيسة", "مستشفى", "مدرسة", "سجن", "معبر", "ميناء", "مطار", "سوق", "شارع", "ساحة", "قصر", "قرية", "بلدة", "حي", "محافظ", "حاكم", "عضو", "ممثل", "مبعوث", "مستشار", "قيادة", "قيادي", "مرشد", "بابا",
        "مساعد", "مساعدة", "نائبة", "وكيل", "سكرتير", "كبير", "رجل", "رجال", "ضابط", "جنود", "مسلح", "وفد", "فريق", "وزراء",
        "نواب", "قادة", "زعماء", "سفيرة", "مبعوثة", "مستشارة", "مديرة", "أعضاء", "لاجئ", "لاجئين", "مسلحين",
    };

    // Honorifics stripped before a person's name (أمير_فيصل_بن_عبد_الله_ → فيصل بن عبد الله).
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "أمير", "الأمير", "شيخ", "الشيخ", "شيخة", "ملك", "الملك", "جنرال", "دكتور", "سفير", "السيد", "سيد", "العقيد", "عقيد",
    };

    /// <summary>
    /// The UniversalPetrarch actor dictionary: a head line (NAME_ [CODE dates]) then indented [CODE dates] lines.
    /// Known errors are repaired: repeated heads are merged, repeated roles deduplicated, an end before its start
    /// (copied from a neighbouring entry) or the 18000101/22000101 placeholders are dropped as unknown.
    /// </summary>
    private void ReadPetrarchActors()
    {
        string? current = null;
        foreach (var raw in File.ReadLines(DataFile("events", "universalpetrarch-arabic", "actor_dict_ar_v4.txt")))
        {
            if (raw.Length == 0) continue;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            bool indented = char.IsWhiteSpace(raw[0]) && line[0] == '[';
            if (!indented)
            {
                int b = line.IndexOf('[', StringComparison.Ordinal);
                string head = (b >= 0 ? line[..b] : line).Trim();
                current = PetrarchPerson(head);
                if (current is not null && b >= 0) AddPetrarchRole(current, line[b..]);
            }
            else if (current is not null) AddPetrarchRole(current, line);
        }
    }

    private string? PetrarchPerson(string head)
    {
        var words = head.Split('_', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && Honorifics.Contains(words[0])) words.RemoveAt(0);
        if (words.Count < 2 || words.Count > 5 || GenericHeads.Contains(words[0]) || words.Any(w => w.Any(char.IsAsciiLetterOrDigit))) return null;
        string name = string.Join(' ', words);
        if (!Acceptable(name)) return null;
        if (_kb.OwnerOf(name) is { } owner) return _kb.TypeOf(owner) == KbType.PER ? owner : null;
        string id = "actor:" + NameKey.Of(name).Replace(' ', '_');
        _kb.Add(id, KbType.PER, name, [name]);
        return id;
    }

    private void AddPetrarchRole(string id, string bracket)
    {
        var inner = bracket.Trim('[', ']', ' ');
        var parts = inner.Split(' ', 2, StringSplitOptions.TrimEntries);
        string code = parts[0];
        if (code.Length < 3) return;
        string? country = _alpha3To2.GetValueOrDefault(code[..3]);
        string sector = country is null ? code : code[3..];
        DateOnly? start = null, end = null;
        if (parts.Length > 1)
        {
            var d = parts[1].Replace(" ", "", StringComparison.Ordinal);
            if (d.StartsWith('>')) start = PetrarchDate(d[1..]);
            else if (d.StartsWith('<')) end = PetrarchDate(d[1..]);
            else if (d.Split('-') is [var s, var e]) { start = PetrarchDate(s); end = PetrarchDate(e); }
        }
        if (start is not null && end is not null && end < start) end = null; // inverted: the end is not this role's
        if (country is not null) _kb.SetCountry(id, country);
        _kb.AddRole(new KbRole(id, "cameo:" + (sector.Length == 0 ? "STATE" : sector), country ?? "", start, end));
    }

    private static DateOnly? PetrarchDate(string s)
    {
        if (s.Length != 8 || !DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return null;
        return d.Year is < 1900 or > 2100 ? null : d; // 18000101 and 22000101 are placeholders for "unknown"
    }
}
