using Marsad.Analysis.Events;
using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Events;

public class EventStepTests
{
    /// <summary>
    /// Tokenizes and splits <paramref name="text"/>, adds the named entities (name, type, id), codes the events. These
    /// tests check the coding rules (triggers, parties, aux), so the step runs without the classifier, which would
    /// judge a one-sentence text on its own terms (EventModelTests checks what it keeps).
    /// </summary>
    private static (Document Doc, IReadOnlyList<Event> Events) Code(string text, params (string Name, EntityType Type, string Id)[] names)
    {
        var doc = new Document(text);
        new TokenizeStep().Run(doc);
        var entities = new List<Entity>();
        foreach (var (name, type, id) in names)
        {
            var spans = new List<TextSpan>();
            for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                spans.Add(new TextSpan(i, name.Length));
            entities.Add(new Entity(id, type, id, name, null, spans, []));
        }
        doc.SetLayer<Entity>(entities);
        new EventStep((EventModel?)null).Run(doc);
        return (doc, doc.Layer<Event>());
    }

    private static string Surface(Document doc, TextSpan span) => doc.Text.Substring(span.Start, span.Length);

    /// <summary>An event's date is a time of its sentence that says when something happened; «منذ الخميس» and «حتى
    /// الآن» bound the state of a relative clause (detained since Thursday), so the refusal takes neither.</summary>
    [Fact]
    public void A_time_after_since_or_until_is_not_the_events_date()
    {
        const string bounded = "رفضت شرطة الليث إطلاق سراح الشاب، والذي لا يزال موقوفا منذ يوم الخميس الماضي وحتى الآن.";
        const string dated = "رفضت شرطة الليث يوم الخميس الماضي إطلاق سراح الشاب.";
        foreach (var (text, dates) in new[] { (bounded, false), (dated, true) })
        {
            var doc = new Document(text, new ArticleMetadata { Published = new PublicationDate(new DateOnly(2015, 8, 2), null) });
            new TokenizeStep().Run(doc);
            new Marsad.Analysis.Times.TimeStep().Run(doc);
            int at = text.IndexOf("شرطة الليث", StringComparison.Ordinal);
            doc.SetLayer<Entity>([new Entity("police", EntityType.ORG, "police", "شرطة الليث", null, [new TextSpan(at, 10)], [])]);
            new EventStep((EventModel?)null).Run(doc);
            var e = Assert.Single(doc.Layer<Event>(), x => x.Type == "REJECT");
            Assert.NotEmpty(doc.Layer<TimeExpression>());
            if (dates) Assert.Equal("2015-07-30", doc.Layer<TimeExpression>()[e.TimeIndex!.Value].Value);
            else Assert.Null(e.TimeIndex);
        }
    }

    /// <summary>What is scheduled has not happened: «من المقرر أن» and «المرتقب» before a trigger make it future, as the
    /// annotation guide codes planned events; the same meeting told as done has no aux.</summary>
    [Fact]
    public void A_scheduled_meeting_is_future()
    {
        (string, EntityType, string)[] names = [("الجبير", EntityType.PER, "jubeir"), ("كيري", EntityType.PER, "kerry")];
        var planned = Code("ومن المقرر أن يلتقي الجبير كيري في واشنطن.", names).Events;
        Assert.Equal("future", Assert.Single(planned, e => e.Type == "CONSULT").Aux);
        var done = Code("والتقى الجبير كيري في واشنطن.", names).Events;
        Assert.Null(Assert.Single(done, e => e.Type == "CONSULT").Aux);
    }

    [Fact]
    public void ReciprocalMeetingPutsBothSidesAmongTheActors()
    {
        var (doc, events) = Code("بحث بوتين مع علييف الأوضاع على الحدود.", ("بوتين", EntityType.PER, "putin"), ("علييف", EntityType.PER, "aliyev"));
        var e = Assert.Single(events);
        Assert.Equal("CONSULT", e.Type);
        Assert.Equal(["putin", "aliyev"], e.Actor);
        Assert.Empty(e.Recipient);
        Assert.Equal("بحث", Surface(doc, e.Trigger));
    }

