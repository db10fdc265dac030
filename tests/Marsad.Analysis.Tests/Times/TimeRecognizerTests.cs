using Marsad.Analysis.Times;

namespace Marsad.Analysis.Tests.Times;

public class TimeRecognizerTests
{
    private static readonly TimeContext Tuesday = new(new DateOnly(2023, 2, 28));
    private static readonly TimeContext Unknown = new(null);

    private static (string Text, TimeType Type, string Value)[] Find(string text, TimeContext? ctx = null) =>
        TimeRecognizer.Recognize(text, ctx ?? Tuesday).Select(t => (t.Span.Slice(text), t.Type, t.Value)).ToArray();

    private static (string, TimeType, string) Single(string text, TimeContext? ctx = null) => Assert.Single(Find(text, ctx));

    [Theory]
    [InlineData("أعلنت روسيا، اليوم الثلاثاء، أنها", "اليوم الثلاثاء", "2023-02-28")]
    [InlineData("قال أمس إن", "أمس", "2023-02-27")]
    [InlineData("وصل أول أمس إلى", "أول أمس", "2023-02-26")]
    [InlineData("وقعت البارحة الأولى في", "البارحة الأولى", "2023-02-26")]
    [InlineData("يصل غداً إلى", "غداً", "2023-03-01")]
    [InlineData("وقال اليوم، إن", "اليوم", "2023-02-28")]
    public void Relative_days_resolve_against_the_publication_date(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Fact]
    public void Today_with_another_weekday_is_the_latest_such_day() =>
        Assert.Equal("2023-02-27", Single("أعلنت روسيا، اليوم الاثنين، أنها").Item3);

    [Fact]
    public void Without_a_publication_date_values_stay_unresolved()
    {
        Assert.Equal("XXXX-WXX-2", Single("أعلنت روسيا، اليوم الثلاثاء، أنها", Unknown).Item3);
        Assert.Equal("PRESENT_REF", Single("وقال اليوم، إن", Unknown).Item3);
    }

