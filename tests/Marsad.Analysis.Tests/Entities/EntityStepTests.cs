using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests.Entities;

public class EntityStepTests
{
    private static Document Analyze(string text, string? published = "2023-02-28")
    {
        PublicationDate.TryParse(published, out var d);
        return MarsadPipeline.Default.Analyze(text, new ArticleMetadata { Published = published is null ? null : d });
    }

    private static string[] MentionTexts(Document doc) =>
        [.. doc.Layer<Mention>().Select(m => doc.Text.Substring(m.Span.Start, m.Span.Length))];

    private static Entity EntityNamed(Document doc, string name) => doc.Layer<Entity>().Single(e => e.Name == name);

    [Fact]
    public void ProcliticsStayOutsideTheName()
    {
        var doc = Analyze("وصل الوفد إلى موسكو وبروسيا اجتماع ثم للاتحاد الأوروبي موقف.");
        Assert.Contains("روسيا", MentionTexts(doc));
        Assert.Equal("Russia", doc.Layer<Entity>().Single(e => e.KbId == "RU").Name);
        Assert.Contains(doc.Layer<Entity>(), e => e.KbId == "org:eu");
    }

    [Fact]
    public void NamesThatBeginWithClitLettersAreWhole()
    {
        var doc = Analyze("قال وليد جنبلاط إن فلسطين قضية العرب.");
        Assert.Contains("وليد جنبلاط", MentionTexts(doc));
        Assert.Contains("فلسطين", MentionTexts(doc));
    }

    [Fact]
    public void AShortSurnameAloneIsTheSamePersonWhenWrittenTheSame()
    {
        var doc = Analyze("وصل رئيس الوزراء خالد بحاح إلى عدن. وقال بحاح للصحافيين إن الزيارة مهمة.");
        var person = doc.Layer<Entity>().Single(e => e.NameAr == "خالد بحاح");
        Assert.Equal(["خالد بحاح", "بحاح"], person.Mentions.Select(m => doc.Text.Substring(m.Start, m.Length)));
    }

    [Fact]
    public void ACommonWordSpelledLikeASurnameVariantIsNotThePerson()
    {
        var doc = Analyze("قال وزير الخارجية عادل الجبير إن الاجتماع الكبير ناقش الأزمة مع كبار المسؤولين.", "2015-08-01");
        var jubeir = doc.Layer<Entity>().Single(e => e.KbId == "per:adel-al-jubeir");
        Assert.DoesNotContain(jubeir.Mentions, m => doc.Text.Substring(m.Start, m.Length) is "الكبير" or "كبار");
    }