    [Fact]
    public void WarBetweenTwoStatesHasBothAsActors()
    {
        var (_, events) = Code("وخلفت حرب بين أرمينيا وأذربيجان آلاف القتلى.", ("أرمينيا", EntityType.GPE, "armenia"), ("أذربيجان", EntityType.GPE, "azerbaijan"));
        var e = Assert.Single(events);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal(["armenia", "azerbaijan"], e.Actor);
    }

    [Fact]
    public void ReadinessToOrganiseTalksIsAnAgreeWithThePartiesAsRecipients()
    {
        var (_, events) = Code("أعلنت روسيا أنها مستعدة لتنظيم مفاوضات بين أرمينيا وأذربيجان.",
            ("روسيا", EntityType.GPE, "russia"), ("أرمينيا", EntityType.GPE, "armenia"), ("أذربيجان", EntityType.GPE, "azerbaijan"));
        var e = Assert.Single(events);
        Assert.Equal("AGREE", e.Type);
        Assert.Equal("036", e.Cameo);
        Assert.Equal(["russia"], e.Actor);
        Assert.Equal(["armenia", "azerbaijan"], e.Recipient);
    }

    [Fact]
    public void PhoneCallIsConsultWithModePhone()
    {
        var (_, events) = Code("أجرى ماكرون اتصالا هاتفيا مع بايدن.", ("ماكرون", EntityType.PER, "macron"), ("بايدن", EntityType.PER, "biden"));
        var e = Assert.Single(events);
        Assert.Equal(("CONSULT", "phone"), (e.Type, e.Mode));
        Assert.Contains("biden", e.Actor);
    }

    [Fact]
    public void DeployingPeacekeepersIsAidWithContextPeacekeeping()
    {
        var (_, events) = Code("نشرت روسيا نحو ألفي عنصر من قوات حفظ السلام في المنطقة.", ("روسيا", EntityType.GPE, "russia"));
        var e = Assert.Single(events);
        Assert.Equal("AID", e.Type);
        Assert.Equal(["peacekeeping"], e.Context);
        Assert.Equal(["russia"], e.Actor);
    }

    /// <summary>Codes <paramref name="text"/> with one indirect quote from <paramref name="content"/> to the end of the
    /// sentence, reported by <paramref name="cue"/> and said by <paramref name="speaker"/>.</summary>
    private static IReadOnlyList<Event> CodeQuoted(string text, string cue, string content, string speaker, params (string Name, EntityType Type, string Id)[] names)
    {
        var doc = new Document(text);
        new TokenizeStep().Run(doc);
        var entities = new List<Entity>();
        foreach (var (name, type, id) in names)
        {
            int i = text.IndexOf(name, StringComparison.Ordinal);
            entities.Add(new Entity(id, type, id, name, null, [new TextSpan(i, name.Length)], []));
        }
        doc.SetLayer<Entity>(entities);
        int start = text.IndexOf(content, StringComparison.Ordinal), end = text.LastIndexOf('.');
        doc.SetLayer<Quote>([new Quote(TextSpan.FromBounds(start, end), QuoteKind.Indirect, speaker, new TextSpan(text.IndexOf(cue, StringComparison.Ordinal), cue.Length))]);
        new EventStep((EventModel?)null).Run(doc);
        return doc.Layer<Event>();
    }

    [Fact]
    public void ARefusalInTheSpeakersOwnClauseIsTheSpeakers()
    {
        // «إنه يرفض»: the pronoun after the complementiser is the speaker; Kerry is what is rejected, not who rejects.
        var events = CodeQuoted("وقال الوزير شتاينتز للصحفيين إنه يرفض اقتراح كيري الأخير.", "وقال", "إنه يرفض", "steinitz",
            ("شتاينتز", EntityType.PER, "steinitz"), ("كيري", EntityType.PER, "kerry"));
        var e = Assert.Single(events, x => x.Type == "REJECT");
        Assert.Equal(["steinitz"], e.Actor);
        Assert.Equal(["kerry"], e.Recipient);
    }

