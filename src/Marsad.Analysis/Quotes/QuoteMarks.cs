using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>Text between quotation marks on one line.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark, or -1 when the quotation runs on past the end of the line.</param>
/// <param name="Content">The words inside the marks, trimmed of white space.</param>
/// <param name="Continued">The line carries on a quotation left open on the line before (no opening mark of its own).</param>
internal readonly record struct QuotedSegment(int Open, int Close, TextSpan Content, bool Continued = false)
{
    public bool IsClosed => Close >= 0;
}

/// <summary>
/// Pairs quotation marks line by line: «…», “…”, „…“, "…", the reversed »…« and ”…” that right-to-left typing
/// produces, and mixed pairs («…” ). A mark opens when a word follows it and closes when a word precedes it,
/// so unbalanced marks do not swallow the rest of the line. A quotation still open at the end of a line ends
/// there: one quote per line, as a reader sees paragraphs.
/// </summary>
internal static class QuoteMarks
{
    public static bool IsMark(char c) => c is '«' or '»' or '“' or '”' or '„' or '"' or '‹' or '›';

    private static bool CanOpen(char c) => c is '«' or '„' or '“' or '”' or '"' or '»' or '‹';
    private static bool CanClose(char c) => c is '»' or '“' or '”' or '"' or '«' or '›';

    private static bool IsExpectedCloser(char open, char c) => open switch
    {
        '«' => c == '»',
        '»' => c == '«',
        '„' => c is '“' or '”',
        '“' => c == '”',
        '”' => c == '”',
        '"' => c == '"',
        '‹' => c == '›',
        _ => false,
    };

    /// <summary>The outermost quoted segments of the given lines, in text order.</summary>
    public static List<QuotedSegment> Find(string text, IEnumerable<TextSpan> lines)
    {
        var found = new List<QuotedSegment>();
        var stack = new Stack<int>(4);
        int openLines = 0; // lines a quotation has stayed open over
        foreach (var line in lines)
        {
            stack.Clear();
            // A quotation left open runs on into the next lines (up to a few) until a closing mark.
            int continuedFrom = -1;
            // A line that opens with a speech verb («وأشار إلى أنّ…») is the reporter speaking again: the open
            // quotation ended with the line before.
            if (openLines is > 0 and <= MaxContinuedLines && !StartsWithMark(text, line) && !OpensWithSpeechVerb(text, line))
                continuedFrom = line.Start;
            for (int i = line.Start; i < line.End; i++)
            {
                char c = text[i];
                if (!IsMark(c)) continue;
                // An opening mark is followed by a word (a letter or digit, not «.» or «،»); a closing mark follows one.
                bool wordAfter = i + 1 < line.End && (char.IsLetterOrDigit(text[i + 1]) || text[i + 1] is '(' or '#' or '@' || ArabicLetters.IsFormatMark(text[i + 1]));
                bool wordBefore = i > line.Start && !char.IsWhiteSpace(text[i - 1]);
                if (continuedFrom >= 0 && stack.Count == 0)
                {
                    if (CanClose(c) && wordBefore)
                    {
                        found.Add(new QuotedSegment(continuedFrom, i, Trim(text, continuedFrom, i), true));
                        continuedFrom = -1;
                        openLines = 0;
                        continue;
                    }
                }
                // «وتابع:"نحن…» after «"سررنا… الصدد.» left unclosed: a mark after a colon with a word after it opens
                // a new quotation; the open one of the same mark ended with its last sentence before the cue.
                if (stack.Count > 0 && wordAfter && AfterColon(text, line.Start, i) && SameMark(text[stack.ToArray()[^1]], c))
                {
                    int o = stack.ToArray()[^1];
                    int end = LastSentenceEnd(text, o + 1, i);
                    found.Add(new QuotedSegment(o, -1, Trim(text, o + 1, end)));
                    stack.Clear();
                    stack.Push(i);
                    continue;
                }
                if (stack.Count > 0)
                {
                    char open = text[stack.Peek()];
                    bool expected = IsExpectedCloser(open, c);
                    if (CanClose(c) && wordBefore && (expected || !wordAfter || !CanOpen(c)))
                    {
                        int o = stack.Pop();
                        if (stack.Count == 0) found.Add(new QuotedSegment(o, i, Trim(text, o + 1, i)));
                        continue;
                    }
                    if (CanOpen(c) && wordAfter) stack.Push(i);
                    continue;
                }
                if (CanOpen(c) && wordAfter) stack.Push(i);
            }
            if (continuedFrom >= 0)
            {
                // The whole line belongs to the open quotation.
                var content = Trim(text, continuedFrom, line.End);
                if (!content.IsEmpty) found.Add(new QuotedSegment(continuedFrom, -1, content, true));
                openLines++;
            }
            else if (stack.Count > 0)
            {
                int o = stack.ToArray()[^1]; // the outermost opener is at the bottom of the stack
                var content = Trim(text, o + 1, line.End);
                if (!content.IsEmpty) found.Add(new QuotedSegment(o, -1, content));
                openLines = 1;
            }
            else openLines = 0;
        }
        found.Sort((a, b) => a.Open.CompareTo(b.Open));
        return found;
    }

