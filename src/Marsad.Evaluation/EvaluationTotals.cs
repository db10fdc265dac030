using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Evaluation;

/// <summary>True positives, false positives and false negatives of one layer, summed over articles (micro-average).</summary>
public sealed class Prf
{
    public int Tp { get; private set; }
    public int Fp { get; private set; }
    public int Fn { get; private set; }

    public void Add(int tp, int fp, int fn) { Tp += tp; Fp += fp; Fn += fn; }

    // score.py: nothing to find and nothing claimed is perfect
    public double Precision => Tp + Fp + Fn == 0 ? 1 : Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : 0;
    public double Recall => Tp + Fp + Fn == 0 ? 1 : Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 0;
    public double F1 => Tp + Fp + Fn == 0 ? 1 : Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>One miss or false hit, for `--errors`.</summary>
public sealed record EvaluationError(string Doc, string Layer, string Kind, int Start, int End, string Text, string Detail);

/// <summary>
/// The counts of every layer over one or more articles. Ratios are micro-averages (counts summed first), so an
/// article with many quotes weighs more than one with few; for one article they are exactly score.py's figures.
/// </summary>
public sealed class EvaluationTotals
{
    public int Articles { get; set; }
    public Prf Mentions { get; } = new();
    public Prf MentionsTyped { get; } = new();
    public int EntitiesNeeded { get; set; }
    public int EntitiesFound { get; set; }
    public int EntitiesNamed { get; set; }
    public double MentionsGathered { get; set; }
    public int References { get; set; }
    public int ReferencesResolved { get; set; }
    /// <summary>References the analysis gives; of them those on a gold reference or name of their entity, and those on none.</summary>
    public int ReferencesGiven { get; set; }
    public int ReferencesGivenRight { get; set; }
    public int ReferencesNotInGold { get; set; }
    public Prf Quotes { get; } = new();
    public int SpeakersRight { get; set; }
    public int SpeakersOf { get; set; }
    public Prf Times { get; } = new();
    public int TimeValuesRight { get; set; }
    public int TimeValuesOf { get; set; }
    public Prf Quantities { get; } = new();
    public int QuantityValuesRight { get; set; }
    public int QuantityValuesOf { get; set; }
    public Prf Events { get; } = new();
    public Prf Sections { get; } = new();
    public int SourceArticles { get; set; }
    public int PublisherRight { get; set; }
    public int OriginRight { get; set; }

    private static double Ratio(double n, int of) => of == 0 ? 1 : n / of;

    public double EntitiesFoundRatio => Ratio(EntitiesFound, EntitiesNeeded);
    public double EntitiesNamedRatio => Ratio(EntitiesNamed, EntitiesNeeded);
    public double MentionsGatheredRatio => Ratio(MentionsGathered, EntitiesNeeded);
    public double ReferencesRatio => Ratio(ReferencesResolved, References);
    public double SpeakersRatio => Ratio(SpeakersRight, SpeakersOf);
    public double TimeValuesRatio => Ratio(TimeValuesRight, TimeValuesOf);
    public double QuantityValuesRatio => Ratio(QuantityValuesRight, QuantityValuesOf);
    public double PublisherRatio => Ratio(PublisherRight, SourceArticles);
    public double OriginRatio => Ratio(OriginRight, SourceArticles);