    [Fact]
    public void AnAccusationCueTakesThePartyBeforeWhatIsSaidAsTheAccused()
    {
        var events = CodeQuoted("واتهم نائب الرئيس جو بايدن أنقرة علنا بأنها أسهمت في بروز التنظيم.", "واتهم", "بأنها أسهمت", "biden",
            ("جو بايدن", EntityType.PER, "biden"), ("أنقرة", EntityType.GPE, "ankara"));
        var e = Assert.Single(events, x => x.Type == "ACCUSE");
        Assert.Equal(["biden"], e.Actor);
        Assert.Equal(["ankara"], e.Recipient);
    }

    [Fact]
    public void ReportedAbuseIsAnAccusationBySpeakerAgainstTheAbuser()
    {
        var (_, events) = Code("وقال لافروف: “نرى كيف يسيء الاتحاد الأوروبي استخدام علاقاته مع أرمينيا”.",
            ("لافروف", EntityType.PER, "lavrov"), ("الاتحاد الأوروبي", EntityType.ORG, "eu"), ("أرمينيا", EntityType.GPE, "armenia"));
        var e = Assert.Single(events);
        Assert.Equal("ACCUSE", e.Type);
        Assert.Equal(["lavrov"], e.Actor);
        Assert.Equal(["eu"], e.Recipient);
    }

    [Fact]
    public void UnnamedProtestersAreTheActorsOfAProtest()
    {
        var (doc, events) = Code("تظاهر آلاف الإسرائيليين مساء أمس في تل أبيب.");
        var e = Assert.Single(events);
        Assert.Equal("PROTEST", e.Type);
        Assert.Equal("آلاف الإسرائيليين", Surface(doc, Assert.Single(e.ActorSpans!)));
    }

    [Fact]
    public void NationalityAdjectiveTiesAGroupToItsState()
    {
        var (_, events) = Code("قصفت القوات الروسية مدينة خاركيف.", ("روسيا", EntityType.GPE, "russia"));
        var e = Assert.Single(events);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal(["russia"], e.Actor);
    }

    [Fact]
    public void ClitickedTriggerIsFound()
    {
        var (doc, events) = Code("وقتل مسلحون ثلاثة مدنيين في الهجوم.");
        var e = Assert.Single(events);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Equal("وقتل", Surface(doc, e.Trigger));
    }

    [Fact]
    public void ViolenceWithNobodyDoingItIsCodedOnlyWhenAVictimIsNamed()
    {
        // a toll of unnamed dead with no one doing it tells nobody who did what to whom
        Assert.Empty(Code("وقتل ثلاثة مدنيين في الهجوم.").Events);
        var e = Assert.Single(Code("اغتيل العميد جبار في بغداد.", ("جبار", EntityType.PER, "jabbar"), ("بغداد", EntityType.GPE, "baghdad")).Events);
        Assert.Equal("ASSAULT", e.Type);
        Assert.Empty(e.Actor);
        Assert.Equal(["jabbar"], e.Recipient);
    }

    [Fact]
    public void UnnamedGroupsActInViolenceAndProtestButNotInStatements()
    {
        Assert.Equal("PROTEST", Assert.Single(Code("تظاهر آلاف المحتجين أمام البرلمان.").Events).Type);
        // a demand by an unnamed source names nobody who demands
        Assert.DoesNotContain(Code("ودعت المصادر إلى وقف القتال.").Events, e => e.Type == "REQUEST");
        Assert.Contains(Code("ودعت مصر إلى وقف القتال.", ("مصر", EntityType.GPE, "egypt")).Events, e => e.Type == "REQUEST" && e.Actor.Contains("egypt"));
    }

    [Fact]
    public void AVisitsDestinationIsItsRecipient()
    {
        var (_, events) = Code("وصل الوزير برونو رودريغيز أمس في أول زيارة إلى واشنطن.",
            ("برونو رودريغيز", EntityType.PER, "rodriguez"), ("واشنطن", EntityType.GPE, "washington"));
        var e = Assert.Single(events, x => x.Type == "CONSULT");
        Assert.Equal("visit", e.Mode);
        Assert.Equal(["rodriguez"], e.Actor);
        Assert.Equal(["washington"], e.Recipient);
    }