    private const int MaxContinuedLines = 3;

    /// <summary>Whether the mark at <paramref name="i"/> follows a colon (spaces between allowed): «وأضاف: "».</summary>
    private static bool AfterColon(string text, int lineStart, int i)
    {
        int k = i - 1;
        while (k >= lineStart && text[k] is ' ' or '\t' || k >= lineStart && ArabicLetters.IsFormatMark(text[k])) k--;
        return k >= lineStart && text[k] == ':';
    }

    /// <summary>Two marks of one kind: the second could close the first as well as open a quotation of its own.</summary>
    private static bool SameMark(char open, char c) => open == c || IsExpectedCloser(open, c);

    /// <summary>
    /// Where an unclosed quotation that started before <paramref name="end"/> ends: just after its last sentence
    /// end («.»، «!»، «؟») before the cue of the next quotation, or at the colon when it has none.
    /// </summary>
    private static int LastSentenceEnd(string text, int start, int end)
    {
        for (int k = end - 1; k > start; k--)
            if (text[k] is '.' or '!' or '?' or '؟') return k;
        int colon = end - 1;
        while (colon > start && text[colon] != ':') colon--;
        return colon;
    }

    private static bool StartsWithMark(string text, TextSpan line) => IsMark(text[line.Start]);

    /// <summary>Whether the first word of a line is a speech verb in the third person (وأشار، وقال، ويضيف).</summary>
    private static bool OpensWithSpeechVerb(string text, TextSpan line)
    {
        int s = line.Start;
        while (s < line.End && !char.IsLetter(text[s])) s++;
        int e = s;
        while (e < line.End && (char.IsLetter(text[e]) || ArabicLetters.IsFormatMark(text[e]) || text[e] is >= '\u064B' and <= '\u0652')) e++;
        return e > s && SpeechCues.Classify(ArabicFolder.Fold(text.AsSpan(s, e - s))) == CueForm.Verb;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || ArabicLetters.IsFormatMark(text[start]))) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || ArabicLetters.IsFormatMark(text[end - 1]))) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Words in a span: runs of non-space characters that hold a letter or digit.</summary>
    public static int CountWords(string text, TextSpan span)
    {
        int words = 0;
        bool inWord = false, hasLetter = false;
        for (int i = span.Start; i <= span.End; i++)
        {
            bool space = i == span.End || char.IsWhiteSpace(text[i]);
            if (space)
            {
                if (inWord && hasLetter) words++;
                inWord = hasLetter = false;
                continue;
            }
            inWord = true;
            if (char.IsLetterOrDigit(text[i])) hasLetter = true;
        }
        return words;
    }
}
