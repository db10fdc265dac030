using Marsad.Analysis.Quantities;
using Marsad.Analysis.Times;

namespace Marsad.Analysis.Tests.Quantities;

public class QuantityStepTests
{
    private static (string Text, double Value, string Unit, string? Approx, string? Of)[] Find(string text)
    {
        var doc = new Document(text, new ArticleMetadata { Published = new PublicationDate(new DateOnly(2023, 2, 28), null) });
        new TimeStep().Run(doc);
        doc.SetLayer<CreditLine>([]);
        new QuantityStep().Run(doc);
        return doc.Layer<Quantity>().Select(q => (q.Span.Slice(text), q.Value, q.Unit, q.Approx, q.Of)).ToArray();
    }

    [Fact]
    public void Casualties_with_an_approximator() =>
        Assert.Equal([("أكثر من 6 آلاف و500 قتيل", 6500.0, "person", (string?)">", (string?)"killed")], Find("خلّفت الحرب أكثر من 6 آلاف و500 قتيل من الجانبين"));

    [Fact]
    public void Troops_counted_in_words() =>
        Assert.Equal([("نحو ألفي عنصر", 2000.0, "person", (string?)"~", (string?)"troops")], Find("نشرت روسيا نحو ألفي عنصر من قوات حفظ السلام"));

    [Theory]
    [InlineData("ويبلغ 4 مليارات دولار", "4 مليارات دولار", 4e9, "USD")]
    [InlineData("خصصت 25 ألف ليرة سورية", "25 ألف ليرة سورية", 25000, "SYP")]
    [InlineData("بقيمة 13 مليون يورو", "13 مليون يورو", 13e6, "EUR")]
    [InlineData("تبرع بمليون ريال قطري", "مليون ريال قطري", 1e6, "QAR")]
    [InlineData("بلغت 50 دولاراً", "50 دولاراً", 50, "USD")]
    [InlineData("سعره 20$ فقط", "20$", 20, "USD")]
    public void Money_in_every_currency_with_its_iso_code(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Theory]
    [InlineData("ارتفعت بنسبة 30%", "30%", 30)]
    [InlineData("تراجع 12 في المائة", "12 في المائة", 12)]
    public void Percentages(string text, string surface, double value) =>
        Assert.Equal((surface, value, "percent"), Assert.Single(Find(text)) is var q ? (q.Text, q.Value, q.Unit) : default);

    [Theory]
    [InlineData("على بعد 29 كم من", "29 كم", "km")]
    [InlineData("مساحة 500 هكتار", "500 هكتار", "hectare")]
    [InlineData("نقل 3 أطنان من", "3 أطنان", "ton")]
    public void Measures(string text, string surface, string unit) =>
        Assert.Equal((surface, unit), Assert.Single(Find(text)) is var q ? (q.Text, q.Unit) : default);

    [Fact]
    public void Refugees_after_min() =>
        Assert.Equal("refugees", Assert.Single(Find("فرّ آلاف من اللاجئين و300 ألف من اللاجئين")).Of);

