using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Tests;

public class ArticleWordsTests
{
    private static (Document Doc, ArticleWords Words, IReadOnlyList<Token> Tokens) Tokenized(string text)
    {
        var doc = new Document(text);
        new TokenizeStep().Run(doc);
        return (doc, ArticleWords.Of(doc), doc.Layer<Token>());
    }

    [Fact]
    public void The_tokenize_step_writes_each_tokens_folded_key_once()
    {
        var (doc, words, tokens) = Tokenized("وقالت الأمم المتحدة، في 2023: «للسعودية» دور.");
        Assert.Same(words, doc.Layer<ArticleWords>().Single());
        Assert.Equal(tokens.Count, words.Count);
        for (int i = 0; i < tokens.Count; i++)
            Assert.Equal(ArabicFolder.Fold(doc.Text.AsSpan(tokens[i].Start, tokens[i].Span.Length)), words.Key(i).ToString());
    }

    [Fact]
    public void Arabic_words_carry_their_proclitic_readings_and_other_tokens_only_themselves()
    {
        var (doc, words, tokens) = Tokenized("للسعودية، 2023 وبالقاهرة");
        string Stems(int i) => string.Join(" ", words.Readings(i).ToArray().Select(r => words.Key(i)[r.Start..].ToString()));
        Assert.Equal("للسعوديه لسعوديه سعوديه", Stems(0));
        Assert.True(words.Readings(0)[2].RestoresAlef);
        int number = tokens.ToList().FindIndex(t => t.Kind == TokenKind.Number);
        Assert.Equal(1, words.Readings(number).Length);
        Assert.Equal("وبالقاهره بالقاهره القاهره قاهره", Stems(tokens.Count - 1));
    }
}