    [Fact]
    public void AKnownSurnameAfterAnUnknownPersonsNameIsThatPersons()
    {
        var doc = Analyze("أكدت نهلة بنت أحمد الجبير، مديرة المركز، أن البرنامج ناجح. وأضافت الجبير أن الطلاب استفادوا.", "2015-08-09");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.KbId == "per:adel-al-jubeir");
        Assert.Contains(doc.Layer<Entity>(), e => e.NameAr == "نهلة بنت أحمد الجبير");
    }

    [Fact]
    public void AWordThatOnlySharesAShortSkeletonWithASurnameIsNotThePerson()
    {
        var doc = Analyze("قال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وحضر اللقاء أبيئام وآخرون.", "2015-08-09");
        var obama = doc.Layer<Entity>().Single(e => e.KbId == "per:barack-obama");
        Assert.DoesNotContain(obama.Mentions, m => doc.Text.Substring(m.Start, m.Length) == "أبيئام");
    }

    [Theory]
    [InlineData("استقبل الملك سلمان بن عبدالعزيز الوفد. وحضر الاستقبال الأمير فيصل بن عبدالعزيز.", "per:salman-bin-abdulaziz", "عبدالعزيز")]
    [InlineData("استقبل الملك سلمان بن عبدالعزيز الوفد. وحضر الاستقبال عمرو سليمان.", "per:salman-bin-abdulaziz", "سليمان")]
    [InlineData("قال الرئيس السوري بشار الأسد إن الحرب طويلة. وقال الشاعر الأسدي إن القصيدة جديدة.", "per:bashar-al-assad", "الأسدي")]
    [InlineData("قال وزير الخارجية الإيراني محمد جواد ظريف إن الاتفاق جيد. وكان اللقاء ظريفا.", "per:javad-zarif", "ظريفا")]
    [InlineData("استقبل الملك سلمان بن عبدالعزيز الوفد. وحضر الأمير مقرن بن عبدالعزيز.", "per:salman-bin-abdulaziz", "بن عبدالعزيز")]
    public void ANameOfItsOwnIsNotASpellingOfTheSurname(string text, string kbId, string other)
    {
        var doc = Analyze(text, "2015-08-09");
        var person = doc.Layer<Entity>().Single(e => e.KbId == kbId);
        Assert.DoesNotContain(person.Mentions, m => doc.Text.Substring(m.Start, m.Length) == other);
    }

    [Fact]
    public void AShaddaTellsAmmanFromOman()
    {
        var doc = Analyze("وصل الوفد إلى عمّان قادما من عمان.");
        var kbIds = doc.Layer<Mention>().Select(m => m.KbId).ToList();
        Assert.Equal(["city:250441", "OM"], kbIds);
    }

    [Fact]
    public void TheLongestNameWins()
    {
        var doc = Analyze("أعلنت جمهورية أذربيجان الاشتراكية السوفيتية انفصالها.");
        Assert.Equal(["جمهورية أذربيجان الاشتراكية السوفيتية"], MentionTexts(doc));
    }

    [Fact]
    public void NationalityAdjectivesAndCommonWordsAreNotMentions()
    {
        var doc = Analyze("قالت القوات الروسية اليوم إن الوطن بخير، ونشرت قوات سورية في المنطقة.");
        Assert.Empty(doc.Layer<Mention>());
    }

    [Fact]
    public void APlaceNamedLikeANationalityAdjectiveIsNotFoundInTheAdjective()
    {
        // GeoNames spells Surrey (British Columbia) «سوري», which is also "Syrian".
        var doc = Analyze("تستضيف المملكة نحو مليون لاجئ سوري وعدداً من العمال السوريين.");
        Assert.DoesNotContain(doc.Layer<Entity>(), e => e.Name.Contains("Surrey", StringComparison.Ordinal));
        Assert.DoesNotContain("سوري", MentionTexts(doc));
    }

    [Fact]
    public void ACountrySpelledLikeItsAdjectiveIsTheCountryAfterAPreposition()
    {
        var doc = Analyze("عاد اللاجئون إلى سورية.");
        Assert.Equal(["سورية"], MentionTexts(doc));
    }

    [Fact]
    public void SurnamesAndSpellingVariantsJoinTheFullName()
    {
        var doc = Analyze("التقى الرئيس بالوزير جيهون بيراموف.\nوقال بايراموف إن المحادثات مثمرة.");
        var e = EntityNamed(doc, "Jeyhun Bayramov");
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void AnOfficeResolvesToItsHolderAtThePublicationDate()
    {
        var doc = Analyze("وقال وزير الخارجية الروسي إن الحوار مستمر.");
        var lavrov = EntityNamed(doc, "Sergey Lavrov");
        Assert.Equal("وزير الخارجية الروسي", doc.Text.Substring(lavrov.References[0].Start, lavrov.References[0].Length));
        var earlier = Analyze("وقال وزير الخارجية الأذربيجاني إن الحوار مستمر.", "2018-05-01");
        Assert.Contains(earlier.Layer<Entity>(), e => e.Name == "Elmar Mammadyarov");
    }

    [Fact]
    public void ACounterpartInAppositionIsThePersonNamed()
    {
        var doc = Analyze("بحث الرئيس الروسي فلاديمير بوتين مع نظيره الأذربيجاني إلهام علييف الأمن.");
        Assert.Single(EntityNamed(doc, "Ilham Aliyev").References);
        Assert.Single(EntityNamed(doc, "Vladimir Putin").References);
    }

    [Fact]
    public void TheMinisterIsTheLastMinisterNamed()
    {
        var doc = Analyze("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.\nوأشار الوزير الروسي إلى المشاريع.");
        Assert.Equal(2, EntityNamed(doc, "Sergey Lavrov").References.Count);
    }

    [Fact]
    public void TheCapitalOfAStateIsItsCapitalCity()
    {
        var doc = Analyze("عقد مؤتمر صحافي في العاصمة الأذربيجانية أمس.");
        Assert.Single(EntityNamed(doc, "Baku").References);
    }

    [Fact]
    public void UnknownNamesFromTheTaggerGetALocalEntityWithTheirArabicName()
    {
        var text = "قال المهندس زكريا الفلاني إن المشروع ناجح. وأضاف الفلاني أن العمل مستمر.";
        var step = new EntityStep(tagger: new FixedTagger(text, "زكريا الفلاني", "الفلاني"));
        var doc = new Document(text);
        new Marsad.Analysis.Pipeline.TokenizeStep().Run(doc);
        new Marsad.Analysis.Structure.StructureStep(Marsad.Knowledge.Outlets.OutletTable.Default).Run(doc);
        step.Run(doc);
        var e = Assert.Single(doc.Layer<Entity>());
        Assert.Equal("زكريا الفلاني", e.Name);
        Assert.Null(e.KbId);
        Assert.Equal(2, e.Mentions.Count);
    }

    private static Document RunWith(string text, INameTagger tagger)
    {
        var doc = new Document(text);
        new Marsad.Analysis.Pipeline.TokenizeStep().Run(doc);
        new Marsad.Analysis.Structure.StructureStep(Marsad.Knowledge.Outlets.OutletTable.Default).Run(doc);
        new EntityStep(tagger: tagger).Run(doc);
        return doc;
    }

    [Fact]
    public void ALessSureTaggerNameOfTwoWordsFillsAGap()
    {
        var text = "التقى الوفد روبرتا جاكوبسون أمس في العاصمة.";
        var doc = RunWith(text, new FixedTagger(text, "روبرتا جاكوبسون") { Confidence = 0.1f });
        var e = Assert.Single(doc.Layer<Entity>());
        Assert.Equal("روبرتا جاكوبسون", e.Name);
    }

    [Fact]
    public void ALessSureTaggerNameOfOneWordIsNotKept()
    {
        var text = "التقى الوفد جاكوبسون أمس في العاصمة.";
        Assert.Empty(RunWith(text, new FixedTagger(text, "جاكوبسون") { Confidence = 0.1f }).Layer<Entity>());
        // the same word, when the tagger is sure of it, is a name
        Assert.Single(RunWith(text, new FixedTagger(text, "جاكوبسون")).Layer<Entity>());
    }

    [Fact]
    public void ALessSureTaggerNameWithACommonWordIsNotKept()
    {
        var text = "تحدث الكاتب عن مبدأ ميكافيللي في السياسة.";
        var tagger = new FixedTagger(text, "مبدأ ميكافيللي") { Confidence = 0.1f, CommonWords = ["مبدأ"] };
        Assert.DoesNotContain(RunWith(text, tagger).Layer<Entity>(), e => e.Type == EntityType.PER);
    }

    [Fact]
    public void AHeadBeforeAKnownOrganisationTheTaggerReadsIsNotPartOfItsName()
    {
        var text = "أعلن نادي ريال مدريد الإسباني التعاقد مع اللاعب.";
        var doc = RunWith(text, new FixedTagger(text, "ريال مدريد") { Type = EntityType.ORG });
        var mentions = doc.Layer<Mention>();
        Assert.Contains(mentions, m => m.Span.SliceSpan(text).SequenceEqual("ريال مدريد") && m.KbId is not null);
        Assert.DoesNotContain(mentions, m => m.Span.SliceSpan(text).StartsWith("نادي"));
    }

    [Fact]
    public void AKnowledgeBaseNameInsideALongerPersonTheTaggerReadsGivesWay()
    {
        // «كاسترو» alone is Fidel Castro in the knowledge base; here it is the end of Raúl's name
        var text = "التقى الرئيس باراك أوباما ونظيره راؤول كاسترو في المدينة.";
        var doc = RunWith(text, new FixedTagger(text, "باراك أوباما", "راؤول كاسترو"));
        var mentions = doc.Layer<Mention>();
        Assert.Contains(mentions, m => m.Span.SliceSpan(text).SequenceEqual("راؤول كاسترو"));
        Assert.DoesNotContain(mentions, m => m.Span.SliceSpan(text).SequenceEqual("كاسترو"));
    }

    /// <summary>A tagger that marks the given strings as names (persons unless told), to test how the step combines tagger output.</summary>
    private sealed class FixedTagger(string text, params string[] names) : INameTagger
    {
        public float Confidence { get; init; } = 0.9f;
        public EntityType Type { get; init; } = EntityType.PER;
        public string[] CommonWords { get; init; } = [];

        public bool IsCommonWord(ReadOnlySpan<char> folded)
        {
            foreach (var w in CommonWords)
                if (folded.SequenceEqual(Marsad.Knowledge.Kb.NameKey.Of(w))) return true;
            return false;
        }

        public IReadOnlyList<TaggedName> Tag(string t, IReadOnlyList<Marsad.Text.Token> tokens, IReadOnlyList<Sentence> sentences)
        {
            var list = new List<TaggedName>();
            int from = 0;
            foreach (var n in names)
            {
                int i = text.IndexOf(n, from, StringComparison.Ordinal);
                list.Add(new TaggedName(new Marsad.Text.TextSpan(i, n.Length), Type, Confidence));
                from = i + n.Length;
            }
            return list;
        }
    }
}
