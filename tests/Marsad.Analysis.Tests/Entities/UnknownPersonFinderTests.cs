namespace Marsad.Analysis.Tests.Entities;

/// <summary>People no list knows, found where news names people: after a given name or a speech verb.</summary>
public class UnknownPersonFinderTests
{
    private static Document Analyze(string text) => MarsadPipeline.Default.Analyze(text, new ArticleMetadata());

    private static string[] People(Document doc) =>
        [.. doc.Layer<Mention>().Where(m => m.Type == EntityType.PER).Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length))];

    [Fact]
    public void AGivenNameAndTheWordsAfterItUpToACommonWordAreAPerson()
    {
        var doc = Analyze("وقال المتحدث باسم الحركة محمد خرسكوني في بيان عبر البريد الإلكتروني إن العملية نجحت.");
        Assert.Contains("محمد خرسكوني", People(doc));
    }

    [Fact]
    public void TheWordsRightAfterASpeechVerbAreAPersonWhenTheyAreNotCommonWords()
    {
        var doc = Analyze("وقال يوري بويتشنكوف بعد مؤتمر صحفي إن المشكلة قائمة.");
        Assert.Contains("يوري بويتشنكوف", People(doc));
    }

    [Fact]
    public void ANameEndsBeforeItsTitleAndItsNationality()
    {
        var doc = Analyze("وقال بيارو باورز المدير التنفيذي للمجموعة إن الفرق يجب أن تغادر.");
        Assert.Contains("بيارو باورز", People(doc));
    }

    [Fact]
    public void TheWordsAfterAPrepositionThatFoldsLikeAGivenNameAreNoPerson()
    {
        // على folds to علي (Ali); the written alef maqsura says it is the preposition.
        var doc = Analyze("ألقى المتظاهرون الحجارة على جرافات عسكرية تشارك في الهدم.");
        Assert.DoesNotContain(People(doc), p => p.StartsWith("على", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameThatIsAlsoAWordIsNoPersonWhereTheTaggerReadsNone()
    {
        // رمضان and حسن are given names; here they are the month and "goodness", and the tagger reads no person
        var doc = Analyze("أما كبح الشهوات فرمضان يعلمنا أن نجوع ونعطش. والعبء على إيران لإثبات حسن نواياها ورغبتها في الصلح.");
        Assert.DoesNotContain(People(doc), p => p.Contains("يعلمنا", StringComparison.Ordinal) || p.Contains("نواياها", StringComparison.Ordinal));
    }

    [Fact]
    public void AGivenNameWithNoCueBeforeItIsAPersonWhereTheTaggerReadsOne()
    {
        var doc = Analyze("وحضر الحفل عدد من المسؤولين، وكان في استقبالهم محمد خرسكوني وعدد من الأعيان.");
        Assert.Contains("محمد خرسكوني", People(doc));
    }

    [Fact]
    public void AnUnnamedSourceAfterASpeechVerbIsNoPerson()
    {
        var doc = Analyze("وقال مسؤول في الأمم المتحدة إن الوضع خطير.");
        Assert.Empty(People(doc));
    }

    [Fact]
    public void TheWordsAfterASpeechParticipleAreNoPerson()
    {
        var doc = Analyze("وأعلن الوزير موقفه مجدداً لإتاحة الفرص للاجتماع بين البلدين.");
        Assert.Empty(People(doc));
    }

    [Fact]
    public void TheWordsAfterAPersonsTitleAreAPerson()
    {
        var doc = Analyze("وقال النائب إدوين رويسكي رئيس لجنة العلاقات الخارجية إن الاتفاق سيئ.");
        Assert.Contains("إدوين رويسكي", People(doc));
    }

    [Fact]
    public void ANameStopsBeforeAConjunctionAPrepositionOrAnAdverb()
    {
        var doc = Analyze("وقدم عمر خيرتي بمصاحبة الفرقة حفلا، وحضر سلمان المؤشري وأسامة هوساوي.");
        var people = People(doc);
        Assert.Contains("عمر خيرتي", people);
        Assert.Contains("سلمان المؤشري", people);
        Assert.DoesNotContain(people, p => p.Contains("بمصاحبة", StringComparison.Ordinal) || p.Contains("وأسامة هوساوي", StringComparison.Ordinal) && p.StartsWith("سلمان", StringComparison.Ordinal));
    }

    [Fact]
    public void TheNameAliInsideAFullNameIsKeptWhereThePrepositionAlaEndsIt()
    {
        var doc = Analyze("وقال حسان علي الخطيبي في تصريح إن الوضع هادئ.");
        Assert.Contains("حسان علي الخطيبي", People(doc));
    }

    [Fact]
    public void AGivenNameAndANisbaThatIsAlsoANationalityAreAPersonAfterARole()
    {
        var doc = Analyze("وأكد خبير علم الاجتماع نعيم المصري أن الأسرة هي خط الدفاع الأول.");
        Assert.Contains("نعيم المصري", People(doc));
    }

    [Fact]
    public void ANationalityAfterAGivenNameWithoutARoleStillDescribesTheWordBefore()
    {
        var doc = Analyze("أعلنت وزارة الداخلية عن اعتقال جمال المصري الجنسية في المطار.");
        Assert.DoesNotContain(People(doc), p => p.EndsWith("المصري", StringComparison.Ordinal) && p.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnlistedGivenNameAndAFamilyNameAfterARoleNounAreAPerson()
    {
        var doc = Analyze("وقال الطالب مرزوق الحويطاني إن الرحلة كانت ممتعة.");
        Assert.Contains("مرزوق الحويطاني", People(doc));
    }

    [Fact]
    public void ARoleNounFollowedByCommonWordsNamesNobody()
    {
        var doc = Analyze("وقال الطالب المتفوق في الجامعة إن الامتحانات صعبة.");
        Assert.Empty(People(doc));
    }
}
