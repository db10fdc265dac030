using Marsad.Text;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>A hand-annotated quote: content span, kind, and who said it (an entity key or a name as written; null for an unnamed source).</summary>
public sealed record GoldQuote(TextSpan Span, string Kind, string? Speaker, bool Optional = false, EntityType SpeakerType = EntityType.PER);

/// <summary>
/// Scores predicted quotes as ../shared/spec/score.py does: a prediction matches a gold quote when they overlap by
/// at least half of each; optional gold quotes are neither credited nor missed. The speaker is judged by the caller.
/// </summary>
public static class QuoteScore
{
    public sealed record Result(int Tp, int Fp, int Fn, int SpeakersRight, List<string> Errors)
    {
        public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
        public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double SpeakerAccuracy => Tp + Fn == 0 ? 1 : (double)SpeakersRight / (Tp + Fn);
        public override string ToString() => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} (tp {Tp}, fp {Fp}, fn {Fn}); speakers {SpeakerAccuracy:F2} ({SpeakersRight}/{Tp + Fn})";
        public static Result operator +(Result a, Result b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn, a.SpeakersRight + b.SpeakersRight, [.. a.Errors, .. b.Errors]);
    }

    public static Result Score(string text, IReadOnlyList<Quote> predicted, IReadOnlyList<GoldQuote> gold, Func<Quote, GoldQuote, bool> speakerRight,
        Func<string, string>? nameOf = null)
    {
        nameOf ??= id => id;
        var used = new HashSet<int>();
        int tp = 0, fp = 0, spk = 0;
        var errors = new List<string>();
        foreach (var q in predicted)
        {
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < gold.Count; i++)
            {
                int o = q.Span.OverlapLength(gold[i].Span);
                if (!used.Contains(i) && o * 2 >= gold[i].Span.Length && o * 2 >= q.Span.Length && o > bestOverlap) { best = i; bestOverlap = o; }
            }
            if (best < 0) { fp++; errors.Add($"FP {q.Kind} «{Clip(q.Span.Slice(text))}»"); continue; }
            used.Add(best);
            if (gold[best].Optional) continue;
            tp++;
            if (speakerRight(q, gold[best])) spk++;
            else errors.Add($"SPEAKER {(q.SpeakerId is { } id ? nameOf(id) : q.SpeakerKind ?? "null")} ≠ {gold[best].Speaker ?? "null"} «{Clip(q.Span.Slice(text))}»");
        }
        int fn = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            if (gold[i].Optional || used.Contains(i)) continue;
            fn++;
            errors.Add($"FN {gold[i].Kind} «{Clip(gold[i].Span.Slice(text))}»");
        }
        return new Result(tp, fp, fn, spk, errors);
    }

    private static string Clip(string s) => s.Length <= 70 ? s : s[..70] + "…";
}
