using Marsad.Analysis.Pipeline;
using Marsad.Knowledge.Outlets;
using Marsad.Text;

namespace Marsad.Analysis.Structure;

/// <summary>Paragraphs, subheadings, credit lines, outlet furniture (boilerplate) and the source chain.</summary>
public sealed class StructureStep(OutletTable outlets) : IAnalysisStep
{
    private readonly CreditLineReader _credits = new(outlets);

    public string Name => "structure";
    public IReadOnlyList<Type> Requires => [];
    public IReadOnlyList<Type> Optional => [];
    public IReadOnlyList<Type> Produces => [typeof(Paragraph), typeof(Section), typeof(CreditLine), typeof(Boilerplate), typeof(SourceChain)];

    public void Run(Document document)
    {
        string text = document.Text;
        var lines = LineScanner.Lines(text);
        var credits = _credits.Read(text, lines);
        var creditSpans = credits.Select(c => c.Line).OrderBy(s => s.Start).ToList();
        var creditLines = new HashSet<TextSpan>(creditSpans.Where(s => lines.Contains(s)));
        // Furniture a credit already covers (a footer naming the outlet) stays the credit's.
        var furniture = FurnitureFinder.Find(text, lines).Where(f => !creditSpans.Any(c => c.Start <= f.Start && f.End <= c.End)).ToList();
        var notProse = new HashSet<TextSpan>(creditLines);
        notProse.UnionWith(furniture.Where(f => lines.Contains(f)));
        var sections = SectionFinder.Find(text, lines, notProse);
        var sectionSet = sections.ToHashSet();

        document.SetLayer(lines.Where(l => !sectionSet.Contains(l) && !notProse.Contains(l)).Select(l => new Paragraph(l)).ToArray());
        document.SetLayer(sections.Select(s => new Section(s)).ToArray());
        document.SetLayer(creditSpans.Select(s => new CreditLine(s)).ToArray());
        document.SetLayer(furniture.Select(s => new Boilerplate(s)).ToArray());
        document.SetLayer<SourceChain>(_credits.Resolve(text, document.Metadata, credits) is { } chain ? [chain] : []);
    }
}
