namespace Marsad.Text.Tests;

/// <summary>One test per folding rule: on, the key is folded; with that rule switched off, it is not.</summary>
public class ArabicFolderTests
{
    private static void Folds(string surface, string key, FoldOptions rule)
    {
        Assert.Equal(key, ArabicFolder.Fold(surface, rule));
        Assert.NotEqual(key, ArabicFolder.Fold(surface, FoldOptions.Matching & ~rule)); // the rule is switchable
    }

    [Fact] public void Lam_alef_ligature_expands() => Folds("ﻻ", "لا", FoldOptions.PresentationForms);
    [Fact] public void Allah_ligature_expands() => Folds("ﷲ", "الله", FoldOptions.PresentationForms);
    [Fact] public void Contextual_letter_forms_become_letters() => Folds("ﺑﻴﺮﻭﺕ", "بيروت", FoldOptions.PresentationForms);
    [Fact] public void Harakat_and_shadda_are_dropped() => Folds("مُحَمَّدٌ", "محمد", FoldOptions.Diacritics);
    [Fact] public void Dagger_alef_is_dropped() => Folds("هٰذا", "هذا", FoldOptions.Diacritics);
    [Fact] public void Tatweel_is_dropped() => Folds("الـرياض", "الرياض", FoldOptions.Tatweel);
    [Fact] public void Left_to_right_and_right_to_left_marks_are_dropped() => Folds("غزة\u200E\u200F", "غزة", FoldOptions.FormatMarks);
    [Fact] public void Arabic_letter_mark_is_dropped() => Folds("\u061Cغزة", "غزة", FoldOptions.FormatMarks);
    [Fact] public void Bidi_embeddings_and_overrides_are_dropped() => Folds("\u202Aغزة\u202B\u202C\u202D\u202E", "غزة", FoldOptions.FormatMarks);
    [Fact] public void Bidi_isolates_are_dropped() => Folds("\u2066غزة\u2067\u2068\u2069", "غزة", FoldOptions.FormatMarks);
    [Fact] public void Zero_width_non_joiner_is_dropped() => Folds("مي\u200Cخواهم", "ميخواهم", FoldOptions.FormatMarks);
    [Fact] public void Hamza_on_alef_becomes_bare_alef() => Folds("أحمد", "احمد", FoldOptions.AlefForms);
    [Fact] public void Hamza_under_alef_becomes_bare_alef() => Folds("إسرائيل", "اسرائيل", FoldOptions.AlefForms);
    [Fact] public void Alef_madda_becomes_bare_alef() => Folds("آسيا", "اسيا", FoldOptions.AlefForms);
    [Fact] public void Alef_wasla_becomes_bare_alef() => Folds("ٱلله", "الله", FoldOptions.AlefForms);
    [Fact] public void Alef_maksura_becomes_yeh() => Folds("مصطفى", "مصطفي", FoldOptions.AlefMaksura);
    [Fact] public void Teh_marbuta_becomes_heh() => Folds("فاطمة", "فاطمه", FoldOptions.TehMarbuta);
    [Fact] public void Hamza_on_waw_becomes_waw() => Folds("مؤتمر", "موتمر", FoldOptions.HamzaSeats);
    [Fact] public void Hamza_on_yeh_becomes_yeh() => Folds("رئيس", "رييس", FoldOptions.HamzaSeats);
    [Fact] public void Persian_yeh_becomes_arabic_yeh() => Folds("ایران", "ايران", FoldOptions.PersianLetters);
    [Fact] public void Persian_keheh_becomes_kaf() => Folds("کابل", "كابل", FoldOptions.PersianLetters);
    [Fact] public void Persian_ae_becomes_heh() => Folds("خامنە", "خامنه", FoldOptions.PersianLetters);
    [Fact] public void Arabic_indic_digits_become_ascii() => Folds("٢٠١٥", "2015", FoldOptions.Digits);
    [Fact] public void Persian_digits_become_ascii() => Folds("۱۳۹۴", "1394", FoldOptions.Digits);
    [Fact] public void Arabic_decimal_and_thousands_separators_become_ascii() => Folds("٢٦٬٠١٣٫٩٤", "26,013.94", FoldOptions.Digits);
    [Fact] public void Elongated_letters_collapse() => Folds("وجيييه", "وجيه", FoldOptions.Elongation);
    [Fact] public void Latin_is_lower_cased() => Folds("CIA", "cia", FoldOptions.LowerCaseLatin);

    [Fact]
    public void Double_letters_are_not_elongation()
    {
        Assert.Equal("ممثل", ArabicFolder.Fold("ممثل"));
        Assert.Equal("الليل", ArabicFolder.Fold("الليل"));
    }

    [Fact]
    public void Every_rule_together_is_the_matching_key() =>
        Assert.Equal("الامم المتحده", ArabicFolder.Fold("الأُمَـمُ\u200F المُتّحِدة"));

    [Fact]
    public void Key_only_fold_and_mapped_fold_agree()
    {
        const string text = "ﻻ يزال الـرئيسُ\u200F في مؤتمرٍ وجيييه ﷲ ٢٠١٥";
        Assert.Equal(ArabicFolder.Fold(text), ArabicFolder.FoldWithMap(text).Key);
    }

    [Fact]
    public void Destination_too_small_for_a_ligature_is_refused()
    {
        var destination = new char[1];
        Assert.Throws<ArgumentException>(() => ArabicFolder.Fold("ﷲ", destination));
    }
}
