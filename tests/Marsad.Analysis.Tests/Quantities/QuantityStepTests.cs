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
    [InlineData("ضبطت الشرطة 7 عبوات ناسفة", "7 عبوات", 7, "عبوات")]
    [InlineData("وتضررت 3202 عائلة من السيول", "3202 عائلة", 3202, "عائلة")]
    [InlineData("قال إن 3 من الوزراء حضروا", "3 من الوزراء", 3, "وزراء")]
    [InlineData("شارك 26 شاعراً في المسابقة", "26 شاعراً", 26, "شاعرا")]
    public void A_numeral_counts_the_noun_after_it_even_when_the_unit_list_does_not_know_it(string text, string surface, double value, string unit)
    {
        var q = Assert.Single(Find(text));
        Assert.Equal((surface, value, unit), (q.Text, q.Value, q.Unit));
    }

    [Fact]
    public void Credit_line_digits_are_not_figures()
    {
        var text = "نص الخبر.\nسيرياهوم نيوز3 – الميادين";
        var doc = new Document(text);
        MarsadPipeline.Default.Analyze(doc);
        Assert.Empty(doc.Layer<Quantity>());
    }
}
