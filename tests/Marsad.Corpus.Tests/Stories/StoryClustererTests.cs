using Marsad.Corpus.Stories;

namespace Marsad.Corpus.Tests.Stories;

public sealed class StoryClustererTests
{
    private static readonly DateTime Day = new(2015, 8, 6, 9, 0, 0);

    // Articles written for these tests: a stream needs background articles for the term weights to mean anything.
    private static readonly string[] Background =
    [
        "ارتفع مؤشر سوق الأسهم السعودية في ختام تعاملات اليوم بدعم من قطاع المصارف",
        "توقعت الأرصاد طقسا حارا على المنطقة الشرقية مع نشاط للرياح المثيرة للأتربة",
        "افتتح أمير المنطقة مهرجان الصيف بمشاركة عدد من الفرق الشعبية والأسر المنتجة",
        "فاز فريق الاتحاد على ضيفه بهدفين مقابل هدف في مباراة ودية ضمن معسكره الإعدادي",
        "أعلنت وزارة التعليم مواعيد بدء العام الدراسي الجديد في جميع المناطق",
    ];

    private static StoryClusterer WithBackground()
    {
        var c = new StoryClusterer();
        foreach (var t in Background) c.Add(t, t, "okaz", Day.AddDays(-1));
        return c;
    }

    [Fact]
    public void Two_reports_of_one_event_are_one_story()
    {
        var c = WithBackground();
        var a = c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة اليوم في حفل حضره قادة عرب وأجانب على متن يخت المحروسة", "alyaum", Day);
        var b = c.Add("مصر تدشن قناة السويس الجديدة وسط حضور دولي", "دشنت مصر اليوم قناة السويس الجديدة بحضور قادة ورؤساء وفود وعبر يخت المحروسة المجرى الملاحي الجديد", "okaz", Day.AddHours(4));
        Assert.Same(a, b);
        Assert.Equal(2, a.Articles.Count);
    }

    [Fact]
    public void A_report_of_another_event_starts_another_story()
    {
        var c = WithBackground();
        var a = c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة اليوم في حفل حضره قادة عرب وأجانب", "alyaum", Day);
        var b = c.Add("تأجيل بطولة خليجي 23 لمدة عام", "قرر أمناء سر الاتحادات الخليجية تأجيل بطولة خليجي 23 في الكويت لمدة عام بسبب عدم جاهزية الملاعب", "okaz", Day);
        Assert.NotSame(a, b);
    }

    [Fact]
    public void A_copy_joins_its_originals_story_whatever_its_words()
    {
        var c = WithBackground();
        var a = c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري قناة السويس الجديدة اليوم", "alyaum", Day);
        var b = c.Add("خبر", "نص قصير", "sabq", Day, copyOf: [a.Articles[0].Id]);
        Assert.Same(a, b);
    }

    [Fact]
    public void The_same_words_weeks_later_are_a_new_story()
    {
        var c = WithBackground();
        var a = c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة اليوم في حفل حضره قادة عرب وأجانب", "alyaum", Day);
        var b = c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة اليوم في حفل حضره قادة عرب وأجانب", "okaz", Day.AddDays(30));
        Assert.NotSame(a, b);
    }

    [Fact]
    public void A_story_reports_its_span_sources_and_title()
    {
        var c = WithBackground();
        c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة اليوم في حفل حضره قادة عرب وأجانب على متن يخت المحروسة", "alyaum", Day);
        var s = c.Add("مصر تدشن قناة السويس الجديدة وسط حضور دولي", "دشنت مصر اليوم قناة السويس الجديدة بحضور قادة ورؤساء وفود وعبر يخت المحروسة المجرى الملاحي الجديد", "okaz", Day.AddHours(4));
        Assert.Equal(Day, s.First);
        Assert.Equal(Day.AddHours(4), s.Last);
        Assert.Equal(["alyaum", "okaz"], s.Sources.Select(x => x.Outlet).Order().ToArray());
        Assert.Contains("السويس", s.Title, StringComparison.Ordinal);
        Assert.Contains("سويس", s.TopTerms(5).Select(c.Terms.Term));
    }