    /// <summary>The report in score.py's words and layout; for several articles the source line gives counts.</summary>
    public string Report()
    {
        static string F(double x) => x.ToString("F2", CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        void Line(string s) => sb.Append(s).Append('\n');
        if (Articles != 1) Line($"articles           {Articles}");
        Line($"name mentions      P {F(Mentions.Precision)} R {F(Mentions.Recall)} F1 {F(Mentions.F1)}  (tp {Mentions.Tp}, fp {Mentions.Fp}, fn {Mentions.Fn}); typed F1 {F(MentionsTyped.F1)}");
        Line($"entities           found {F(EntitiesFoundRatio)}  canonical name right {F(EntitiesNamedRatio)}  mentions gathered {F(MentionsGatheredRatio)}");
        Line($"references         resolved {F(ReferencesRatio)} ({ReferencesResolved}/{References})");
        Line($"quotes             P {F(Quotes.Precision)} R {F(Quotes.Recall)} F1 {F(Quotes.F1)}  (tp {Quotes.Tp}, fp {Quotes.Fp}, fn {Quotes.Fn})");
        Line($"speakers           right {F(SpeakersRatio)} ({SpeakersRight}/{SpeakersOf})");
        Line($"times              F1 {F(Times.F1)} (tp {Times.Tp}, fp {Times.Fp}, fn {Times.Fn}); values right {F(TimeValuesRatio)}");
        Line($"quantities         F1 {F(Quantities.F1)} (tp {Quantities.Tp}, fp {Quantities.Fp}, fn {Quantities.Fn}); values right {F(QuantityValuesRatio)}");
        Line($"events (PLOVER)    P {F(Events.Precision)} R {F(Events.Recall)} F1 {F(Events.F1)}  (tp {Events.Tp}, fp {Events.Fp}, fn {Events.Fn})");
        Line($"sections           F1 {F(Sections.F1)}");
        if (Articles == 1)
            Line($"source chain       publisher {(PublisherRight == 1 ? "right" : "wrong")}, origin {(OriginRight == 1 ? "right" : "wrong")}");
        else
            Line($"source chain       publisher right {F(PublisherRatio)} ({PublisherRight}/{SourceArticles}), origin right {F(OriginRatio)} ({OriginRight}/{SourceArticles})");
        return sb.ToString();
    }

    /// <summary>The headline figure of every layer, by name: what the baseline keeps and the regression floor compares.</summary>
    public IReadOnlyDictionary<string, double> Figures() => new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["mentions.f1"] = Mentions.F1,
        ["mentions.typedF1"] = MentionsTyped.F1,
        ["entities.found"] = EntitiesFoundRatio,
        ["entities.named"] = EntitiesNamedRatio,
        ["references.resolved"] = ReferencesRatio,
        ["quotes.f1"] = Quotes.F1,
        ["speakers.right"] = SpeakersRatio,
        ["times.f1"] = Times.F1,
        ["times.valuesRight"] = TimeValuesRatio,
        ["quantities.f1"] = Quantities.F1,
        ["quantities.valuesRight"] = QuantityValuesRatio,
        ["events.precision"] = Events.Precision,
        ["events.f1"] = Events.F1,
        ["sections.f1"] = Sections.F1,
        ["source.publisher"] = PublisherRatio,
        ["source.origin"] = OriginRatio,
    };

    /// <summary>Figures and the counts behind them, as JSON (`--json`).</summary>
    public string ToJson()
    {
        static JsonObject P(Prf p) => new() { ["p"] = Math.Round(p.Precision, 4), ["r"] = Math.Round(p.Recall, 4), ["f1"] = Math.Round(p.F1, 4), ["tp"] = p.Tp, ["fp"] = p.Fp, ["fn"] = p.Fn };
        var o = new JsonObject
        {
            ["articles"] = Articles,
            ["mentions"] = P(Mentions),
            ["mentionsTyped"] = P(MentionsTyped),
            ["entities"] = new JsonObject { ["needed"] = EntitiesNeeded, ["found"] = EntitiesFound, ["named"] = EntitiesNamed },
            ["references"] = new JsonObject
            {
                ["resolved"] = ReferencesResolved, ["of"] = References,
                ["given"] = ReferencesGiven, ["givenRight"] = ReferencesGivenRight, ["givenNotInGold"] = ReferencesNotInGold,
            },
            ["quotes"] = P(Quotes),
            ["speakers"] = new JsonObject { ["right"] = SpeakersRight, ["of"] = SpeakersOf },
            ["times"] = P(Times),
            ["timeValues"] = new JsonObject { ["right"] = TimeValuesRight, ["of"] = TimeValuesOf },
            ["quantities"] = P(Quantities),
            ["quantityValues"] = new JsonObject { ["right"] = QuantityValuesRight, ["of"] = QuantityValuesOf },
            ["events"] = P(Events),
            ["sections"] = P(Sections),
            ["source"] = new JsonObject { ["publisherRight"] = PublisherRight, ["originRight"] = OriginRight, ["of"] = SourceArticles },
            ["figures"] = new JsonObject(Figures().Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(Math.Round(f.Value, 4))))),
        };
        return o.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
