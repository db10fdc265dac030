using Marsad.Analysis.Pipeline;
using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>Reported speech and its speakers (the Quote layer); speakers are entities of the Entity layer.</summary>
public sealed class QuoteStep : IAnalysisStep
{
    public string Name => "quotes";
    public IReadOnlyList<Type> Requires => [typeof(Token), typeof(Sentence), typeof(Paragraph), typeof(Section), typeof(Entity)];
    public IReadOnlyList<Type> Optional => [];
    public IReadOnlyList<Type> Produces => [typeof(Quote)];

    public void Run(Document document) => document.SetLayer<Quote>(QuoteFinder.Find(document));
}
