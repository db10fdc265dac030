using Marsad.Analysis.Quotes;
using Marsad.Text;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>One rule per test: Arabic in, quotes (content, kind, speaker) out. Entities are built by hand.</summary>
public class QuoteStepTests
{
    /// <summary>Runs the layers before quotes, adds one entity per (name, type) with every occurrence of each of its names, then the quote step.</summary>
    internal static Document Analyze(string text, params (string Names, EntityType Type)[] entities) => Analyze(text, e => e, entities);

    /// <summary>As above, with each entity passed through <paramref name="adjust"/> before the quote step (a knowledge-base id, say).</summary>
    private static Document Analyze(string text, Func<Entity, Entity> adjust, params (string Names, EntityType Type)[] entities)
    {
        var doc = new Document(text);
        SeedQuoteTests.RunLayersBeforeQuotes(doc);
        var list = new List<Entity>();
        foreach (var (names, type) in entities)
        {
            var spans = new List<TextSpan>();
            foreach (var name in names.Split('|'))
                for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
                    if (!list.Any(e => e.Mentions.Concat(e.References).Any(s => s.Overlaps(new TextSpan(i, name.Length)))) && !spans.Any(s => s.Overlaps(new TextSpan(i, name.Length))))
                        spans.Add(new TextSpan(i, name.Length));
            spans.Sort();
            var first = names.Split('|')[0];
            list.Add(adjust(new Entity(first, type, first, first, null, spans, [])));
        }
        doc.SetLayer<Entity>(list);
        new QuoteStep().Run(doc);
        return doc;
    }

    /// <summary>As <see cref="Analyze"/>, with the entity named <paramref name="name"/> linked to the knowledge-base id <paramref name="kbId"/>.</summary>
    private static Document AnalyzeWithKbId(string text, string name, string kbId, params (string Names, EntityType Type)[] entities)
        => Analyze(text, e => e.Id == name ? e with { KbId = kbId } : e, entities);

    internal static (string Text, QuoteKind Kind, string? Speaker, string? SpeakerKind)[] Quotes(Document doc) =>
        doc.Layer<Quote>().Select(q => (q.Span.Slice(doc.Text), q.Kind, q.SpeakerId, q.SpeakerKind)).ToArray();

    [Fact]
    public void An_unnamed_envoy_is_a_new_speaker_not_the_one_before()
    {
        var doc = Analyze("وقال سعد صالح العمير إن الأسعار سترتفع قريبا. وقال مندوب خليجي في أوبك: «لا أظن ذلك فلم يحن وقت التغيير»، وأضاف: «سيزيد الطلب في النصف الثاني».",
            ("سعد صالح العمير", EntityType.PER), ("أوبك", EntityType.ORG));
        var quotes = Quotes(doc);
        Assert.Equal(3, quotes.Length);
        Assert.Equal("سعد صالح العمير", quotes[0].Speaker);
        Assert.All(quotes[1..], q => Assert.Null(q.Speaker));
        Assert.Equal("anonymous", quotes[1].SpeakerKind);
    }

