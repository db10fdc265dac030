using Marsad.Analysis.Pipeline;
using Marsad.Knowledge.Outlets;
using Marsad.Text;

namespace Marsad.Analysis.Structure;

/// <summary>Paragraphs, subheadings, credit lines and the source chain.</summary>
public sealed class StructureStep(OutletTable outlets) : IAnalysisStep
{
    private readonly CreditLineReader _credits = new(outlets);

    public string Name => "structure";
    public IReadOnlyList<Type> Requires => [];
    public IReadOnlyList<Type> Optional => [];
    public IReadOnlyList<Type> Produces => [typeof(Paragraph), typeof(Section), typeof(CreditLine), typeof(SourceChain)];

    public void Run(Document document)
    {
        string text = document.Text;
        var lines = LineScanner.Lines(text);
        var credits = _credits.Read(text, lines);
        var creditSpans = credits.Select(c => c.Line).OrderBy(s => s.Start).ToList();
        var creditLines = new HashSet<TextSpan>(creditSpans.Where(s => lines.Contains(s)));
        var sections = SectionFinder.Find(text, lines, creditLines);
        var sectionSet = sections.ToHashSet();

        document.SetLayer(lines.Where(l => !sectionSet.Contains(l) && !creditLines.Contains(l)).Select(l => new Paragraph(l)).ToArray());
        document.SetLayer(sections.Select(s => new Section(s)).ToArray());
        document.SetLayer(creditSpans.Select(s => new CreditLine(s)).ToArray());
        document.SetLayer<SourceChain>(_credits.Resolve(text, document.Metadata, credits) is { } chain ? [chain] : []);
    }
}
