using Marsad.Text;

namespace Marsad.Text.Tests;

public class TokenizerTests
{
    private static string[] Surface(string text) => Tokenizer.Tokenize(text).Select(t => t.Span.Slice(text)).ToArray();

    [Fact]
    public void Missing_space_after_full_stop_still_splits() => Assert.Equal(["واسع", ".", "ولكن"], Surface("واسع.ولكن"));

    [Fact]
    public void Article_glued_to_digits_or_latin_is_its_own_token()
    {
        Assert.Equal(["الـ", "6"], Surface("الـ6"));
        Assert.Equal(["الـ", "CIA"], Surface("الـCIA"));
    }

    [Fact]
    public void Numbers_keep_their_separators()
    {
        Assert.Equal(["26،013.94", "1,500", "٣٫٥"], Surface("26،013.94 1,500 ٣٫٥"));
        Assert.Equal(["1992", "،", "1994"], Surface("1992، 1994"));
    }
}