    [Fact]
    public void A_quotation_left_unclosed_ends_before_the_next_cue_and_colon()
    {
        var doc = Analyze("تحدث وائل الحربي بقوله: \"سررنا كثيراً بخبر إقامة المواجهة في لندن تحديداً. وتابع:\"نحن في سياق القيام بإعلانات في الموقع الإلكتروني للنادي\". ثم غادر القاعة.",
            ("وائل الحربي", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("سررنا كثيراً بخبر إقامة المواجهة في لندن تحديداً", quotes[0].Text);
        Assert.Equal("نحن في سياق القيام بإعلانات في الموقع الإلكتروني للنادي", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("وائل الحربي", q.Speaker));
    }

    [Fact]
    public void A_report_ends_where_kama_brings_in_another_report()
    {
        var doc = Analyze("وأفادت الوزارة بأن توقف التنفس قد حدث قبل نصف ساعة في منزلها كما أكد الطبيب أن الوفاة كانت طبيعية.",
            ("الوزارة", EntityType.ORG));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("توقف التنفس قد حدث قبل نصف ساعة في منزلها", quotes[0].Text);
        Assert.Equal("الوزارة", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker); // a doctor, not the ministry that spoke before
    }

    [Fact]
    public void A_name_inside_a_longer_subject_before_the_verb_does_not_speak()
    {
        var doc = Analyze("وقال روحاني إن الاتفاق جيد. فالمعلومات التي تسربت عن التفاهم الأميركي - التركي تقول إن واشنطن ستركز على الغارات.",
            ("روحاني", EntityType.PER), ("التركي", EntityType.GPE), ("واشنطن", EntityType.GPE));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("روحاني", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_relative_speaks_for_the_phrase_right_before_it()
    {
        var doc = Analyze("وقال ياسر الراعي إن المباراة مهمة. أما في مدينة يورك التي يتواجد بها الطالب مقبول العلياني، الذي اعتبر أن قرار نقل المباراة أشبه بالسياحة.",
            ("ياسر الراعي", EntityType.PER), ("يورك", EntityType.GPE));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("ياسر الراعي", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_definite_description_points_back_only_at_a_speaker_it_described()
    {
        var doc = Analyze("وقال خالد إن الحكم قاس. وقال الدفاع إنه سيقوم بتحليل قرار المحكمة. وقال المدرب جوزيه إن الفريق جاهز. وأضاف المدرب أن اللاعبين في حالة جيدة.",
            ("خالد", EntityType.PER), ("جوزيه", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(4, quotes.Length);
        Assert.Equal("خالد", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
        Assert.Equal("جوزيه", quotes[2].Speaker);
        Assert.Equal("جوزيه", quotes[3].Speaker);
    }

    [Fact]
    public void In_accordance_with_a_plan_is_no_attribution()
    {
        var doc = Analyze("لقد أثبتت المباحثات المشتركة متانة الروابط الأخوية بين البلدين، وفقاً لرؤية خادم الحرمين الشريفين الملك سلمان.",
            ("خادم الحرمين الشريفين الملك سلمان", EntityType.PER));
        Assert.Empty(doc.Layer<Quote>());
    }

    [Fact]
    public void A_report_with_no_issuer_is_never_the_expert_quoted_before()
    {
        var doc = Analyze("وقال كيت مياموتو، خبير تقييم الأوضاع في الشركة التي أجرت الدراسة: \"لقد عانت معظم المنازل من ضرر طفيف\". وقال التقرير إن 15 منطقة حول الجبل تعتبر آمنة.",
            ("كيت مياموتو", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("كيت مياموتو", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void An_abbreviated_title_does_not_end_the_subject()
    {
        var doc = Analyze("وأوضح أمين العاصمة المقدسة د. أسامة بن فضل البار أن المشروعات تحظى بعناية كبرى. وقال مدير المرور إن الطرق مزدحمة. وأكد د. البار بأن الأمانة وضعت جدولاً زمنياً.",
            ("أسامة بن فضل البار|البار", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(3, quotes.Length);
        Assert.Equal("أسامة بن فضل البار", quotes[0].Speaker);
        Assert.Equal("أسامة بن فضل البار", quotes[2].Speaker);
    }

    [Fact]
    public void A_name_the_entities_missed_is_nobody_known_not_the_speaker_before()
    {
        var doc = Analyze("وقالت المتحدثة باسم المفوضية الأوروبية إن المحادثات تمضي قدما. من جهته، أشار تسيبراس إلى أن اليونان توشك على إبرام اتفاق.",
            ("المفوضية الأوروبية", EntityType.ORG));
        var quotes = Quotes(doc);
        Assert.Equal("المفوضية الأوروبية", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_short_form_of_a_name_and_an_honorific_point_at_the_person_named_before()
    {
        var doc = Analyze("يرى الطالب عبدالهادي نيازي أن المباراة مهمة. وقال مدير النادي إن التذاكر غالية. وأكد عبدالهادي أن الجميع ينتظر المباراة. وبين معاليه أن الملعب صغير.",
            ("عبدالهادي نيازي", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(4, quotes.Length);
        Assert.Equal("عبدالهادي نيازي", quotes[2].Speaker);
        Assert.Equal("عبدالهادي نيازي", quotes[3].Speaker);
    }

    [Fact]
    public void A_plural_verb_without_a_subject_is_not_said_by_the_one_named_before()
    {
        var doc = Analyze("وقال حسن نصرالله إن مهمة الحزب في سورية مهمة جدا. وفي استطلاع للرأي، قالوا إنهم يعرفون شخصاً قتل في الحرب.",
            ("حسن نصرالله", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("حسن نصرالله", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
        Assert.Equal("anonymous", quotes[1].SpeakerKind);
    }

    [Fact]
    public void A_report_speaks_for_the_body_that_issued_it()
    {
        var doc = Analyze("وأوضحت تقارير صادرة عن المؤسسة العامة للتدريب التقني أن عدد المقبولين وصل إلى 12 في المائة.",
            ("المؤسسة العامة للتدريب التقني", EntityType.ORG));
        Assert.Equal("المؤسسة العامة للتدريب التقني", Assert.Single(Quotes(doc)).Speaker);
    }

    [Fact]
    public void A_counted_group_speaks_unnamed()
    {
        var doc = Analyze("أجرى ديفيد شينكر دراسة جديدة. ويعتقد 80 في المائة من الشيعة اللبنانيين أن انتشار الحزب في سورية يساهم في حمايتهم.",
            ("ديفيد شينكر", EntityType.PER));
        var q = Assert.Single(Quotes(doc));
        Assert.Null(q.Speaker);
        Assert.Equal("anonymous", q.SpeakerKind);
    }

    [Fact]
    public void The_owner_of_an_office_does_not_speak_for_its_holder()
    {
        var doc = Analyze("أكد أحمد قطان متانة العلاقات بين البلدين. وأكد سفير خادم الحرمين الشريفين أن المملكة لم تسع لحرب شاملة.",
            ("أحمد قطان", EntityType.PER), ("خادم الحرمين الشريفين", EntityType.PER));
        Assert.Equal("أحمد قطان", Assert.Single(Quotes(doc)).Speaker);
    }

    [Fact]
    public void A_title_before_a_name_the_entities_missed_names_nobody()
    {
        var doc = Analyze("قال بنيامين نتنياهو إن الاتفاق خطأ تاريخي. وقال وزير الطاقة الإسرائيلي يوفال شتاينتز إنه يرفض قول كيري.",
            ("بنيامين نتنياهو", EntityType.PER), ("كيري", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal("بنيامين نتنياهو", quotes[0].Speaker);
        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_participle_ends_the_report_before_it_and_says_who_speaks()
    {
        var doc = Analyze("وأوضح صالح الأحمد أن نجاحات الأمانة أعطت مزيداً من القوة لفريق العمل مبيناً أن الأمانة سخرت جهودها للمزارعين.",
            ("صالح الأحمد", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal("أن نجاحات الأمانة أعطت مزيداً من القوة لفريق العمل".Length - 3, quotes[0].Text.Length);
        Assert.All(quotes, q => Assert.Equal("صالح الأحمد", q.Speaker));
    }

    [Fact]
    public void A_name_in_marks_is_not_a_quote_wherever_it_stands()
    {
        var doc = Analyze("كشف المبعوث الدولي إلى اليمن \"إسماعيل ولد الشيخ أحمد\"؛ عن استعداد الجامعة العربية لإدارة المراقبين.",
            ("إسماعيل ولد الشيخ أحمد", EntityType.PER));
        Assert.DoesNotContain(doc.Layer<Quote>(), q => q.Span.Slice(doc.Text) == "إسماعيل ولد الشيخ أحمد");
    }

    [Fact]
    public void A_title_followed_by_a_name_is_the_named_person_not_whom_the_title_points_at()
    {
        const string text = "التقى مساعد وزير الخارجية الضيوف. وأكد وزير الخارجية محمد جواد ظريف بأن بلاده تولي أهمية خاصة لجيرانها.";
        var doc = new Document(text);
        SeedQuoteTests.RunLayersBeforeQuotes(doc);
        int title = text.IndexOf("وزير الخارجية محمد", StringComparison.Ordinal), name = text.IndexOf("محمد جواد ظريف", StringComparison.Ordinal);
        doc.SetLayer<Entity>([
            new Entity("e1", EntityType.PER, "مساعد وزير", "مساعد وزير", null, [new TextSpan(text.IndexOf("مساعد", StringComparison.Ordinal), 10)], [new TextSpan(title, 14)]),
            new Entity("e2", EntityType.PER, "محمد جواد ظريف", "محمد جواد ظريف", null, [new TextSpan(name, 14)], []),
        ]);
        new QuoteStep().Run(doc);
        Assert.Equal("e2", Assert.Single(doc.Layer<Quote>()).SpeakerId);
    }

    [Fact]
    public void Asker_named_only_as_a_journalist_is_unnamed()
    {
        var doc = Analyze("وعندما كرر الصحافي السؤال قائلا: «هل ستحارب القوات الجديدة داعش فقط؟»، أجاب تونر: «نعم».",
            ("تونر", EntityType.PER));
        Assert.Equal([("هل ستحارب القوات الجديدة داعش فقط؟", QuoteKind.Direct, null, "anonymous"), ("نعم", QuoteKind.Direct, "تونر", "named")], Quotes(doc));
    }

    [Fact]
    public void Direct_quote_after_a_colon_excludes_the_marks_and_names_the_subject()
    {
        var doc = Analyze("وقال لافروف، عقب المؤتمر الذي جمعه مع نظيره الأذربيجاني: «تحدثنا عن مسار عملية التفاوض لفتح خطوط النقل».",
            ("لافروف", EntityType.PER));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal("تحدثنا عن مسار عملية التفاوض لفتح خطوط النقل", q.Span.Slice(doc.Text));
        Assert.Equal((QuoteKind.Direct, "لافروف", "قال"), (q.Kind, q.SpeakerId, q.Cue!.Value.Slice(doc.Text)[1..]));
    }

    [Theory]
    [InlineData("وقال الوزير بدوره: “نحن مستعدون للحوار مع الجميع دون شروط”.", "نحن مستعدون للحوار مع الجميع دون شروط")]
    [InlineData("وقال الوزير بدوره: \"نحن مستعدون للحوار مع الجميع دون شروط\".", "نحن مستعدون للحوار مع الجميع دون شروط")]
    [InlineData("وقال الوزير بدوره: „نحن مستعدون للحوار مع الجميع دون شروط“.", "نحن مستعدون للحوار مع الجميع دون شروط")]
    [InlineData("وقال الوزير بدوره: «نحن مستعدون للحوار مع الجميع دون شروط”.", "نحن مستعدون للحوار مع الجميع دون شروط")]
    [InlineData("وقال الوزير بدوره: »نحن مستعدون للحوار مع الجميع دون شروط«.", "نحن مستعدون للحوار مع الجميع دون شروط")]
    public void Every_kind_of_quotation_mark_and_mixed_pairs_delimit_a_direct_quote(string text, string content)
    {
        var q = Assert.Single(Analyze(text).Layer<Quote>());
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(content, q.Span.SliceSpan(text).ToString());
    }

    [Fact]
    public void Quotation_over_two_paragraphs_is_one_quote_per_line_with_one_speaker()
    {
        var doc = Analyze("وقال بايراموف: «ربما يكون من الخطأ القول إننا لم نحرز أي تقدم خلال الأشهر الماضية.\nهناك بعض التقدم فقط في إعداد المعاهدة».",
            ("بايراموف", EntityType.PER));
        Assert.Equal([("ربما يكون من الخطأ القول إننا لم نحرز أي تقدم خلال الأشهر الماضية.", QuoteKind.Direct, "بايراموف", "named"),
                      ("هناك بعض التقدم فقط في إعداد المعاهدة", QuoteKind.Direct, "بايراموف", "named")], Quotes(doc));
    }

    [Theory]
    [InlineData("وأكد لافروف أنّ الجانبين مستعدان للاجتماع قريباً.", "الجانبين مستعدان للاجتماع قريباً")]
    [InlineData("وقال لافروف إن الجانبين مستعدان للاجتماع قريباً.", "الجانبين مستعدان للاجتماع قريباً")]
    [InlineData("وصرّح لافروف، اليوم، بأنّ الجانبين مستعدان للاجتماع قريباً.", "الجانبين مستعدان للاجتماع قريباً")]
    [InlineData("وأشار لافروف إلى أنّ الجانبين مستعدان للاجتماع قريباً.", "الجانبين مستعدان للاجتماع قريباً")]
    [InlineData("وشددت الوزارة على أن الجانبين مستعدان للاجتماع قريباً.", "الجانبين مستعدان للاجتماع قريباً")]
    [InlineData("ويؤكد لافروف أنهما مستعدان للاجتماع قريباً.", "أنهما مستعدان للاجتماع قريباً")]
    public void Speech_verb_with_a_complementizer_reports_the_clause_to_the_end_of_the_sentence(string text, string content)
    {
        var q = Assert.Single(Analyze(text, ("لافروف", EntityType.PER)).Layer<Quote>());
        Assert.Equal((QuoteKind.Indirect, content), (q.Kind, q.Span.SliceSpan(text).ToString()));
    }

    [Fact]
    public void Indirect_clause_with_a_quoted_fragment_is_mixed()
    {
        var doc = Analyze("ولفت إلى أنّ إساءة الاتحاد الأوروبي تتعلق “بتفويضها ومهامها ومدتها وقيمتها المضافة”.");
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("إساءة الاتحاد", q.Span.Slice(doc.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Subheading_with_a_name_and_a_colon_is_a_headline_quote()
    {
        var doc = Analyze("وصل وزير الخارجية الروسي إلى باكو في زيارة رسمية تستمر يومين لبحث العلاقات.\n"
            + "لافروف: بروكسل تسيء استخدام العلاقات مع باكو ويريفان\n"
            + "وصرّح لافروف بأنّ الاتحاد الأوروبي يستغل علاقاته مع باكو ويريفان في ملفات عدة تثير التساؤلات.",
            ("لافروف", EntityType.PER));
        Assert.Contains(("بروكسل تسيء استخدام العلاقات مع باكو ويريفان", QuoteKind.Headline, "لافروف", "named"), Quotes(doc));
    }

    [Fact]
    public void Title_resolves_to_the_entity_whose_reference_it_is()
    {
        const string text = "وأشار الوزير الروسي إلى أنّ المشاريع تشمل تطوير المسار الدولي للنقل.";
        var doc = new Document(text);
        SeedQuoteTests.RunLayersBeforeQuotes(doc);
        doc.SetLayer<Entity>([new Entity("e1", EntityType.PER, "Sergey Lavrov", "سيرغي لافروف", null, [], [new TextSpan(text.IndexOf("الوزير", StringComparison.Ordinal), "الوزير الروسي".Length)])]);
        new QuoteStep().Run(doc);
        Assert.Equal("e1", Assert.Single(doc.Layer<Quote>()).SpeakerId);
    }

    [Theory]
    [InlineData("city:108410", null)]   // a city the knowledge base knows does not speak: no speaker rather than a wrong one
    [InlineData("SA", "e1")]            // a state does («أعلنت السعودية»)
    public void A_known_place_that_is_not_a_state_is_no_speaker(string kb, string? speaker)
    {
        const string text = "وأكدت الرياض أن الزيارة كانت ناجحة.";
        var doc = new Document(text);
        SeedQuoteTests.RunLayersBeforeQuotes(doc);
        doc.SetLayer<Entity>([new Entity("e1", EntityType.GPE, "Riyadh", "الرياض", kb, [new TextSpan(text.IndexOf("الرياض", StringComparison.Ordinal), 6)], [])]);
        new QuoteStep().Run(doc);
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal(speaker, q.SpeakerId);
        Assert.Equal(speaker is null ? null : "named", q.SpeakerKind);
    }

    [Fact]
    public void Continuation_without_a_subject_keeps_the_previous_speaker()
    {
        var doc = Analyze("قال بايراموف إن هناك تقدماً في المفاوضات. وأضاف أن الاتفاق قد يوقع قريباً. وتابع: «لا نريد أن نستعجل».",
            ("بايراموف", EntityType.PER));
        Assert.All(doc.Layer<Quote>(), q => Assert.Equal("بايراموف", q.SpeakerId));
        Assert.Equal(3, doc.Layer<Quote>().Count);
    }

    [Fact]
    public void State_with_a_feminine_verb_is_the_speaker()
    {
        var doc = Analyze("أعلنت روسيا، اليوم الثلاثاء، أنّها مستعدة لتنظيم مفاوضات سلام بين البلدين.", ("روسيا", EntityType.GPE));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal(("روسيا", "named", "أنّها مستعدة لتنظيم مفاوضات سلام بين البلدين"), (q.SpeakerId, q.SpeakerKind, q.Span.Slice(doc.Text)));
    }

    [Theory]
    [InlineData("وقال مصدر مطلع إن المحادثات ستستأنف الأسبوع المقبل.")]
    [InlineData("وأوضح مسؤولون عسكريون أن المروحية أقلعت من قاعدة قريبة.")]
    public void Unnamed_source_has_no_entity_and_is_anonymous(string text)
    {
        var q = Assert.Single(Analyze(text, ("روسيا", EntityType.GPE)).Layer<Quote>());
        Assert.Equal((null, "anonymous"), (q.SpeakerId, q.SpeakerKind));
    }

    [Fact]
    public void Nested_report_is_one_quote_over_the_whole_clause()
    {
        var doc = Analyze("قال لافروف إن الجانب الأرميني قال إنه لا يمانع لكنه لم يعط موافقته النهائية.", ("لافروف", EntityType.PER));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal(("لافروف", "الجانب الأرميني قال إنه لا يمانع لكنه لم يعط موافقته النهائية"), (q.SpeakerId, q.Span.Slice(doc.Text)));
    }

    [Theory]
    [InlineData("وأمل الوزير في التوصل إلى اتفاق حول خط سكة حديد “أذربيجان – ناخيتشيفان” قريباً.")]
    [InlineData("ومن بين المشاريع تطوير المسار الدولي “شمال-جنوب” للنقل.")]
    [InlineData("وأفادت شبكة \"سي إن إن\" الأمريكية بوقوع انفجار.")]
    [InlineData("وتحول الرجل إلى ما يسميه المعارضون بـ«البوق الإعلامي» للنظام.")]
    public void Names_and_terms_in_quotation_marks_are_not_quotes(string text) => Assert.Empty(Analyze(text).Layer<Quote>());

    [Fact]
    public void Quotation_followed_by_its_cue_takes_the_subject_after_the_cue()
    {
        var doc = Analyze("«سنواصل العمل حتى تحرير آخر شبر من الأرض»، قال المتحدث باسم الجيش.", ("الجيش", EntityType.ORG));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal((QuoteKind.Direct, "الجيش"), (q.Kind, q.SpeakerId));
    }

    [Fact]
    public void Attribution_after_the_statement_makes_it_a_quote_of_the_attributed_source()
    {
        var doc = Analyze("وصل مسؤولون آخرون من الحكومة إلى عدن للإشراف على إعادة الخدمات العامة، وفق وزير حقوق الإنسان عز الدين الأصبحي.",
            ("عز الدين الأصبحي", EntityType.PER));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal((QuoteKind.Indirect, "عز الدين الأصبحي"), (q.Kind, q.SpeakerId));
    }

    [Fact]
    public void Passive_it_is_noted_that_is_not_a_quote() =>
        Assert.Empty(Analyze("يُذكر أنّ روسيا وأذربيجان ترتبطان بعلاقة تاريخية.", ("روسيا", EntityType.GPE)).Layer<Quote>());

    [Fact]
    public void Participle_takes_the_subject_of_its_sentence()
    {
        var doc = Analyze("وبحث الرئيس فلاديمير بوتين مع نظيره إلهام علييف أمن الحدود، معرباً عن “أمله بأن تتوصل يريفان وباكو إلى اتفاق سلام”.",
            ("فلاديمير بوتين", EntityType.PER), ("إلهام علييف", EntityType.PER));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal((QuoteKind.Direct, "فلاديمير بوتين", "أمله بأن تتوصل يريفان وباكو إلى اتفاق سلام"), (q.Kind, q.SpeakerId, q.Span.Slice(doc.Text)));
    }

    [Fact]
    public void A_feminine_verb_is_not_said_by_the_man_speaking_before()
    {
        var doc = Analyze("قال الرئيس الفرنسي فرانسوا هولاند إن الاقتصاد يتحسن ببطء. وأوضحت أن الأرباح ارتفعت في الربع الثاني. وأضاف أن الحكومة ستدعم الشركات.",
            ("فرانسوا هولاند", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal(3, quotes.Length);
        Assert.Equal(["فرانسوا هولاند", null, "فرانسوا هولاند"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_woman_named_after_a_feminine_verb_keeps_speaking_with_feminine_verbs_only()
    {
        var doc = Analyze("قالت هيلاري كلينتون إن الاتفاق جيد للمنطقة. وأضافت أن الكونغرس سيوافق عليه. وأضاف أن التصويت قريب.",
            ("هيلاري كلينتون", EntityType.PER));
        Assert.Equal(["هيلاري كلينتون", "هيلاري كلينتون", null], Quotes(doc).Select(q => q.Speaker));
    }

    [Fact]
    public void A_body_speaks_with_either_gender()
    {
        var doc = Analyze("أعلنت وزارة الداخلية أن الطريق مغلق. وأضاف البيان أن الإغلاق مؤقت، وأكدت أن العمل مستمر.",
            ("وزارة الداخلية", EntityType.ORG));
        Assert.All(Quotes(doc), q => Assert.Equal("وزارة الداخلية", q.Speaker));
    }

    [Fact]
    public void A_family_name_with_the_article_is_the_person_named_with_it_before()
    {
        var doc = Analyze("كشف المتحدث الرسمي للبنك عبدالعزيز الناصر عن نتائج الربع الثاني. وقال مدير الفرع إن الطلب ارتفع. وأضاف الناصر أن البنك قدم قروضا كثيرة.",
            ("عبدالعزيز الناصر", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal("عبدالعزيز الناصر", quotes[^1].Speaker);
    }

    [Fact]
    public void A_report_ends_where_the_reporter_names_its_speaker_again()
    {
        var doc = Analyze("وقالت المحكمة إن السيدة ساهمت في نشر الفكر المتشدد، وقضت المحكمة بحبسها ثماني سنوات.", ("المحكمة", EntityType.ORG));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Equal("السيدة ساهمت في نشر الفكر المتشدد", q.Span.Slice(doc.Text));
    }

    [Fact]
    public void One_of_a_group_is_an_unnamed_speaker_not_the_one_before()
    {
        var doc = Analyze("وقال مدير المهرجان عدنان مندورة إن الفعاليات متنوعة هذا العام. وأوضح أحد الزائرين أن تنظيم هذه الفعاليات ممتاز.",
            ("عدنان مندورة", EntityType.PER));
        var quotes = Quotes(doc);
        Assert.Equal("عدنان مندورة", quotes[0].Speaker);
        Assert.Equal((null, "anonymous"), (quotes[1].Speaker, quotes[1].SpeakerKind));
    }

    [Fact]
    public void A_plural_verb_is_not_said_by_one_person_found_before_it()
    {
        var doc = Analyze("وتلقى أبناء الفقيد محمد وعبدالله التعازي في منزلهم بالمحافظة، وقالوا إن ما رأيناه منذ وفاة والدنا أثلج صدورنا.",
            ("محمد", EntityType.PER));
        var q = Assert.Single(doc.Layer<Quote>());
        Assert.Null(q.SpeakerId);
    }

    [Fact]
    public void A_news_outlet_speaks_only_when_the_cue_names_it()
    {
        var doc = AnalyzeWithKbId("وعلمت عكاظ أن المتحدث باسم الحكومة سيصل غدا إلى الرياض، مشيرا إلى أن الزيارة تستمر يومين.", "عكاظ", "outlet:okaz",
            ("عكاظ", EntityType.ORG));
        // «وعلمت عكاظ أنّ» names the outlet: it speaks; the participle after it does not carry the outlet
        var learned = doc.Layer<Quote>();
        Assert.Equal(2, learned.Count);
        Assert.Equal("عكاظ", learned[0].SpeakerId);
        Assert.NotEqual("عكاظ", learned[1].SpeakerId);
        var named = AnalyzeWithKbId("وقالت عكاظ إن الزيارة تستمر يومين.", "عكاظ", "outlet:okaz", ("عكاظ", EntityType.ORG));
        Assert.Equal("عكاظ", Assert.Single(named.Layer<Quote>()).SpeakerId);
    }

    [Fact]
    public void A_spokesman_named_after_his_body_is_not_the_body()
    {
        var doc = Analyze("أعلنت وزارة الخارجية الهندية عن زيارة. وقال المتحدث باسم الوزارة انيل ساكسين إن الزيارة تستمر يومين. وقال المتحدث باسم الوزارة في تصريح إن الوفد وصل.",
            ("وزارة الخارجية الهندية|الوزارة", EntityType.ORG));
        var quotes = Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Null(quotes[0].Speaker);
        Assert.Equal("وزارة الخارجية الهندية", quotes[1].Speaker);
        // a name the entity layer typed as a place is still the spokesman's
        var typedWrong = Analyze("وقال المتحدث باسم البنتاغون جيف ديفيس إن الغارة استهدفت الفضلي.", ("البنتاغون", EntityType.ORG), ("جيف ديفيس", EntityType.GPE));
        Assert.Null(Assert.Single(typedWrong.Layer<Quote>()).SpeakerId);
    }

    [Fact]
    public void Random_text_gives_spans_inside_the_text_in_order()
    {
        var random = new Random(7);
        string[] pieces = ["قال", "وأضاف", "أن", "إنّ", "بأنه", "«", "»", "“", "”", "\"", ":", "،", ".", "\n", "لافروف", "مصدر", "الوزير", "في", "اليوم", "روسيا", "كلمة"];
        for (int round = 0; round < 200; round++)
        {
            var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));
            var doc = Analyze(text, ("لافروف", EntityType.PER), ("روسيا", EntityType.GPE));
            int last = -1;
            foreach (var q in doc.Layer<Quote>())
            {
                Assert.InRange(q.Span.End, q.Span.Start + 1, doc.Text.Length);
                Assert.True(q.Span.Start >= last, text);
                last = q.Span.Start;
            }
        }
    }

    [Fact]
    public void The_outlet_spoken_to_between_the_verb_and_the_subject_is_not_the_speaker()
    {
        var doc = Analyze("وأوضح لـ«المسار» المتحدث الإعلامي للبلدية المهندس رائد الحمداني أن أعمال الصيانة ستنتهي خلال أسبوع.",
            ("رائد الحمداني", EntityType.PER), ("المسار", EntityType.ORG));
        var quote = Assert.Single(Quotes(doc));
        Assert.Equal("رائد الحمداني", quote.Speaker);
    }
}
