using Marsad.Corpus.Copies;

namespace Marsad.Corpus.Tests.Copies;

public sealed class CopyIndexTests
{
    // Articles written for these tests.
    private const string Wire =
        "الرياض - واس: أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الرياض بسعة خمسمائة سرير، وقال المتحدث الرسمي باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية.\n"
        + "وأضاف أن المشروع استغرق ثلاث سنوات وكلف ملياري ريال، وأنه يضم أقساما للطوارئ والعناية المركزة وجراحة القلب وطب الأطفال.\n"
        + "وأوضح أن الوزارة تعمل على تشغيل أربعة مستشفيات أخرى قبل نهاية العام في مكة المكرمة والدمام وأبها وتبوك، ضمن خطة لرفع الطاقة الاستيعابية.\n"
        + "وأشار إلى أن المستشفى سيبدأ استقبال المرضى مطلع الشهر المقبل بعد استكمال تجهيز غرف العمليات وتدريب الكوادر الطبية والتمريضية.";

    private const string Unrelated =
        "جدة: فاز فريق الاتحاد على ضيفه الهلال بهدفين مقابل هدف في المباراة التي جرت مساء أمس على ملعب مدينة الملك عبدالله الرياضية، وسجل أهداف الفريق المهاجم البرازيلي في الشوط الثاني.\n"
        + "وبهذا الفوز يرفع الاتحاد رصيده إلى ثلاثين نقطة في صدارة الترتيب، فيما تجمد رصيد الهلال عند ست وعشرين نقطة في المركز الثالث.";

    [Fact]
    public void A_republished_article_is_a_copy_of_the_original()
    {
        var index = new CopyIndex();
        index.Add(Wire);
        index.Add(Unrelated);
        var (id, copies) = index.Add("أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الرياض بسعة خمسمائة سرير، " + Wire[Wire.IndexOf("وقال", StringComparison.Ordinal)..]);
        Assert.Equal(2, id);
        var match = Assert.Single(copies);
        Assert.Equal(0, match.Other);
        Assert.True(match.Coverage > 0.9, $"coverage {match.Coverage}");
    }

    [Fact]
    public void An_abridged_copy_that_keeps_one_paragraph_is_a_copy()
    {
        var index = new CopyIndex();
        index.Add(Wire);
        string oneParagraph = Wire.Split('\n')[1];
        var (_, copies) = index.Add(oneParagraph);
        var match = Assert.Single(copies);
        Assert.True(match.Coverage > 0.9, $"coverage {match.Coverage}");
    }

    [Fact]
    public void An_article_about_something_else_is_not_a_copy()
    {
        var index = new CopyIndex();
        index.Add(Wire);
        var (_, copies) = index.Add(Unrelated);
        Assert.Empty(copies);
    }

    [Fact]
    public void Sharing_one_quoted_sentence_is_not_a_copy()
    {
        var index = new CopyIndex();
        index.Add(Wire);
        string own = "تفقد أمير المنطقة اليوم موقع المستشفى الجديد في شمال الرياض برفقة عدد من المسؤولين، واستمع إلى شرح عن مراحل التنفيذ والتجهيز والتشغيل التجريبي. "
            + "وقال المتحدث الرسمي باسم الوزارة إن المستشفى سيخدم أكثر من مليون نسمة في الأحياء الشمالية. "
            + "وأبدى الأمير ارتياحه لسير العمل، ووجه بتذليل العقبات أمام المقاولين وتسريع ربط المستشفى بشبكة الطرق والمواصلات العامة في المنطقة.";
        var (_, copies) = index.Add(own);
        Assert.Empty(copies);
    }

    [Fact]
    public void A_formula_repeated_in_many_articles_stops_counting_as_shared_text()
    {
        const string formula = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة باسمه واسم شعب وحكومة المملكة العربية السعودية معربا عن أصدق التهاني وأطيب التمنيات ";
        var index = new CopyIndex(new CopyIndexOptions { CommonShingleArticles = 5 });
        string[] places = ["جمهورية النيجر", "جمهورية بنين", "جمهورية بوليفيا", "جمهورية المالديف", "سلطنة عمان", "جمهورية سنغافورة"];
        List<CopyMatch> last = [];
        foreach (var place in places)
            (_, last) = index.Add(formula + "إلى رئيس " + place + " بمناسبة ذكرى اليوم الوطني لبلاده");
        Assert.Empty(last);
    }

    [Fact]
    public void Fingerprints_are_stable_across_instances()
    {
        // Signatures are persisted with the article; a new process must compute the same ones.
        var a = new CopyIndex().Fingerprint(Wire);
        var b = new CopyIndex().Fingerprint(Wire);
        Assert.Equal(a.Signature, b.Signature);
        Assert.Equal(a.Shingles, b.Shingles);
    }

    [Fact]
    public void A_signature_is_the_minimum_of_each_hash_function_whatever_the_vector_width()
    {
        // Stored signatures must not depend on the machine (256- or 512-bit vectors).
        var hasher = new MinHasher();
        uint[] shingles = [.. Enumerable.Range(0, 300).Select(i => (uint)(i * 2654435761u + 12345))];
        var signature = hasher.Sign(shingles);
        for (int f = 0; f < hasher.Size; f++)
            Assert.Equal(shingles.Min(s => hasher.Hash(f, s)), signature[f]);
    }
}