    [Theory]
    [InlineData("بموجب القرار 2216 الصادر")]
    [InlineData("وفق المادة 5 من الدستور")]
    [InlineData("طائرات F16 الأمريكية")]
    [InlineData("وجاء في المرتبة 3 من أصل 10")]
    [InlineData("في 3 تموز/يوليو 1997 وقع")]
    [InlineData("خلال الأشهر الـ6 الماضية")]
    public void Numbers_that_are_not_figures(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("ارتفع عدد الزوار إلى 760 وهو رقم قياسي")]
    [InlineData("كان عددهم 40 عندما بدأت الحملة")]
    [InlineData("تم تداول 300 للأسهم القيادية")]
    [InlineData("سجل المؤشر 2013 بنسبة كبيرة")]
    public void A_word_of_the_next_phrase_is_not_what_a_number_counts(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("خاض الفريق 36 مواجهة في الموسم", "36 مواجهة", 36, "match")]
    [InlineData("عاش العراق حروب الخليج الثلاثة", "حروب الخليج الثلاثة", 3, "war")]
    [InlineData("انتشلت فرق الإنقاذ 20 جثة من تحت الأنقاض", "20 جثة", 20, "body")]
    public void Counted_nouns_of_everyday_news_get_their_english_unit(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Theory]
    [InlineData("ضبطت الشرطة 7 مسدسات في السيارة", "7 مسدسات", 7, "مسدسات")]
    [InlineData("قال إن 3 من المحافظين حضروا", "3 من المحافظين", 3, "محافظين")]
    [InlineData("شارك 26 رساماً في المعرض", "26 رساماً", 26, "رساما")]
    [InlineData("وزعت الجمعية 450 سجادة شتوية", "450 سجادة شتوية", 450, "سجادة")]
    [InlineData("وصل 300 سوريين إلى الحدود", "300 سوريين", 300, "person")]
    public void A_numeral_counts_the_noun_after_it_even_when_the_unit_list_does_not_know_it(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Theory]
    [InlineData("وتضررت 3202 عائلة من السيول", "3202 عائلة", 3202, "family")]
    [InlineData("شارك 26 شاعراً في المسابقة", "26 شاعراً", 26, "person")]
    [InlineData("حضر 110 مشاركين اللقاء", "110 مشاركين", 110, "person")]
    [InlineData("افتتحت خمس كليات جديدة", "خمس كليات", 5, "college")]
    [InlineData("تأهلت المنتخبات الثلاثة", "المنتخبات الثلاثة", 3, "team")]
    [InlineData("قال إن 3 من الوزراء حضروا", "3 من الوزراء", 3, "person")]
    [InlineData("أدانت المحكمة ثلاثة من أبنائها", "ثلاثة من أبنائها", 3, "person")]
    public void A_listed_noun_gives_its_unit_in_its_plurals_and_its_possessed_forms(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Theory]
    [InlineData("بلغت القروض (118051) قرضاً اجتماعياً", "118051) قرضاً اجتماعياً", 118051, "loan")]
    [InlineData("بقيمة (174) مليون ريال", "174) مليون ريال", 174e6, "SAR")]
    [InlineData("بقيمة (10.100.000) ريال", "10.100.000) ريال", 10_100_000, "SAR")]
    [InlineData("أوقف (97) سبعة وتسعين موقوفاً", "سبعة وتسعين موقوفاً", 97, "person")]
    public void Digits_in_parentheses_count_the_word_after_them_and_give_way_to_the_same_figure_in_words(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Theory]
    [InlineData("قتل 27 شخصاً على الأقل", "27 شخصاً على الأقل", 27, "person", ">=")]
    [InlineData("وقعت 16 دولة أوروبية الاتفاق", "16 دولة أوروبية", 16, "country", null)]
    [InlineData("هبط دون 50 دولارا للبرميل", "دون 50 دولارا", 50, "USD", "<")]
    [InlineData("جمعت ما مجموعه 500 ريال", "ما مجموعه 500 ريال", 500, "SAR", null)]
    public void Bounds_and_adjectives_around_the_counted_word_belong_to_the_figure(string text, string surface, double value, string unit, string? approx)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit, approx), (q.Text, q.Value, q.Unit, q.Approx));
    }

    [Theory]
    [InlineData("قتل جهاد البالغ من العمر 26 عاماً في غارة", "26 عاماً", 26)]
    [InlineData("وأصيبت امرأة في الـ26 من العمر", "الـ26 من العمر", 26)]
    [InlineData("وقضت بحبس خالد (41 عامًا) لمدة", "41 عامًا", 41)]
    public void Ages_are_figures_in_years(string text, string surface, double value)
    {
        var q = Assert.Single(Find(text), f => f.Unit == "year");
        Assert.Equal((surface, value), (q.Text, q.Value));
    }

    [Fact]
    public void A_list_of_ages_closed_by_its_unit_is_ages()
    {
        var text = "واوضح ان الاطفال اعمارهم 3 و5 و9 و14 سنة، في حين";
        Assert.Equal([3.0, 5, 9, 14], Find(text).Where(f => f.Unit == "year").Select(f => f.Value));
        Assert.DoesNotContain(Marsad.Analysis.Times.TimeRecognizer.Recognize(text, new(new DateOnly(2015, 7, 25))), t => t.Type == TimeType.DURATION);
    }

    [Fact]
    public void An_age_in_words_is_no_stretch_of_time() =>
        Assert.Empty(Marsad.Analysis.Times.TimeRecognizer.Recognize("ومسجد الشيخ فيض عمره قرابة مائة عام؛ حيث تم هدمه", new(new DateOnly(2015, 8, 1))));

    [Theory]
    [InlineData("بعرض 3,57م وطول", "3,57م", 3.57, "m")]
    [InlineData("بعرض (12,5)م", "12,5)م", 12.5, "m")]
    [InlineData("على مساحة 12000م2 في", "12000م2", 12000, "m2")]
    [InlineData("خزان بسعة 8000م3 للمياه", "8000م3", 8000, "m3")]
    [InlineData("خزانات بسعة 40 ألف م3 للمياه", "40 ألف م3", 40000, "m3")]
    public void Metres_glued_to_the_digits(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Theory]
    [InlineData("وكان الكيس يباع بـ7 ريالات فقط", "7 ريالات", 7, "SAR")]
    [InlineData("وقدرت الصفقة بـ45 مليون يورو", "45 مليون يورو", 45e6, "EUR")]
    [InlineData("صندوق الخضار 15 كيلو", "15 كيلو", 15, "kg")]
    [InlineData("وبلغت أرباح الشركة 62ر1 مليار دولار", "62ر1 مليار دولار", 1.62e9, "USD")]
    public void Sums_after_a_stretched_preposition_and_reversed_separators(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, unit), (q.Text, q.Unit));
        Assert.Equal(value, q.Value, 3);
    }

    [Fact]
    public void A_definite_numeral_counts_the_noun_before_its_relative_adjective() =>
        Assert.Equal([("المنتخبات الخليجية الأربعة", 4.0, "team")], Find("تأهلت المنتخبات الخليجية الأربعة إلى النهائيات").Select(q => (q.Text, q.Value, q.Unit)));

    [Fact]
    public void A_year_before_a_larger_sum_is_no_end_of_its_range() =>
        Assert.Equal([("20 مليار دولار", 2e10)], Find("خفضت ميزانية 2016 إلى 20 مليار دولار").Select(q => (q.Text, q.Value)));

    [Fact]
    public void Each_end_of_a_range_with_its_own_scale_word_keeps_its_value() =>
        Assert.Equal([("25 مليارًا", 25e9), ("28 مليار دولار", 28e9)], Find("يتوقع المحللون ما بين 25 مليارًا و28 مليار دولار").Select(q => (q.Text, q.Value)));

    [Theory]
    [InlineData("وتعد إحدى المدارس الكبرى")]
    [InlineData("وقال أحد المشاركين")]
    [InlineData("تسربت كمية من النفط الخام")]
    [InlineData("مقتل اثنين وجرح آخرين")]
    [InlineData("وقضت بالسجن (5 سنوات) على المتهم")]
    [InlineData("وهي المرة الثالثة هذا العام")]
    public void What_only_looks_like_a_count_is_no_figure(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Credit_line_digits_are_not_figures()
    {
        var text = "نص الخبر.\nسيرياهوم نيوز3 – الميادين";
        var doc = new Document(text);
        MarsadPipeline.Default.Analyze(doc);
        Assert.Empty(doc.Layer<Quantity>());
    }

    [Theory]
    [InlineData("قطع مسافة كيلومتر واحد سيرا", "كيلومتر واحد", 1, "km")]
    [InlineData("قتل عسكريين تركيين اثنين في الهجوم", "عسكريين تركيين اثنين", 2, "person")]
    public void One_and_two_follow_what_they_count(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Fact]
    public void One_percent_in_words_is_a_figure() =>
        Assert.Equal(1.0, Assert.Single(Find("بلغت نسبة البطالة واحدا بالمئة هذا العام")).Value);

    [Fact]
    public void A_count_in_words_with_an_accusative_one() =>
        Assert.Contains(Find("وضبطت الشرطة (431) أربعمائة وواحداً وثلاثين موقوفاً في العملية"), q => q.Value == 431 && q.Unit == "person");

    [Theory]
    [InlineData("دمرت 15 جرافة في القرية", "bulldozer")]
    [InlineData("صادرت 7 عبوات ناسفة قرب الطريق", "explosive device")]
    [InlineData("أغلقت 70 مبسطاً في السوق", "stall")]
    public void Everyday_counted_nouns_get_an_english_unit(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(Find(text)).Unit);

    [Fact]
    public void A_single_thing_is_not_a_figure() => Assert.Empty(Find("لم يبق مسجد واحد في المدينة"));

    [Theory]
    [InlineData("يشكلون من 15 إلى 20% من السكان", 15, "percent", 20, "percent")]
    [InlineData("تتراوح بين 30 و60 مليون ريال شهريا", 30e6, "SAR", 60e6, "SAR")]
    [InlineData("طريقا بطول 235 إلى 275 كم", 235, "km", 275, "km")]
    [InlineData("تتراوح أعدادهم بين 14 إلى 19 مليون مسلم", 14e6, "person", 19e6, "person")]
    public void A_range_is_two_figures_of_the_unit_written_once(string text, double v1, string u1, double v2, string u2) =>
        Assert.Equal([(v1, u1), (v2, u2)], Find(text).Select(q => (q.Value, q.Unit)).ToArray());

    [Fact]
    public void A_bare_number_without_a_list_stays_no_figure() => Assert.Empty(Find("وصل 30 منهم ثم غادروا"));
}
