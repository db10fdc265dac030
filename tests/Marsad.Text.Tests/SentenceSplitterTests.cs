namespace Marsad.Text.Tests;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToArray();

    [Fact] public void Full_stop() => Assert.Equal(["وصل الوفد.", "وبدأت المحادثات."], Sentences("وصل الوفد. وبدأت المحادثات."));

    [Fact] public void Exclamation_and_question_marks() => Assert.Equal(["يا له من يوم!", "هل انتهى؟", "Why?", "نعم"], Sentences("يا له من يوم! هل انتهى؟ Why? نعم"));

    [Fact] public void Ellipsis() => Assert.Equal(["وانتظر الجميع…", "ثم عاد."], Sentences("وانتظر الجميع… ثم عاد."));

    [Fact] public void Line_breaks() => Assert.Equal(["عنوان الخبر", "نص الخبر"], Sentences("عنوان الخبر\nنص الخبر"));

    [Fact] public void Missing_space_after_full_stop() => Assert.Equal(["الانتشار واسع.", "ولكن الخطر قائم"], Sentences("الانتشار واسع.ولكن الخطر قائم"));

    [Fact] public void Doctor_abbreviation() => Assert.Equal(["قال د. محمد إن الوضع مستقر."], Sentences("قال د. محمد إن الوضع مستقر."));

    [Fact] public void Professor_doctor_abbreviation() => Assert.Equal(["وأوضح أ.د. خالد أن النتائج جيدة."], Sentences("وأوضح أ.د. خالد أن النتائج جيدة."));

    [Fact] public void Engineer_abbreviation() => Assert.Equal(["وأكد م. سامي أن المشروع اكتمل."], Sentences("وأكد م. سامي أن المشروع اكتمل."));

    [Fact] public void Po_box_abbreviation() => Assert.Equal(["يراسل على ص.ب. 1234 الرياض."], Sentences("يراسل على ص.ب. 1234 الرياض."));

    [Fact] public void Before_christ_abbreviation_inside_a_sentence() => Assert.Equal(["بنيت عام 500 ق.م وما زالت قائمة."], Sentences("بنيت عام 500 ق.م وما زالت قائمة."));

    [Fact] public void Initials() => Assert.Equal(["وقال ع. موسى إن الاجتماع تأجل."], Sentences("وقال ع. موسى إن الاجتماع تأجل."));

    [Fact] public void Latin_initials() => Assert.Equal(["George W. Bush spoke."], Sentences("George W. Bush spoke."));

    [Fact] public void Dotted_acronym() => Assert.Equal(["وقال لشبكة ان.بي.سي إنه سيعود."], Sentences("وقال لشبكة ان.بي.سي إنه سيعود."));

    [Fact] public void Hijri_year_marker_ends_the_sentence() => Assert.Equal(["صدر في 4 - 7 - 1432هـ.", "وبدأ العمل."], Sentences("صدر في 4 - 7 - 1432هـ. وبدأ العمل."));

    [Fact] public void Gregorian_year_marker_ends_the_sentence() => Assert.Equal(["ولد عام 1950 م.", "ثم هاجر."], Sentences("ولد عام 1950 م. ثم هاجر."));

    [Fact] public void Morning_marker_after_an_hour_ends_the_sentence() => Assert.Equal(["يبدأ الدوام الساعة 8 ص.", "وينتهي ظهرا."], Sentences("يبدأ الدوام الساعة 8 ص. وينتهي ظهرا."));

    [Fact] public void Page_abbreviation_before_a_number_does_not_end_the_sentence() => Assert.Equal(["انظر ص. 12 من التقرير."], Sentences("انظر ص. 12 من التقرير."));

    [Fact] public void Before_christ_marker_after_a_year_ends_the_sentence() => Assert.Equal(["بنيت عام 500 ق.م.", "ثم هدمت."], Sentences("بنيت عام 500 ق.م. ثم هدمت."));

    [Fact] public void Decimals_do_not_split() => Assert.Equal(["شردت الكوارث 26.5 مليون شخص.", "وهذا كثير."], Sentences("شردت الكوارث 26.5 مليون شخص. وهذا كثير."));

    [Fact]
    public void A_quotation_runs_past_its_full_stop() =>
        Assert.Equal(["قال: «الوضع صعب. لكننا سنواصل» وغادر.", "ثم عاد."], Sentences("قال: «الوضع صعب. لكننا سنواصل» وغادر. ثم عاد."));

    [Fact]
    public void An_ascii_quotation_runs_past_its_full_stop() =>
        Assert.Equal(["وقال \"أود ذلك. علينا العمل\"، في إشارة إلى سوريا."], Sentences("وقال \"أود ذلك. علينا العمل\"، في إشارة إلى سوريا."));

    [Fact]
    public void A_full_stop_right_before_the_closing_quote_ends_the_sentence_after_the_quote() =>
        Assert.Equal(["قال: «انتهى الأمر.»", "ثم غادر."], Sentences("قال: «انتهى الأمر.» ثم غادر."));

    [Fact]
    public void A_full_stop_after_an_ascii_quote_ends_the_sentence() =>
        Assert.Equal(["فان \"القوات استخدمت القوة\".", "وتحدث عن تفاصيل."], Sentences("فان \"القوات استخدمت القوة\". وتحدث عن تفاصيل."));

    [Fact]
    public void A_quote_that_never_closes_does_not_swallow_the_line() =>
        Assert.Equal(["قال «الوضع صعب.", "ثم غادر."], Sentences("قال «الوضع صعب. ثم غادر."));

    [Fact]
    public void Numbered_list_items() => Assert.Equal(["1. البند الأول", "2. البند الثاني"], Sentences("1. البند الأول\n2. البند الثاني"));

    [Fact]
    public void Dashed_list_items() => Assert.Equal(["2- إن المرجعيات عامة.", "3- لا يمكن الرد."], Sentences("2- إن المرجعيات عامة.\n3- لا يمكن الرد."));

    [Fact]
    public void Closing_brackets_stay_with_their_sentence() => Assert.Equal(["(انتهى.)", "وبعد"], Sentences("(انتهى.) وبعد"));
}
