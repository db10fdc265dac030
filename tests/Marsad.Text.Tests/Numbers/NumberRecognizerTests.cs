using Marsad.Text.Numbers;

namespace Marsad.Text.Tests.Numbers;

public class NumberRecognizerTests
{
    private static (string Text, double Value, NumberKind Kind)[] Find(string text) =>
        NumberRecognizer.Recognize(text).Select(m => (m.Span.Slice(text), m.Value, m.Kind)).ToArray();

    private static (string Text, double Value, NumberKind Kind) Single(string text) => Assert.Single(Find(text));

    [Theory]
    [InlineData("بلغ 26،013.94 نقطة", "26،013.94", 26013.94)]
    [InlineData("نحو 1,500 جندي", "1,500", 1500)]
    [InlineData("ارتفع ٣٫٥ نقاط", "٣٫٥", 3.5)]
    [InlineData("عدد السكان ١،٢٣٤،٥٦٧", "١،٢٣٤،٥٦٧", 1234567)]
    [InlineData("وزنه ٠,٠٨ غرام", "٠,٠٨", 0.08)]
    [InlineData("يبلغ عدد سكان الصين 1 414 021 100 نسمة", "1 414 021 100", 1414021100)]
    [InlineData("ثمنه ۱۲۵ تومان", "۱۲۵", 125)]
    public void Digits_in_every_script_with_their_separators(string text, string surface, double value) =>
        Assert.Equal((surface, value, NumberKind.Cardinal), Single(text));

    [Theory]
    [InlineData("بلغت أرباح المصرف 47ر2 مليار ريال", "47ر2 مليار", 2.47e9)]
    [InlineData("ارتفع المؤشر 5ر1 في المائة", "5ر1 في المائة", 1.5)]
    [InlineData("حضر الحفل (000ر15) زائر", "000ر15", 15000)]
    [InlineData("بلغ عدد الحجاج 000ر250ر1 حاج", "000ر250ر1", 1250000)]
    [InlineData("وصل الإنتاج إلى 500ر1 مليون برميل", "500ر1 مليون", 1.5e6)]
    public void A_ra_between_reversed_digit_groups_is_a_separator(string text, string surface, double value)
    {
        var found = Find(text)[0];
        Assert.Equal(surface, found.Text);
        Assert.Equal(value, found.Value, 6);
    }

    [Fact]
    public void A_quantity_is_not_a_hundred_after_a_preposition() =>
        Assert.Empty(Find("وصادرت الشرطة كمية من الذخيرة"));

    [Fact]
    public void A_smaller_scale_after_waw_still_adds_to_the_number() =>
        Assert.Equal(3.26e9, Find("بلغت 3 مليارات و260 مليون دولار")[0].Value);

    [Fact]
    public void A_number_with_its_own_scale_word_after_waw_is_the_next_number() =>
        Assert.Equal([("30 مليارا", 3e10), ("35 مليار", 3.5e10)],
            Find("تتراوح التكلفة بين 30 مليارا و35 مليار يورو").Select(f => (f.Text, f.Value)));

    [Fact]
    public void Bidi_marks_inside_a_number_do_not_split_it() =>
        Assert.Equal(25799.52, Single("المبلغ 25799\u202A,\u202A52").Value);

    [Fact]
    public void An_address_with_several_points_is_several_numbers() =>
        Assert.Equal([192.0, 168, 1, 2], Find("العنوان 192.168.1.2").Select(f => f.Value));

    [Theory]
    [InlineData("قتل ستة عشر شخصاً", "ستة عشر", 16)]
    [InlineData("مائة وواحد وستون", "مائة وواحد وستون", 161)]
    [InlineData("أُصيب عشرون مدنياً", "عشرون", 20)]
    [InlineData("نشرت نحو ألفي عنصر", "ألفي", 2000)]
    [InlineData("نحو مئتي جندي", "مئتي", 200)]
    [InlineData("اشترى فستاناً بألفين ومائتين درهم", "ألفين ومائتين", 2200)]
    [InlineData("بثلاثة صواريخ", "ثلاثة", 3)]
    [InlineData("ثلاث مائة وواحد وثلاثون", "ثلاث مائة وواحد وثلاثون", 331)]
    [InlineData("في عام ألف وتسعمائة وثمانية وسبعين", "ألف وتسعمائة وثمانية وسبعين", 1978)]
    [InlineData("خسر ملايين الدولارات ومليونا شخص", "مليونا", 2e6)]
    public void Number_words_with_their_inflections_and_clitics(string text, string surface, double value)
    {
        var found = Find(text).Where(f => f.Kind == NumberKind.Cardinal).ToArray();
        Assert.Contains((surface, value, NumberKind.Cardinal), found);
    }

    [Fact]
    public void Waw_joined_tens_after_units_keep_the_clitic_out_of_the_span() =>
        Assert.Equal(("خمسة وخمسين", 55.0, NumberKind.Cardinal), Single("وخمسة وخمسين قتيلاً"));