    private static StorySignals Places(params string[] keys) => new([], keys.ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void The_same_kind_of_news_in_two_places_is_two_stories_of_one_thread()
    {
        var c = WithBackground();
        var taif = c.Add("أمطار غزيرة على الطائف وتحذيرات من الدفاع المدني", "هطلت أمطار غزيرة اليوم على محافظة الطائف وحذر الدفاع المدني من السيول وجريان الأودية", "sabq", Day, signals: Places("kb:taif"));
        var jazan = c.Add("أمطار غزيرة على جازان وتحذيرات من الدفاع المدني", "هطلت أمطار غزيرة اليوم على منطقة جازان وحذر الدفاع المدني من السيول وجريان الأودية", "okaz", Day, signals: Places("kb:jazan"));
        Assert.NotSame(taif, jazan);
        Assert.Equal(c.ThreadOf(taif.Id), c.ThreadOf(jazan.Id));
        // Without the places the words alone make them one story: the headline's places are what keeps them apart.
        var words = WithBackground();
        var a = words.Add("أمطار غزيرة على الطائف وتحذيرات من الدفاع المدني", "هطلت أمطار غزيرة اليوم على محافظة الطائف وحذر الدفاع المدني من السيول وجريان الأودية", "sabq", Day);
        var b = words.Add("أمطار غزيرة على جازان وتحذيرات من الدفاع المدني", "هطلت أمطار غزيرة اليوم على منطقة جازان وحذر الدفاع المدني من السيول وجريان الأودية", "okaz", Day);
        Assert.Same(a, b);
    }

    [Fact]
    public void A_headline_naming_the_storys_place_among_others_joins_it()
    {
        var c = WithBackground();
        var a = c.Add("أمطار غزيرة على الطائف وتحذيرات من الدفاع المدني", "هطلت أمطار غزيرة اليوم على محافظة الطائف وحذر الدفاع المدني من السيول وجريان الأودية", "sabq", Day, signals: Places("kb:taif"));
        var b = c.Add("أمطار غزيرة على الطائف والعرضيات", "هطلت أمطار غزيرة اليوم على محافظة الطائف والعرضيات وحذر الدفاع المدني من السيول وجريان الأودية", "okaz", Day, signals: Places("kb:taif", "kb:ardiyat"));
        Assert.Same(a, b);
    }

    [Theory]
    [InlineData("الدفاع المدني يخمد حريقًا شب في تشليح للسيارات بالمدينة", "منطقة المدينة المنورة", true)]
    [InlineData("شاهد... إخماد حريق في منزل بـ\"عمرة مكة\"", "مكة المكرمة", true)]
    [InlineData("\"انتخابات الشرقية\": التسجيل في جداول القيد شرط للتصويت", "المنطقة الشرقية", true)]
    [InlineData("أمطار على الطائف", "الطائف", true)]
    // The generic words of a place's name name no place: «منطقة» and a direction are in many headlines.
    [InlineData("أمطار على منطقة جازان", "منطقة الباحة", false)]
    [InlineData("هطول أمطار على بعض أحياء جنوب المدينة", "جنوب غرب", false)]
    [InlineData("ارتفاع أسعار الذهب", "مكة المكرمة", false)]
    public void A_headline_names_a_place_by_its_name_or_the_distinctive_word_of_a_longer_name(string title, string surface, bool named) =>
        Assert.Equal(named, StorySignals.HeadlineNames(title, surface));

    [Fact]
    public void A_lone_preposition_is_stripped_when_earlier_articles_use_the_bare_word()
    {
        var terms = new KeyTerms();
        string[] background =
        [
            "ارتفع مؤشر سوق الأسهم السعودية في ختام تعاملات اليوم", "توقعت الأرصاد طقسا حارا على المنطقة الشرقية",
            "فاز فريق الاتحاد على ضيفه بهدفين مقابل هدف", "أعلنت وزارة التعليم مواعيد بدء العام الدراسي",
            "الكشف عن ملابسات وفاة سناء في الحادث", "أسرة سناء تتلقى التعازي",
        ];
        foreach (var t in background) terms.Add(t, "");
        var words = terms.Add("تكريم لسناء في لندن", "").Ids.Select(terms.Term).ToList();
        Assert.Contains("سناء", words);
        Assert.DoesNotContain("لسناء", words);
        // «لندن» is no ل + «ندن»: no earlier article uses that.
        Assert.Contains("لندن", words);
    }

    [Fact]
    public void A_story_alone_is_its_own_thread()
    {
        var c = WithBackground();
        var a = c.Add("الرئيس المصري يفتتح قناة السويس الجديدة", "افتتح الرئيس المصري عبدالفتاح السيسي قناة السويس الجديدة اليوم", "alyaum", Day);
        Assert.Equal(a.Id, c.ThreadOf(a.Id));
    }

    /// <summary>Two fires in two cities reported twice each, and a copy of the first report, into a clusterer whose
    /// low join threshold stands for a centroid that drifted: every article joins the first story before the re-check.</summary>
    private static StoryClusterer TwoFires()
    {
        var c = new StoryClusterer { JoinThreshold = 0.01, MaxRecheck = 256 };
        foreach (var t in new[] { "ارتفع مؤشر سوق الأسهم في ختام التعاملات", "توقعت الأرصاد طقسا حارا على المنطقة", "افتتح أمير المنطقة مهرجان الصيف" })
            c.Add(t, t, "okaz", Day.AddDays(-1));
        string scrap = "أخمدت فرق الدفاع المدني بالمدينة المنورة حريقا شب في محل تشليح للسيارات بحي العاقول دون إصابات";
        string house = "أخمدت فرق الدفاع المدني بمكة المكرمة حريقا اندلع في منزل شعبي بحي العمرة وأخلت ساكنيه دون إصابات";
        c.Add("الدفاع المدني يخمد حريقا في تشليح للسيارات بالمدينة", scrap, "sabq", Day);        // article 3
        c.Add("خبر", "نص قصير لا يشبه شيئا", "alweeam", Day.AddMinutes(5), copyOf: [3]);         // 4, a copy of 3
        c.Add("مدني المدينة يسيطر على حريق بمحل تشليح سيارات", scrap + " وتشليح العاقول", "3alyoum", Day.AddMinutes(10));
        c.Add("إخماد حريق بمنزل في حي العمرة بمكة", house, "sabq", Day.AddMinutes(20));
        c.Add("إخماد حريق في منزل بعمرة مكة ولا إصابات", house + " في العمرة", "alweeam", Day.AddMinutes(30)); // 7
        return c;
    }

    [Fact]
    public void A_story_whose_articles_form_two_groups_splits_into_two_stories_of_one_thread_and_copies_stay_with_their_original()
    {
        var c = TwoFires();
        Story scrap = c.StoryOf(3), house = c.StoryOf(7);
        Assert.NotSame(scrap, house);
        Assert.Equal([3, 4, 5], scrap.Articles.Select(a => a.Id).Order());
        Assert.Equal([6, 7], house.Articles.Select(a => a.Id));
        Assert.Equal(c.ThreadOf(scrap.Id), c.ThreadOf(house.Id));
        Assert.Contains("تشليح", scrap.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Replaying_the_same_articles_splits_the_same_way()
    {
        static int[] Stories(StoryClusterer c) => [.. Enumerable.Range(0, 8).Select(i => c.StoryOf(i).Id)];
        var first = Stories(TwoFires());
        Assert.Equal(first, Stories(TwoFires()));
        Assert.NotEqual(first[3], first[7]);
    }

    /// <summary>Talks and the press conference after them, told in other words: the words alone keep them apart at a
    /// join threshold they do not reach, the names they share and the headline naming one of them make one story.</summary>
    private const string TalksTitle = "مصر وأمريكا تتفقان على مضاعفة الجهود المشتركة لمواجهة الإرهاب";
    private const string TalksText = "اتفقت مصر والولايات المتحدة في ختام الحوار الاستراتيجي بالقاهرة على مضاعفة الجهود المشتركة لمواجهة الإرهاب في المنطقة";
    private const string PressTitle = "كيري: مصر دفعت ثمنا باهظا لمكافحة الإرهاب وسنواصل دعمها";
    private const string PressText = "قال وزير الخارجية الأمريكي جون كيري في مؤتمر صحفي بالقاهرة في ختام الحوار الاستراتيجي إن مصر دفعت ثمنا باهظا في مواجهة الإرهاب وإن الولايات المتحدة ستواصل الجهود المشتركة معها";

    private static StorySignals Profile(string[] keys, params string[] titleActors) =>
        new([], new HashSet<string>(), keys, titleActors.ToHashSet(StringComparer.Ordinal));

    private static StoryClusterer WithProfiledBackground(out List<(Story From, Story To, IReadOnlyList<int> Articles)> merges)
    {
        // A join threshold the two reports' words do not reach, so that only the follow-up merge can bring them together.
        var c = new StoryClusterer { JoinThreshold = 0.7 };
        var seen = new List<(Story, Story, IReadOnlyList<int>)>();
        c.Merged += (from, to, articles) => seen.Add((from, to, articles));
        merges = seen;
        for (int day = 2; day >= 1; day--)
            foreach (var t in Background) c.Add(t, t, "okaz", Day.AddDays(-day), signals: Profile(["kb:saudi-arabia"]));
        return c;
    }

    [Fact]
    public void A_follow_up_in_other_words_naming_the_same_people_joins_the_happenings_story()
    {
        var c = WithProfiledBackground(out var merges);
        var talks = c.Add(TalksTitle, TalksText, "alyaum", Day, signals: Profile(["per:kerry", "per:shoukry", "kb:egypt", "kb:cairo"]));
        var press = c.Add(PressTitle, PressText, "sabq", Day.AddHours(1), signals: Profile(["per:kerry", "kb:egypt", "kb:cairo"], "per:kerry"));
        Assert.Same(talks, press);
        Assert.Equal(2, talks.Articles.Count);
        var merge = Assert.Single(merges);
        Assert.Same(talks, merge.To);
        Assert.Equal([11], merge.Articles);
        Assert.Empty(merge.From.Articles);
        Assert.DoesNotContain(merge.From, c.Stories);
        Assert.Equal(c.ThreadOf(talks.Id), c.ThreadOf(merge.From.Id));
    }

    [Fact]
    public void Shared_names_without_a_headline_naming_one_or_without_shared_words_do_not_merge()
    {
        // The same names, but no headline names a person or organisation both are about (a spokesman, a region).
        var c = WithProfiledBackground(out var merges);
        var a = c.Add(TalksTitle, TalksText, "alyaum", Day, signals: Profile(["per:kerry", "per:shoukry", "kb:egypt", "kb:cairo"]));
        var b = c.Add(PressTitle, PressText, "sabq", Day.AddHours(1), signals: Profile(["per:kerry", "kb:egypt", "kb:cairo"]));
        Assert.NotSame(a, b);
        Assert.Empty(merges);
        // A headline names a shared person, but the two tell of other things in other words: one minister's two happenings.
        c = WithProfiledBackground(out merges);
        a = c.Add(TalksTitle, TalksText, "alyaum", Day, signals: Profile(["per:kerry", "per:shoukry", "kb:egypt", "kb:cairo"]));
        b = c.Add("كيري يلتقي نظيره الروسي في ماليزيا", "يلتقي كيري نظيره الروسي على هامش اجتماعات آسيان في كوالالمبور لبحث الأزمة السورية", "sabq", Day.AddHours(1),
            signals: Profile(["per:kerry", "per:shoukry", "kb:egypt"], "per:kerry"));
        Assert.NotSame(a, b);
        Assert.Empty(merges);
    }

    [Fact]
    public void A_follow_up_merge_waits_for_no_large_story_and_can_be_turned_off()
    {
        var c = new StoryClusterer { JoinThreshold = 0.7, MaxMergeArticles = 0 };
        for (int i = 0; i < 10; i++) c.Add("خبر " + i, "نص عن موضوع رقم " + i, "okaz", Day.AddDays(-1), signals: Profile(["kb:saudi-arabia"]));
        var a = c.Add(TalksTitle, TalksText, "alyaum", Day, signals: Profile(["per:kerry", "per:shoukry", "kb:egypt", "kb:cairo"]));
        var b = c.Add(PressTitle, PressText, "sabq", Day.AddHours(1), signals: Profile(["per:kerry", "kb:egypt", "kb:cairo"], "per:kerry"));
        Assert.NotSame(a, b);
    }

    private const string CloseTitle = "مؤشر الأسهم السعودية يغلق على تراجع حاد";
    private const string CloseText = "أغلق مؤشر سوق الأسهم السعودية تعاملاته على تراجع حاد بضغط من قطاعي البتروكيماويات والمصارف وسط تداولات ضعيفة";
    private const string MonthTitle = "مؤشر الأسهم السعودية يختتم شهر يوليو على تراجع حاد";
    private const string MonthText = "أنهى مؤشر سوق الأسهم السعودية تعاملات شهر يوليو على تراجع حاد بضغط من قطاعي البتروكيماويات والمصارف وسط تداولات ضعيفة";

    [Fact]
    public void A_headline_reporting_another_month_is_another_story_though_its_words_are_the_days()
    {
        var c = WithBackground();
        var day = c.Add(CloseTitle, CloseText, "sabq", Day);
        var month = c.Add(MonthTitle, MonthText, "okaz", Day.AddHours(1));
        Assert.NotSame(day, month);
        // Another outlet's report of the month's close joins it.
        var again = c.Add("مؤشر السوق السعودية يختتم يوليو متراجعا", MonthText, "alyaum", Day.AddHours(2));
        Assert.Same(month, again);
        // Without the month in the headline the same words are one story.
        var words = WithBackground();
        Assert.Same(words.Add(CloseTitle, CloseText, "sabq", Day), words.Add(CloseTitle, MonthText, "okaz", Day.AddHours(1)));
    }

    [Theory]
    [InlineData("مؤشر السوق يختتم شهر يوليو بارتفاع طفيف", "2015-07")]
    [InlineData("مبيعات السيارات في يونيو تتراجع", "2015-06")]
    [InlineData("مؤشر السوق يغلق على تراجع", "")]
    [InlineData("الهلال يلاقي الشباب غداً في نهائي الكأس", "")]
    // The month it is published in is the news of its day; a year names an event as often as a period.
    [InlineData("حملة أغسطس للتطعيم تنطلق في المدارس", "")]
    [InlineData("المدينة تستعد لاستضافة بطولة 2024", "")]
    public void A_headline_reports_on_a_month_it_names_outside_its_own(string title, string period) =>
        Assert.Equal(period, HeadlinePeriod.Of(title, new DateTime(2015, 8, 2, 10, 0, 0)));

    private const string FireTitle = "الدفاع المدني يخمد حريقا في مستودع للأخشاب بحي الصناعية";
    private const string FireText = "أخمدت فرق الدفاع المدني حريقا اندلع في مستودع للأخشاب بحي الصناعية دون إصابات وباشرت التحقيق في أسبابه";
    private const string FireTitle2 = "حريق يلتهم مستودعا للأخشاب في الصناعية";
    private const string FireText2 = "التهم حريق مستودعا للأخشاب في حي الصناعية وتمكنت فرق الدفاع المدني من السيطرة عليه ومنع امتداده للمحلات المجاورة";

    private static readonly StorySignals FireA = Profile(["per:spokesman-riyadh", "kb:riyadh"]);
    private static readonly StorySignals FireB = Profile(["per:spokesman-dammam", "kb:dammam"]);

    [Fact]
    public void A_day_later_the_same_kind_of_news_with_no_name_in_common_needs_closer_words_to_join_and_stays_in_the_thread()
    {
        var c = WithBackground();
        var first = c.Add(FireTitle, FireText, "sabq", Day, signals: FireA);
        Assert.Same(first, c.Add(FireTitle2, FireText2, "okaz", Day.AddHours(2), signals: FireB));

        var later = WithBackground();
        var a = later.Add(FireTitle, FireText, "sabq", Day, signals: FireA);
        var b = later.Add(FireTitle2, FireText2, "okaz", Day.AddDays(2), signals: FireB);
        Assert.NotSame(a, b);
        Assert.Equal(later.ThreadOf(a.Id), later.ThreadOf(b.Id));

        // A follow-up naming the happening's people joins it days later.
        var named = WithBackground();
        var x = named.Add(FireTitle, FireText, "sabq", Day, signals: FireA);
        Assert.Same(x, named.Add(FireTitle2, FireText2, "okaz", Day.AddDays(2), signals: Profile(["per:spokesman-riyadh", "kb:dammam"])));

        // Without the fading the window alone keeps them one story.
        var flat = new StoryClusterer { DayPenalty = 0 };
        foreach (var t in Background) flat.Add(t, t, "okaz", Day.AddDays(-1));
        Assert.Same(flat.Add(FireTitle, FireText, "sabq", Day, signals: FireA), flat.Add(FireTitle2, FireText2, "okaz", Day.AddDays(2), signals: FireB));
    }
}
