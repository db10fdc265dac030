using Marsad.Text.Lexicons;

namespace Marsad.Text.Tests.Lexicons;

public class LexiconReaderTests
{
    [Fact]
    public void Comments_and_empty_lines_are_skipped_and_rows_keep_their_line_numbers()
    {
        const string text = "# source: written for Marsad\r\n\r\nقال\tSAY\r\n   \n# a comment\nأكد\tSAY\n";
        var rows = LexiconReader.Rows(text, "verbs.tsv", 2).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("قال", "SAY", 3), (rows[0][0], rows[0][1], rows[0].Line));
        Assert.Equal(("أكد", 6), (rows[1][0], rows[1].Line));
        Assert.Equal("verbs.tsv", rows[1].Source);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_names_the_source_and_line()
    {
        var e = Assert.Throws<FormatException>(() => LexiconReader.Rows("# h\nقال\tSAY\nأكد\n", "verbs.tsv", 2).ToList());
        Assert.Equal("verbs.tsv:3: expected 2 tab-separated columns, found 1", e.Message);
        e = Assert.Throws<FormatException>(() => LexiconReader.Rows("a\tb\tc\td\n", "units.tsv", 2, 3).ToList());
        Assert.StartsWith("units.tsv:1: expected 2 to 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_cells_are_empty_when_a_row_is_short_and_errors_name_the_line()
    {
        var row = LexiconReader.Rows("x\ty\n", "t.tsv", 2, 3).Single();
        Assert.Equal("", row.Optional(2));
        Assert.Equal("t.tsv:1: bad", row.Error("bad").Message);
    }

    [Fact]
    public void Word_lists_are_trimmed_and_comments_go_to_the_callback()
    {
        Assert.Equal(["فلسطين", "وليد"], LexiconReader.Words("# header\n فلسطين \nوليد\n", "w.txt"));
        var comments = new List<string>();
        _ = LexiconReader.Rows("# Source: CLDR\n#x\na\n", "t.tsv", 1, 1, comments.Add).ToList();
        Assert.Equal(["Source: CLDR", "x"], comments);
    }

    [Fact]
    public void A_missing_resource_is_named()
    {
        var e = Assert.Throws<InvalidOperationException>(() => LexiconReader.ReadResource(typeof(LexiconReader).Assembly, "Marsad.Text.nothing.tsv"));
        Assert.Contains("Marsad.Text.nothing.tsv", e.Message, StringComparison.Ordinal);
    }
}