    [Theory]
    [InlineData("أكثر من 6 آلاف و500 قتيل", "6 آلاف و500", 6500)]
    [InlineData("ويبلغ 4 مليارات دولار", "4 مليارات", 4e9)]
    [InlineData("نحو 1.5 مليون لاجئ", "1.5 مليون", 1.5e6)]
    [InlineData("خصص 20 ألفاً", "20 ألفاً", 20000)]
    [InlineData("البيت قيمته ٣٢٢ ألف ريال", "٣٢٢ ألف", 322000)]
    [InlineData("مليون ونصف المليون نازح", "مليون ونصف", 1.5e6)]
    public void Digits_mixed_with_scale_words(string text, string surface, double value) =>
        Assert.Equal((surface, value, NumberKind.Cardinal), Find(text)[0]);

    [Fact]
    public void Two_numbers_side_by_side_are_not_joined()
    {
        Assert.Equal([300.0, 212], Find("300 و 212 رقمان").Select(f => f.Value));
        Assert.Equal([300.0, 200], Find("ثلاثمائة و مائتين").Select(f => f.Value));
    }

    [Theory]
    [InlineData("المركز الأول", "الأول", 1)]
    [InlineData("الصف الحادي عشر", "الحادي عشر", 11)]
    [InlineData("الدورة العشرون", "العشرون", 20)]
    [InlineData("المرة الخامسة والعشرون", "الخامسة والعشرون", 25)]
    [InlineData("خلال الأشهر الـ6 الماضية", "الـ6", 6)]
    [InlineData("للمرة الثانية", "الثانية", 2)]
    public void Ordinals(string text, string surface, double value) =>
        Assert.Equal((surface, value, NumberKind.Ordinal), Single(text));

    [Theory]
    [InlineData("نصف السكان", "نصف", 0.5)]
    [InlineData("ربع كيلو", "ربع", 0.25)]
    [InlineData("ثلث المقاعد", "ثلث", 1 / 3.0)]
    [InlineData("ثلثي الأراضي", "ثلثي", 2 / 3.0)]
    [InlineData("ثلاثة أرباع الكأس", "ثلاثة أرباع", 0.75)]
    [InlineData("٣/٤ الكأس", "٣/٤", 0.75)]
    public void Fractions(string text, string surface, double value)
    {
        var f = Single(text);
        Assert.Equal((surface, NumberKind.Fraction), (f.Text, f.Kind));
        Assert.Equal(value, f.Value, 9);
    }

    [Fact]
    public void A_whole_and_a_half() => Assert.Equal(1.5, Single("واحد ونصف").Value);

    [Theory]
    [InlineData("بنسبة 30%", "30%", 30)]
    [InlineData("بنسبة ٤٥٪ من الأصوات", "٤٥٪", 45)]
    [InlineData("تراجع 12 بالمئة", "12 بالمئة", 12)]
    [InlineData("ارتفع عشرين في المائة", "عشرين في المائة", 20)]
    [InlineData("زاد 7.5 بالمائة", "7.5 بالمائة", 7.5)]
    public void Percentages(string text, string surface, double value) =>
        Assert.Equal((surface, value, NumberKind.Percent), Single(text));

    [Fact]
    public void Look_alike_words_are_not_numbers()
    {
        Assert.Empty(Find("قال: لست مقتنعاً"));        // لست is "I am not", not ل + ست
        Assert.Empty(Find("التقى أحد المسؤولين"));      // أحد alone is "one of / someone"
        Assert.Empty(Find("رفع ثمن الخبز"));            // ثمن before an indefinite noun is "price"
    }

    [Fact]
    public void Orders_of_magnitude_without_a_count_are_indefinite() =>
        Assert.Equal([NumberKind.Indefinite, NumberKind.Indefinite], Find("عشرات القتلى وآلاف الجرحى").Select(f => f.Kind));

    [Fact]
    public void Negative_numbers() => Assert.Equal(-5, Single("درجة الحرارة سالب ٥").Value);

    [Fact]
    public void Relative_ranks() =>
        Assert.Equal(["end+0", "end-1", "current+1"], NumberRecognizer.Recognize("الجلسة الأخيرة وقبل الأخيرة والتالي").Select(m => m.Relative));

    [Fact]
    public void Value_of_a_whole_phrase() => Assert.Equal(6500, NumberRecognizer.ValueOf("6 آلاف و500"));

    [Theory]
    [InlineData("ضبط أربعمائة وواحداً وثلاثين موقوفاً", "أربعمائة وواحداً وثلاثين", 431)]
    [InlineData("بلغت النسبة واحداً بالمئة", "واحداً بالمئة", 1)]
    public void One_in_the_accusative_counts(string text, string surface, double value)
    {
        var m = Find(text).First();
        Assert.Equal((surface, value), (m.Text, m.Value));
    }

    [Theory]
    [InlineData("وزنها ثلاثة وأربعين فاصلة ثمانية كيلوجرام", "ثلاثة وأربعين فاصلة ثمانية", 43.8)]
    [InlineData("بلغ المعدل اثنين فاصلة خمسة وعشرين نقطة", "اثنين فاصلة خمسة وعشرين", 2.25)]
    public void A_decimal_point_said_in_words(string text, string surface, double value)
    {
        var m = Find(text).First();
        Assert.Equal((surface, value), (m.Text, m.Value));
    }
}
