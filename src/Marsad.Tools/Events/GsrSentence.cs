using System.Net;
using System.Text.RegularExpressions;

namespace Marsad.Tools.Events;

/// <summary>
/// One gold sentence of the UniversalPetrarch Arabic validation file: the sentence, its PLOVER category, and the
/// annotated trigger, actor (sourcetext) and recipient (targettext) as strings (their words may be out of order).
/// </summary>
public sealed record GsrSentence(string Id, string Category, string Text, string Trigger, string Actor, string Recipient);

/// <summary>
/// Reads arabic_gsr_validation_18-11-14.xml: &lt;Sentence category=…&gt; with &lt;EventText eventtext= sourcetext=
/// targettext=&gt;, &lt;EventCoding plover=…&gt; and &lt;Text&gt;. Read by pattern rather than as XML because the file is
/// not well-formed everywhere; the CoNLL-U parse is ignored.
/// </summary>
public static partial class GsrReader
{
    [GeneratedRegex("<Sentence ([^>]*)>(.*?)</Sentence>", RegexOptions.Singleline)]
    private static partial Regex SentenceRx();

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex AttributeRx();

    [GeneratedRegex("<EventText ([^>]*)/>")]
    private static partial Regex EventTextRx();

    [GeneratedRegex("<EventCoding ([^>]*)/>")]
    private static partial Regex EventCodingRx();

    [GeneratedRegex("<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextRx();

    public static List<GsrSentence> Parse(string xml)
    {
        var result = new List<GsrSentence>();
        foreach (Match s in SentenceRx().Matches(xml))
        {
            var attrs = Attributes(s.Groups[1].Value);
            var body = s.Groups[2].Value;
            var ev = EventTextRx().Match(body) is { Success: true } e ? Attributes(e.Groups[1].Value) : [];
            var coding = EventCodingRx().Match(body) is { Success: true } c ? Attributes(c.Groups[1].Value) : [];
            var text = TextRx().Match(body) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value.Trim()) : "";
            string category = coding.GetValueOrDefault("plover") is { Length: > 0 } p ? p : attrs.GetValueOrDefault("category", "");
            result.Add(new GsrSentence(attrs.GetValueOrDefault("id", ""), category, text,
                ev.GetValueOrDefault("eventtext", ""), ev.GetValueOrDefault("sourcetext", ""), ev.GetValueOrDefault("targettext", "")));
        }
        return result;
    }

    private static Dictionary<string, string> Attributes(string s)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in AttributeRx().Matches(s)) d[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value);
        return d;
    }
}