    [Fact]
    public void AnEventNounWithANationalityAdjectiveIsThatStatesDoing()
    {
        var (doc, events) = Code("وتواصلت الغارات التركية على مواقع الحزب، وقالت تركيا إنها ستواصلها.", ("تركيا", EntityType.GPE, "turkey"));
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal(["turkey"], e.Actor);
        Assert.Equal("التركية", Surface(doc, Assert.Single(e.ActorSpans!)));
    }

    [Fact]
    public void NameThatLooksLikeACliticIsNotStripped()
    {
        // «بحث» is "discussed", never ب + «حث» ("urged").
        var (_, events) = Code("بحث شكري مع نظيره التعاون.", ("شكري", EntityType.PER, "shoukry"));
        Assert.Equal("CONSULT", Assert.Single(events).Type);
    }

    [Theory]
    [InlineData("لم تهاجم القوات المدينة.", "negated")]
    [InlineData("ستهاجم القوات المدينة.", "future")]
    [InlineData("إذا هاجمت القوات المدينة فسترد الحكومة.", "hypothetical")]
    [InlineData("وكانت القوات قد هاجمت المدينة.", "historical")]
    [InlineData("ونفت الحكومة أن تكون القوات هاجمت المدينة.", "negated")]
    public void AuxSaysWhenTheEventDidNotSimplyHappen(string text, string aux)
    {
        var (_, events) = Code(text);
        Assert.Equal(aux, events.First(e => e.Type == "ASSAULT").Aux);
    }

    [Fact]
    public void HopeIsNotCoded()
    {
        var (_, events) = Code("وأعرب عن أمله بأن تتوصل يريفان وباكو إلى اتفاق سلام.");
        Assert.Empty(events);
    }

    [Fact]
    public void PersonActsForTheStateOfTheirCountry()
    {
        var doc = new Document("هدد لافروف أوكرانيا.");
        new TokenizeStep().Run(doc);
        doc.SetLayer<Entity>([
            new Entity("e1", EntityType.PER, "Sergey Lavrov", "لافروف", "Q1", [new TextSpan(4, 6)], [], Country: "Q159"),
            new Entity("e2", EntityType.GPE, "Ukraine", "أوكرانيا", "Q212", [new TextSpan(11, 8)], []),
            new Entity("e3", EntityType.GPE, "Russia", "روسيا", "Q159", [], []),
        ]);
        // The coding rules, not the classifier (which judges a one-sentence text as a title).
        var e = Assert.Single(new EventStep((EventModel?)null).Find(doc));
        Assert.Equal("THREATEN", e.Type);
        Assert.Equal(["e1"], e.Actor);
        Assert.Equal(["e2"], e.Recipient);
        Assert.Equal(["e3"], e.ActorStates);
    }

    [Fact]
    public void EvidenceIsTheSentenceAndTimeIsItsDate()
    {
        var doc = new Document("جملة أولى. وهاجم مسلحون القرية أمس.");
        new TokenizeStep().Run(doc);
        doc.SetLayer<Entity>([]);
        int at = doc.Text.IndexOf("أمس", StringComparison.Ordinal);
        doc.SetLayer<TimeExpression>([new TimeExpression(new TextSpan(at, 3), TimeType.DATE, "2023-02-27")]);
        var e = Assert.Single(new EventStep((EventModel?)null).Find(doc));
        Assert.Equal(doc.Layer<Sentence>()[1].Span, e.Evidence);
        Assert.Equal(0, e.TimeIndex);
    }

    private static string Spans(Document doc, IReadOnlyList<TextSpan>? spans) =>
        spans is null ? "" : string.Join(" | ", spans.Select(s => Surface(doc, s)));

