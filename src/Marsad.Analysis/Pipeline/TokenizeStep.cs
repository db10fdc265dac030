using Marsad.Text;

namespace Marsad.Analysis.Pipeline;

/// <summary>Tokens, sentences and the words layer (folded keys and proclitic readings): the layers every later step reads.</summary>
public sealed class TokenizeStep : IAnalysisStep
{
    public string Name => "tokenize";
    public IReadOnlyList<Type> Requires => [];
    public IReadOnlyList<Type> Optional => [];
    public IReadOnlyList<Type> Produces => [typeof(Token), typeof(Sentence), typeof(ArticleWords)];

    public void Run(Document document)
    {
        var tokens = Tokenizer.Tokenize(document.Text);
        var sentences = SentenceSplitter.Split(document.Text, tokens);
        document.SetLayer<Token>(tokens);
        document.SetLayer(Array.ConvertAll(sentences, s => new Sentence(s)));
        document.SetLayer<ArticleWords>([ArticleWords.Build(document.Text, tokens)]);
    }
}