    [Theory]
    [InlineData("تعقد الجولة في 17 سبتمبر المقبل", "17 سبتمبر المقبل", "2023-09-17")]
    [InlineData("وقع الهجوم في 30 يونيو (حزيران) الماضي", "30 يونيو (حزيران) الماضي", "2022-06-30")]
    [InlineData("وصل في 12 فبراير الماضي", "12 فبراير الماضي", "2023-02-12")]
    public void A_day_and_month_with_next_or_last_keep_the_day(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Theory]
    [InlineData("وصل الوفد صباح اليوم إلى الرياض", "صباح اليوم", "2023-02-28TMO")]
    [InlineData("وغادر مساء الاثنين", "مساء الاثنين", "2023-02-27TEV")]
    [InlineData("وعقد اجتماعا بعد ظهر اليوم", "بعد ظهر اليوم", "2023-02-28TAF")]
    public void A_part_of_the_day_makes_the_day_a_time_of_that_day(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.TIME, value), Single(text));

    [Fact]
    public void After_a_stretch_of_time_is_that_stretch_not_a_date() =>
        Assert.Equal(("بعد أسبوع", TimeType.DURATION, "P1W"), Single("انتهت المفاوضات بعد أسبوع من التوتر"));

    [Fact]
    public void A_number_word_glued_to_a_unit_of_time_is_another_word() =>
        Assert.Empty(Find("ستعقد القمة في موعدها"));

    [Fact]
    public void The_day_of_something_is_not_today() => Assert.Empty(Find("احتفل العالم باليوم العالمي للمرأة"));

    [Theory]
    [InlineData("خلال الأسبوع الماضي", "الأسبوع الماضي", "2023-W08")]
    [InlineData("في الشهر المقبل", "الشهر المقبل", "2023-03")]
    [InlineData("العام الماضي", "العام الماضي", "2022")]
    [InlineData("قتل قبل 3 أيام", "قبل 3 أيام", "2023-02-25")]
    [InlineData("قبل عامين", "قبل عامين", "2021")]
    public void Relative_periods(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    /// <summary>«منذ + duration» says how long something has lasted, not when it began.</summary>
    [Theory]
    [InlineData("غادر منذ ثلاثة أعوام", "منذ ثلاثة أعوام", "P3Y")]
    [InlineData("يقاتل في سورية منذ أربع سنوات", "منذ أربع سنوات", "P4Y")]
    public void Since_a_duration_is_a_duration(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DURATION, value), Single(text));

    [Theory]
    [InlineData("لم نحرز تقدماً خلال الأشهر الـ6 الماضية", "الأشهر الـ6 الماضية", "P6M")]
    [InlineData("على مدى الأشهر الستة الماضية", "الأشهر الستة الماضية", "P6M")]
    [InlineData("سافر لمدة 3 ساعات", "لمدة 3 ساعات", "PT3H")]
    [InlineData("بقي أسبوعين", "أسبوعين", "P2W")]
    [InlineData("لمدة ساعتين ونصف", "لمدة ساعتين ونصف", "PT2H30M")]
    [InlineData("يتوقع أن يكتمل البناء خلال عام", "خلال عام", "P1Y")]
    [InlineData("سيصل الوفد في غضون يومين", "غضون يومين", "P2D")]
    [InlineData("تستمر الدورة على مدى 15 يوما", "على مدى 15 يوما", "P15D")]
    [InlineData("أغلق المتحف لمدة (ثلاثة) أشهر", "لمدة (ثلاثة) أشهر", "P3M")]
    [InlineData("تراجعت المبيعات في الأسبوعين الماضيين", "الأسبوعين الماضيين", "P2W")]
    public void Durations(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DURATION, value), Single(text));

    [Theory]
    [InlineData("افتتح المعرض خلال عام 2019")]
    [InlineData("تقام المباراة خلال يوم الخميس")]
    [InlineData("تعقد الجلسة خلال شهر مايو")]
    public void During_a_unit_that_opens_a_date_is_that_date_not_a_stretch(string text) =>
        Assert.DoesNotContain(Find(text), f => f.Type == TimeType.DURATION);

    [Fact]
    public void During_the_definite_unit_is_no_stretch_of_time() =>
        Assert.DoesNotContain(Find("ستنخفض الأسعار خلال الأسبوع"), f => f.Type == TimeType.DURATION);

    [Theory]
    [InlineData("زار الأطفال المرضى في ثاني أيام عيد الفطر المبارك", "ثاني أيام عيد الفطر المبارك", "2023-04-22")]
    [InlineData("تعطلت الرحلات يوم عيد الأضحى", "يوم عيد الأضحى", "2023-06-28")]
    public void A_day_of_a_feast_is_its_hijri_date_nearest_the_publication(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text, new TimeContext(new DateOnly(2023, 5, 10))));

    [Theory]
    [InlineData("يتوقع افتتاح المصنع في أوائل 2024 حسب الخطة", "أوائل 2024", "2024")]
    [InlineData("ارتفعت الصادرات منذ منتصف يناير الماضي", "منتصف يناير الماضي", "2023-01")]
    [InlineData("تراجعت الأسعار في أواخر العام الماضي", "أواخر العام الماضي", "2022")]
    public void A_part_of_a_period_before_it_is_part_of_the_expression(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Theory]
    [InlineData("تضاعف الإنتاج ما بين عامي 2016 و2019 في", "ما بين عامي 2016 و2019", "2016/2019")]
    [InlineData("نتائج الدوري لعام 2021-2022 كانت", "لعام 2021-2022", "2021/2022")]
    public void A_span_of_years_keeps_the_words_that_open_it(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Theory]
    [InlineData("وصل الوزير الأحد الماضي إلى", "الأحد الماضي", "2023-02-26")]
    [InlineData("تبدأ الامتحانات الاثنين المقبل في", "الاثنين المقبل", "2023-03-06")]
    public void Sunday_and_monday_with_past_or_next_are_days_not_numbers(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Fact]
    public void A_count_of_months_ago_names_a_month() =>
        Assert.Equal(("قبل شهرين", TimeType.DATE, "2022-12"), Single("ارتفع السعر قبل شهرين"));

    [Theory]
    [InlineData("اندلع الحريق عند الساعة العاشرة ليلاً من يوم أمس الاثنين", "الساعة العاشرة ليلاً من يوم أمس الاثنين", "2023-02-27T22:00")]
    [InlineData("وصل الوفد الساعة السابعة من صباح أمس", "الساعة السابعة من صباح أمس", "2023-02-27T07:00")]
    [InlineData("بدأ البث الساعة التاسعة وخمس دقائق مساء اليوم", "الساعة التاسعة وخمس دقائق مساء اليوم", "2023-02-28T21:05")]
    public void A_clock_time_followed_by_its_day_is_a_moment_of_that_day(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.TIME, value), Single(text));

    [Theory]
    [InlineData("الموقعة في 3 تموز/يوليو 1997، وثيقة", "3 تموز/يوليو 1997", "1997-07-03")]
    [InlineData("تعود إلى شباط/فبراير 1988، عندما", "شباط/فبراير 1988", "1988-02")]
    [InlineData("في 15 كانون الثاني 2020", "15 كانون الثاني 2020", "2020-01-15")]
    [InlineData("في 5 جوان 2019", "5 جوان 2019", "2019-06-05")]
    [InlineData("منذ جويلية 2018", "جويلية 2018", "2018-07")]
    [InlineData("في 12 فبراير (شباط) 2021", "12 فبراير (شباط) 2021", "2021-02-12")]
    [InlineData("في 19/2/1995 وقع", "19/2/1995", "1995-02-19")]
    [InlineData("صدر بتاريخ 2023-02-28", "بتاريخ 2023-02-28", "2023-02-28")]
    public void Absolute_dates_in_every_month_system(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Fact]
    public void Hijri_dates_are_converted_with_umm_al_qura() =>
        Assert.Equal(("1 رمضان 1444 هـ", TimeType.DATE, "2023-03-23"), Single("يبدأ في 1 رمضان 1444 هـ"));

    [Theory]
    [InlineData("في العام 2023، أن", "العام 2023", "2023")]
    [InlineData("خلال التسعينيات", "التسعينيات", "199")]
    [InlineData("حرب خريف العام 2020 بين", "خريف العام 2020", "2020-FA")]
    [InlineData("في الفترة بين 1992 – 1994، فقدت", "1992 – 1994", "1992/1994")]
    public void Years_decades_seasons_and_ranges(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Theory]
    [InlineData("عند الساعة الثالثة عصراً", "الساعة الثالثة عصراً", "T15")]
    [InlineData("في 14:30 بتوقيت غرينتش", "14:30 بتوقيت غرينتش", "T14:30")]
    [InlineData("عند الساعة 00.01 بالتوقيت المحلي", "الساعة 00.01 بالتوقيت المحلي", "T00:01")]
    public void Clock_times_without_a_known_day_stay_bare(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.TIME, value), Single(text, Unknown));

    [Fact]
    public void A_clock_time_is_a_moment_of_the_last_day_written_before_it()
    {
        Assert.Equal("2023-02-28T15:00", Single("عند الساعة الثالثة عصراً").Item3);   // the reference date
        var found = Find("افتتحت السفارة أمس، ورفع العلم عند الساعة الثامنة صباحا");
        Assert.Equal(["2023-02-27", "2023-02-27T08:00"], found.Select(f => f.Value));
        // a decimal is no clock time without the hour noun
        Assert.Empty(Find("ارتفع المؤشر 5.20 نقطة"));
    }

    [Theory]
    [InlineData("يتكرر كل يوم", "كل يوم", "P1D")]
    [InlineData("يعقد سنوياً", "سنوياً", "P1Y")]
    public void Sets(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.SET, value), Single(text));

    [Theory]
    [InlineData("يعمل حالياً على", "حالياً", "PRESENT_REF")]
    [InlineData("وفي وقتٍ سابق، بحث", "في وقتٍ سابق", "PAST_REF")]
    [InlineData("التوصل قريباً إلى اتفاق", "قريباً", "FUTURE_REF")]
    [InlineData("لكنه حتى الآن لم", "حتى الآن", "PRESENT_REF")]
    public void Vague_references(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text));

    [Fact]
    public void Homographs_of_month_names_stay_words()
    {
        // مارس "practised": no month; the twenty years are a duration
        Assert.Equal([("20 عاماً", TimeType.DURATION, "P20Y")], Find("مارس الرياضة 20 عاماً"));
        Assert.Empty(Find("قال آب الشهيد"));           // آب "father"
        Assert.Empty(Find("باعت نيسان سيارات"));        // Nissan
        Assert.Equal("2023-03", Single("في شهر مارس المقبل").Item3);
    }

    [Fact]
    public void Two_separate_years_are_not_a_range() =>
        Assert.Equal(["2011", "2014"], Find("في 2011 و2014 شهدت").Select(t => t.Value));

    [Theory]
    [InlineData("قضى ستة أعوام ونصف في السجن", "P6Y6M")]
    [InlineData("استمر الاجتماع نصف ساعة تقريبا", "PT30M")]
    [InlineData("لمدة عام ونصف", "P1Y6M")]
    public void Fractions_of_a_duration_are_written_in_whole_smaller_units(string text, string value) =>
        Assert.Equal(value, Find(text).Single(t => t.Type == TimeType.DURATION).Value);

    [Theory]
    [InlineData("هدنة اعتبارا من يوم الأحد (10/شوال/1436هـ) الموافق", "2015-07-26")]
    [InlineData("وقع الهجوم يوم السبت 2/10/1436هـ في المدينة", "2015-07-18")]
    [InlineData("الموافق (26/7/2015م) الساعة", "2015-07-26")]
    public void Numeric_dates_take_their_era_mark_and_hijri_years_convert(string text, string value) =>
        Assert.Contains(Find(text, new TimeContext(new DateOnly(2015, 7, 27))), t => t.Value == value);

    [Fact]
    public void A_weekday_with_last_or_next_is_the_nearest_such_day_on_that_side()
    {
        var saturday = new TimeContext(new DateOnly(2015, 8, 1));
        Assert.Equal("2015-07-29TMO", Single("هاجمت القوات المصلى صباح الأربعاء المنصرم في المدينة", saturday).Item3);
        Assert.Equal("2015-08-05", Single("يصل الوفد الأربعاء المقبل", saturday).Item3);
    }

    [Fact]
    public void Every_friday_is_a_set() =>
        Assert.Equal((TimeType.SET, "XXXX-WXX-5"), (Single("وتقام الصلاة كل يوم جمعة في المسجد").Item2, Single("وتقام الصلاة كل يوم جمعة في المسجد").Item3));

    [Theory]
    [InlineData("لم يتغير شيء حتى اللحظة", "PRESENT_REF")]
    [InlineData("وهو ما لا يتوفر في الوقت الحالي", "PRESENT_REF")]
    [InlineData("كما حدث بوقت سابق", "PAST_REF")]
    [InlineData("سيحسم الأمر خلال الفترة المقبلة", "FUTURE_REF")]
    public void Vague_present_past_and_future(string text, string value) =>
        Assert.Equal(value, Single(text).Item3);

    [Theory]
    [InlineData("استعدادا للموسم الجديد", "2015/2016")]
    [InlineData("بطل الموسم الرياضي المنصرم", "2014/2015")]
    [InlineData("يغيب عن الموسم المقبل", "2016/2017")]
    public void A_sports_season_spans_two_years(string text, string value) =>
        Assert.Equal(value, Single(text, new TimeContext(new DateOnly(2015, 8, 9))).Item3);

    [Fact]
    public void Seasons_count_as_years() =>
        Assert.Equal("P1Y", Single("وقع العقد لمدة موسم واحد", new TimeContext(new DateOnly(2015, 8, 9))).Item3);

    [Fact]
    public void A_bare_month_in_a_clause_about_the_future_is_the_next_such_month()
    {
        var august = new TimeContext(new DateOnly(2015, 8, 6));
        Assert.Equal("2015-03", Single("فمنذ اشتعال الحرب في شهر مارس تغير كل شيء", august).Item3);
        Assert.Equal("2016-03", Single("ومن المقرر أن تعقد القمة في شهر مارس", august).Item3);
        Assert.Equal("2015-12", Single("ومن المقرر أن تعقد القمة في ديسمبر", august).Item3);
    }

    [Fact]
    public void Clock_minutes_may_be_a_compound_number() =>
        Assert.Contains(Find("اعتبارا من يوم الأحد الساعة الحادية عشرة وتسع وخمسين دقيقة مساء", new TimeContext(new DateOnly(2015, 7, 26))),
            t => t.Value == "2015-07-26T23:59");

    [Theory]
    [InlineData("ويقام الحفل في 27 شوال المقبل", "2015-08-12")]
    [InlineData("احتفلوا في الثاني من شوال لهذا العام", "2015-07-18")]
    public void A_hijri_day_and_month_take_the_year_next_to_the_publication(string text, string value) =>
        Assert.Contains(Find(text, new TimeContext(new DateOnly(2015, 7, 21))), t => t.Value == value);

    [Theory]
    [InlineData("حققت خسائر خلال الربع الثاني بلغت 900 مليون ريال", "2015-Q2")]
    [InlineData("القوائم المالية للربع الأول من 2015م ونشرها", "2015-Q1")]
    [InlineData("بلغت قيمة الاستثمارات للنصف الأول من العام الجاري", "2015-H1")]
    [InlineData("نشاطا متميزا في النصف الأول، إذ بلغ", "2015-H1")]
    [InlineData("أرباح الربع الرابع كانت أعلى", "2014-Q4")]
    public void Quarters_and_halves_alone_are_the_latest_begun(string text, string value) =>
        Assert.Equal(value, Single(text, new TimeContext(new DateOnly(2015, 8, 2))).Item3);

    [Fact]
    public void A_half_of_something_else_is_no_time() => Assert.Empty(Find("سجل هدفا في النصف الأول من المباراة"));

    [Fact]
    public void A_credit_line_is_no_time()
    {
        var doc = new Document("عين اليوم – متابعات\nقتل بريطاني بعد أن صعق البرق عصا السيلفي.", new ArticleMetadata { Published = new PublicationDate(new DateOnly(2015, 7, 24), null) });
        doc.SetLayer<CreditLine>([new CreditLine(new Marsad.Text.TextSpan(0, 19))]);
        new TimeStep().Run(doc);
        Assert.Empty(doc.Layer<TimeExpression>());
    }

    [Fact]
    public void A_date_in_a_dateline_is_its_date()
    {
        var doc = new Document("عين اليوم – لندن 6 أغسطس\nاستقرت أسعار الذهب.", new ArticleMetadata { Published = new PublicationDate(new DateOnly(2015, 8, 6), null) });
        doc.SetLayer<CreditLine>([new CreditLine(new Marsad.Text.TextSpan(0, 24))]);
        new TimeStep().Run(doc);
        Assert.Equal("2015-08-06", Assert.Single(doc.Layer<TimeExpression>()).Value);
    }

    [Fact]
    public void Barrels_per_day_are_a_unit_not_a_time()
    {
        Assert.Empty(Find("أن يرتفع انتاج النفط بمقدار 500 ألف برميل يوميا فور رفع العقوبات"));
        Assert.Equal(("يوميا", TimeType.SET, "P1D"), Single("ويحرص على متابعته يوميا، كما يقوم"));
    }

    [Fact]
    public void A_few_weeks_past_is_a_stretch_of_weeks() =>
        Assert.Equal(("الأسابيع القليلة الماضية", TimeType.DURATION, "PXW"), Single("تمكنت خلال الأسابيع القليلة الماضية من الإطاحة"));

    [Fact]
    public void A_weekday_in_a_clause_about_what_is_to_come_is_the_next_such_day()
    {
        var thursday = new TimeContext(new DateOnly(2015, 8, 6));
        Assert.Equal(("يوم الجمعة", TimeType.DATE, "2015-08-07"),
            Single("ويترقب المستثمرون صدور تقرير الوظائف في القطاعات غير الزراعية الأمريكية يوم الجمعة حيث", thursday));
        Assert.Equal(("يوم الجمعة", TimeType.DATE, "2015-07-31"), Single("وقال الوزير يوم الجمعة إن", thursday));
    }

    [Fact]
    public void The_end_of_a_week_is_its_weekend()
    {
        var saturday = new TimeContext(new DateOnly(2015, 8, 8));
        Assert.Equal(("نهاية الأسبوع الماضي", TimeType.DATE, "2015-W31-WE"), Single("وجاء الكشف عن التنظيم نهاية الأسبوع الماضي بعد", saturday));
        Assert.Equal(("عطلة نهاية الأسبوع المقبل", TimeType.DATE, "2015-W33-WE"), Single("تبدأ في عطلة نهاية الأسبوع المقبل", saturday));
    }

    [Fact]
    public void The_week_begins_on_sunday()
    {
        // published on Sunday 9 August 2015: last week is 2–8 August, most of it ISO week 32
        var sunday = new TimeContext(new DateOnly(2015, 8, 9));
        Assert.Equal(("الأسبوع المنصرم", TimeType.DATE, "2015-W32"), Single("وهوت الأسهم الأسبوع المنصرم لدى", sunday));
        Assert.Equal(("الأسبوع الماضي", TimeType.DATE, "2015-W31"), Single("وهوت الأسهم الأسبوع الماضي لدى", new TimeContext(new DateOnly(2015, 8, 8))));
    }

    [Fact]
    public void A_delivery_month_is_to_come()
    {
        var august = new TimeContext(new DateOnly(2015, 8, 6));
        Assert.Equal(("ديسمبر كانون الأول", TimeType.DATE, "2015-12"), Single("وارتفع سعر الذهب في العقود الأمريكية الآجلة لتسليم ديسمبر كانون الأول 0.2 في المائة", august));
    }

    [Theory]
    [InlineData("الجمعة الموافق 18 / 8 / 1436هـ ، الجمعة الموافق 25 / 8 / 1436هـ", "الجمعة الموافق 18 / 8 / 1436هـ", "2015-06-05")]
    [InlineData("قبل شروق شمس الأربعاء المقبل 12 أغسطس إضافة", "الأربعاء المقبل 12 أغسطس", "2015-08-12")]
    [InlineData("منذ دخوله يوم الخميس الموافق 21 شوال من عام 1436هـ ، وفرق", "يوم الخميس الموافق 21 شوال من عام 1436هـ", "2015-08-06")]
    public void A_weekday_and_the_date_written_after_it_are_one_day(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Find(text, new TimeContext(new DateOnly(2015, 8, 9)))[0]);

    [Fact]
    public void A_date_in_parentheses_after_a_weekday_is_an_aside_of_its_own() =>
        Assert.Equal(["اليوم الأحد", "19 يوليو"], Find("قال نتنياهو اليوم الأحد (19 يوليو) إن", new TimeContext(new DateOnly(2015, 7, 21))).Select(t => t.Text));

    [Fact]
    public void Earlier_before_a_period_is_that_period() =>
        Assert.Equal(("هذا الشهر", TimeType.DATE, "2015-07"), Single("وكانت الحكومة أعلنت في وقت سابق هذا الشهر أنها", new TimeContext(new DateOnly(2015, 7, 23))));

    [Fact]
    public void A_period_up_to_now_is_the_period() =>
        Assert.Equal(("بداية العام وحتى الآن", TimeType.DATE, "2015"), Single("مقارنة مع 59 دولاراً منذ بداية العام وحتى الآن", new TimeContext(new DateOnly(2015, 7, 31))));

    [Theory]
    [InlineData("بدءًا من مطلع القرن الماضي كان هناك", "مطلع القرن الماضي", "19")]
    [InlineData("ونشأ في أواسط القرن التاسع عشر في أوروبا", "أواسط القرن التاسع عشر", "18")]
    public void A_century_is_the_first_two_digits_of_its_years(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text, new TimeContext(new DateOnly(2015, 8, 7))));

    [Fact]
    public void A_part_of_the_bare_year_is_a_part_of_this_year()
    {
        Assert.Equal(("بنهاية العام", TimeType.DATE, "2015"), Single("أن تتعافى أسعار النفط لترتفع بنهاية العام وتشهد", new TimeContext(new DateOnly(2015, 7, 31))));
        Assert.Empty(Find("وصل الفريق في نهاية الأسبوع إلى", new TimeContext(new DateOnly(2015, 7, 31))));
    }

    [Fact]
    public void Four_digits_after_the_hour_noun_with_a_time_zone_are_a_clock_time() =>
        Assert.Equal(("الساعة 1404 بتوقيت جرينتش", TimeType.TIME, "2015-08-06T14:04"), Single("إلى 1086.56 دولار للأوقية بحلول الساعة 1404 بتوقيت جرينتش.", new TimeContext(new DateOnly(2015, 8, 6))));

    [Theory]
    [InlineData("خلال الأشهر الستة الأولى من العام الجاري، حيث", "الأشهر الستة الأولى من العام الجاري", "2015-H1")]
    [InlineData("في الربع الأخير من العام الماضي", "الربع الأخير من العام الماضي", "2014-Q4")]
    public void The_first_or_last_months_of_a_year_are_its_half_or_quarter(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text, new TimeContext(new DateOnly(2015, 8, 6))));

    [Theory]
    [InlineData("فمنذ اشتعال الحرب في مارس، ووسائل الإعلام", "مارس", "2015-03")]
    public void A_month_that_is_also_a_word_is_a_month_after_a_preposition(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text, new TimeContext(new DateOnly(2015, 7, 24))));

    [Theory]
    [InlineData("وقال بلان بعد فوز سان جرمان على مانشستر يونايتد 2-صفر في")]
    [InlineData("وكانت معركة بدر في هذا الشهر الكريم يوم الفرقان")]
    [InlineData("انتقال دي ماريا الى فريقه بات قريبا من الحسم")]
    [InlineData("السيد حلاق، وهو شاب في العشرينات من عمره، قرر")]
    [InlineData("تعيين عبدالرحمن بن سعيد بن محمد الجمعة على وظيفة")]
    [InlineData("ومنع إقامة الجمعة وصلاة العيد فيها")]
    [InlineData("وقال مدير الإدارة لـ«اليوم»: إن المشروع")]
    public void Words_that_only_look_like_times_are_none(string text) =>
        Assert.Empty(Find(text, new TimeContext(new DateOnly(2015, 8, 1))));

    [Fact]
    public void What_went_before_is_the_past() =>
        Assert.Equal(("فيما سبق", TimeType.DATE, "PAST_REF"), Single("مشيرا الى امتناع الروس فيما سبق عن التعاون"));

    [Theory]
    [InlineData("أقام أفراد القبيلة عيدهم هذا العام 1436هـ بمكة", "هذا العام 1436هـ", "2015")]
    [InlineData("عن العام المالي ( 1433 / 1434هـ ) ، وقد", "1433 / 1434هـ", "2011/2012")]
    public void Hijri_years_with_this_year_or_in_a_span(string text, string surface, string value) =>
        Assert.Equal((surface, TimeType.DATE, value), Single(text, new TimeContext(new DateOnly(2015, 7, 25))));
}