    [Fact]
    public void UnnamedObjectOfAKillingIsTheRecipientAndThePreverbalGroupTheActor()
    {
        var (doc, events) = Code("وأوضحت المصادر أن مسلحين مجهولين اغتالوا العميد جبار مساعد في البصرة.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("مسلحين مجهولين", Spans(doc, e.ActorSpans));
        Assert.StartsWith("العميد جبار", Spans(doc, e.RecipientSpans), StringComparison.Ordinal);
    }

    [Fact]
    public void CountedPhraseAfterAKillingVerbIsTheVictimAndTheRelativeLightVerbNamesTheAgent()
    {
        var (doc, events) = Code("وقتل 4 جنود في هجوم شنه مسلحون على ثكنة عسكرية.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("مسلحون", Spans(doc, e.ActorSpans));
        Assert.Contains("جنود", Spans(doc, e.RecipientSpans), StringComparison.Ordinal);
        Assert.DoesNotContain("جنود", Spans(doc, e.ActorSpans), StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupWordHeadingANamedBodyIsThatBodyActing()
    {
        // «طيران التحالف»: the aircraft are the coalition's; the coalition attacks, it is not the target.
        var (doc, events) = Code("شن طيران التحالف العربي سلسلة غارات على مواقع الحوثيين في صنعاء.",
            ("التحالف العربي", EntityType.ORG, "coalition"), ("الحوثيين", EntityType.ORG, "houthis"), ("صنعاء", EntityType.GPE, "sanaa"));
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Contains("coalition", e.Actor);
        Assert.DoesNotContain("coalition", e.Recipient);
        Assert.Contains("houthis", e.Recipient);
    }

    [Fact]
    public void SubjectOfARelativeClauseIsItsAntecedent()
    {
        var (doc, events) = Code("وفر المسلحون الذين هاجموا القرية إلى الجبال.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("المسلحون", Spans(doc, e.ActorSpans));
        Assert.Equal("القرية", Spans(doc, e.RecipientSpans));
    }

    [Fact]
    public void LightVerbGivesItsSubjectToTheVerbalNoun()
    {
        var (doc, events) = Code("وفي نابلس قام مسلحون مقنعون بخطف نائب رئيس البلدية من سيارته.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.StartsWith("مسلحون", Spans(doc, e.ActorSpans), StringComparison.Ordinal);
        Assert.StartsWith("نائب رئيس", Spans(doc, e.RecipientSpans), StringComparison.Ordinal);
    }

    [Fact]
    public void WhoCondemnsAnAttackIsNotItsAttacker()
    {
        var (_, events) = Code("أدان الأردن بشدة الهجوم على السفارة.", ("الأردن", EntityType.GPE, "jordan"));
        Assert.Contains(events, x => x.Type == "ACCUSE" && x.Actor.Contains("jordan"));
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor.Contains("jordan"));
    }

    [Fact]
    public void ProtestersDemandingAResignationProtestAgainstWhoShouldResign()
    {
        var (doc, events) = Code("احتشد آلاف المتظاهرين أمس مطالبين باستقالة رئيس البلدية.");
        var e = Assert.Single(events, x => x.Type == "PROTEST");
        Assert.Contains("المتظاهرين", Spans(doc, e.ActorSpans), StringComparison.Ordinal);
        Assert.Contains("رئيس", Spans(doc, e.RecipientSpans), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقالت الوزارة إن روسيا تنوي عقد اجتماع مع أرمينيا.", "intended")]
    [InlineData("وقالت الوزارة إن روسيا لا تنوي عقد اجتماع مع أرمينيا.", "negated")]
    public void AnIntentionToMeetIsNotAMeeting(string text, string aux)
    {
        var (_, events) = Code(text, ("روسيا", EntityType.GPE, "russia"), ("أرمينيا", EntityType.GPE, "armenia"));
        Assert.DoesNotContain(events, x => x.Type == "CONSULT");
        var e = Assert.Single(events, x => x.Type == "AGREE");
        Assert.Equal(aux, e.Aux);
        Assert.Equal(["russia"], e.Actor);
    }

    [Theory]
    [InlineData("ومنذ اندلاع الحرب الأهلية تغير كل شيء.")]
    [InlineData("وتناول المؤتمر مكافحة الإرهاب والتطرف.")]
    public void AnEventNobodyDoesIsNotCoded(string text) => Assert.Empty(Code(text).Events);

    [Fact]
    public void StepRequiresEntitiesAndProducesEvents()
    {
        var step = new EventStep();
        Assert.Contains(typeof(Entity), step.Requires);
        Assert.Equal([typeof(Event)], step.Produces);
    }

    [Fact]
    public void UnnamedSecurityBodyActsForTheInstitutionTheArticleNames()
    {
        var (_, events) = Code("صرح المتحدث الأمني بوزارة الداخلية بأن العملية نجحت. وقد باشرت الجهات الأمنية القبض عليهم.",
            ("وزارة الداخلية", EntityType.ORG, "moi"));
        var e = Assert.Single(events);
        Assert.Equal("COERCE", e.Type);
        Assert.Equal("arrest", e.Mode);
        Assert.Equal(["moi"], e.Actor);
    }

    [Fact]
    public void UnnamedSecurityBodyStaysUnnamedWithoutAnInstitution()
    {
        // Nobody named on either side of an arrest: not coded.
        var (_, events) = Code("وقد باشرت الجهات الأمنية القبض عليهم.");
        Assert.Empty(events);
    }

    [Fact]
    public void CourtSentenceIsCoerceByTheCourt()
    {
        var (_, events) = Code("وقضت المحكمة بحبس المتهم الرئيسي خالد لمدة 12 عاما.",
            ("المحكمة", EntityType.ORG, "court"), ("خالد", EntityType.PER, "khalid"));
        var e = Assert.Single(events);
        Assert.Equal("COERCE", e.Type);
        Assert.Equal(["court"], e.Actor);
    }

    [Fact]
    public void StudentsAreNoRequest()
    {
        // «الطلبة» folds to ال + «طلبه» (his request): a request trigger must not read the students as one.
        var (_, events) = Code("تباينت آراء الطلبة السعوديين في بريطانيا.", ("بريطانيا", EntityType.GPE, "uk"));
        Assert.DoesNotContain(events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void CoordinatedSubjectsAreAllActors()
    {
        var (_, events) = Code("اتفق تسيبراس وهولاند على صفقة الإنقاذ.",
            ("تسيبراس", EntityType.PER, "tsipras"), ("هولاند", EntityType.PER, "hollande"));
        var e = Assert.Single(events);
        Assert.Equal("AGREE", e.Type);
        Assert.Equal(["tsipras", "hollande"], e.Actor);
    }

    /// <summary>The object of a verb with coordinated subjects comes after all of them: the governors of Borno and Yobe
    /// call on Nigeria's authorities, and Yobe is one of those who call, not the one called on.</summary>
    [Fact]
    public void The_object_follows_every_coordinated_subject()
    {
        var (_, events) = Code("تقع الولايتان في شمال نيجيريا. ودعا حاكما بورنو ويوبي الحكومة النيجيرية إلى زيادة الانتشار العسكري.",
            ("حاكما بورنو", EntityType.PER, "borno"), ("يوبي", EntityType.GPE, "yobe"), ("نيجيريا", EntityType.GPE, "nigeria"));
        var e = Assert.Single(events, x => x.Type == "REQUEST");
        Assert.Equal(["borno", "yobe"], e.Actor);
        Assert.Equal(["nigeria"], e.Recipient);
    }

    [Fact]
    public void ThanksArePraiseOfTheThanked()
    {
        var (_, events) = Code("ووجه الملك سلمان الشكر للدول المشاركة في العملية.", ("الملك سلمان", EntityType.PER, "salman"));
        var e = Assert.Single(events);
        Assert.Equal("SUPPORT", e.Type);
        Assert.Equal(["salman"], e.Actor);
    }

    [Fact]
    public void DiagnoseTellsWhatBecameOfEachDraft()
    {
        var doc = new Document("وقد باشرت الجهات الأمنية القبض عليهم. وأدان الأردن الهجوم.");
        new TokenizeStep().Run(doc);
        doc.SetLayer<Entity>([new Entity("jordan", EntityType.GPE, "jordan", "الأردن", null, [new TextSpan(doc.Text.IndexOf("الأردن", StringComparison.Ordinal), 6)], [])]);
        var drafts = new EventStep((EventModel?)null).Diagnose(doc);
        Assert.Contains(drafts, d => d.Event.Type == "COERCE" && d.Stage == EventStage.UnnamedActor);
        Assert.Contains(drafts, d => d.Event.Type == "ACCUSE" && d.Stage == EventStage.Kept);
    }

    [Fact]
    public void ElidedSubjectGoesOnWithWhoDidTheSameJustBefore()
    {
        var (_, events) = Code("وقضت المحكمة بحبس فاطمة 8 سنوات. وحكمت على ابنها سفيان بالسجن 5 سنوات.",
            ("المحكمة", EntityType.ORG, "court"), ("فاطمة", EntityType.PER, "fatima"), ("سفيان", EntityType.PER, "sufian"));
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(["court"], e.Actor));
    }

    [Fact]
    public void ElidedSubjectIsNotTakenFromAnotherKindOfAct()
    {
        // A meeting, then a demand with no subject: nothing says the one who met is the one who demands.
        var (_, events) = Code("التقى الرئيس بوتين نظيره علييف. وطالب بالإفراج عن المعتقلين.",
            ("الرئيس بوتين", EntityType.PER, "putin"), ("علييف", EntityType.PER, "aliyev"));
        Assert.DoesNotContain(events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void ElidedSubjectIsTheSubjectOfTheVerbThatOpenedTheSentencesBefore()
    {
        // «وقال بوتين … . وأضاف … . ودعا إلى …»: a sentence that opens with a verb and names nobody goes on with the
        // named subject of the verb that opened the sentence before, through sentences that name none.
        var (_, events) = Code("وقال الرئيس بوتين إن المحادثات كانت مثمرة. وأضاف أن الوضع صعب. ودعا إلى وقف القتال فورا.",
            ("الرئيس بوتين", EntityType.PER, "putin"));
        var e = Assert.Single(events, e => e.Type == "REQUEST");
        Assert.Equal(["putin"], e.Actor);
    }

    [Fact]
    public void AnUnnamedSubjectBreaksTheChainOfElidedSubjects()
    {
        // «وقال مصدر»: the sentence has a subject of its own, unnamed; the demand after it is not Putin's.
        var (_, events) = Code("وقال الرئيس بوتين إن المحادثات كانت مثمرة. وقال مصدر إن الوضع صعب. ودعا إلى وقف القتال فورا.",
            ("الرئيس بوتين", EntityType.PER, "putin"));
        Assert.DoesNotContain(events, e => e.Type == "REQUEST" && e.Actor.Contains("putin"));
    }

    [Fact]
    public void TheThankedAfterLamIsTheRecipient()
    {
        var (_, events) = Code("ورفع المجلس الشكر لخادم الحرمين الشريفين على القرار الحكيم.",
            ("المجلس", EntityType.ORG, "council"), ("خادم الحرمين الشريفين", EntityType.PER, "salman"));
        var e = Assert.Single(events);
        Assert.Equal("SUPPORT", e.Type);
        Assert.Equal(["council"], e.Actor);
        Assert.Equal(["salman"], e.Recipient);
    }

    /// <summary>«طالب» is "demanded" and "student", «دافع» "defended" and "motive": where only a noun can stand (the
    /// article, a fused preposition, after أي or the pronoun of a nominal clause, before an adjective qualifying it)
    /// the word is the participle and no demand is coded; the same word opening a clause is the verb.</summary>
    [Fact]
    public void A_trigger_verb_spelled_like_a_noun_is_read_as_the_noun_where_only_a_noun_stands()
    {
        (string, EntityType, string)[] names = [("محمد العلي", EntityType.PER, "ali"), ("وزارة التعليم", EntityType.ORG, "moe")];
        foreach (var noun in new[]
                 {
                     "وقال الطالب محمد العلي إن وزارة التعليم تأخرت في صرف المكافآت.",
                     "وكان محمد العلي وهو طالب في الهندسة قد راسل وزارة التعليم.",
                     "وطالب جامعي اسمه محمد العلي راسل وزارة التعليم أمس.",
                     "وقدمت وزارة التعليم منحة لطالب متفوق هو محمد العلي.",
                 })
            Assert.DoesNotContain(Code(noun, names).Events, e => e.Type == "REQUEST");
        foreach (var verb in new[]
                 {
                     "وطالب محمد العلي وزارة التعليم بصرف المكافآت المتأخرة.",
                     "طالب محمد العلي أمس وزارة التعليم بصرف المكافآت.",
                 })
            Assert.Contains(Code(verb, names).Events, e => e.Type == "REQUEST");
    }
}
