using Marsad.Text;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// Finds reported speech in one article and names its speakers. Pure: reads the text and layers, returns quotes.
/// Order matters: quotations in marks are settled first (so that a report inside a quotation is not a quote of
/// its own), then the أنّ/إنّ clauses of speech verbs, then unmarked speech after a colon, then headlines and
/// «…، بحسب X» attributions; speakers are resolved last, in text order, so that «وأضاف» inherits the speaker
/// before it.
/// </summary>
internal sealed class QuoteFinder
{
    /// <summary>A quotation in marks shorter than this, with no cue right before it, is a name or term (خط “أذربيجان – ناخيتشيفان”).</summary>
    private const int MinQuoteWords = 4;
    /// <summary>A quotation this long is speech even when no cue is found (a quoted paragraph).</summary>
    private const int MinUncuedQuoteWords = 8;
    private const int MaxCueToComplementizer = 35;
    private const int MaxCueToMark = 45;

    private enum SpeakerRule : byte { AfterCue, SentenceSubject, Carry, Headline, Attribution, Announced }

    private sealed class Candidate
    {
        public TextSpan Span;
        public QuoteKind Kind;
        public int Cue = -1;          // token index of the cue word
        public int CueEnd = -1;       // last token of the cue (أعرب عن)
        public SpeakerRule Rule;
        public int RuleToken = -1;    // headline head / attribution noun
        public SpeakerGuess Speaker;
    }

    private readonly ArticleWords _w;
    private readonly EntityIndex _entities;
    private readonly SpeakerFinder _speakers;
    private readonly List<QuotedSegment> _segments;
    private readonly IReadOnlyList<TextSpan> _sections;
    private readonly List<Candidate> _found = [];
    private readonly TextCoverage _consumed;
    private readonly HashSet<int> _usedComplementizers = [];
    // Lookups over _segments (sorted by opening mark) that answer what a scan in list order would, in constant time.
    private readonly Dictionary<int, int> _segmentOpeningAt = [];
    private readonly Dictionary<int, int> _segmentClosingAt = [];
    private readonly int[] _segmentHolding; // per offset: the first segment whose content holds it, or -1
    private TextCoverage? _quotations;      // direct and mixed quotes, once all are found
    private TextCoverage? _quotes;          // every quote, once all are found

    private QuoteFinder(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        IReadOnlyList<TextSpan> lines, IReadOnlyList<TextSpan> sections, IReadOnlyList<Entity> entities)
    {
        _w = new ArticleWords(text, tokens, sentences);
        _entities = new EntityIndex(entities);
        _segments = QuoteMarks.Find(text, lines);
        _speakers = new SpeakerFinder(_w, _entities, IsShortQuotationAt);
        _sections = sections;
        _consumed = new TextCoverage(text.Length);
        _segmentHolding = new int[text.Length];
        Array.Fill(_segmentHolding, -1);
        for (int i = 0; i < _segments.Count; i++)
        {
            var seg = _segments[i];
            _segmentOpeningAt.TryAdd(seg.Open, i);
            _segmentClosingAt.TryAdd(seg.Close, i);
            for (int o = seg.Content.Start; o < seg.Content.End; o++)
                if (_segmentHolding[o] < 0) _segmentHolding[o] = i;
        }
    }

    /// <summary>The quotes of a document whose Token, Sentence, Paragraph, Section and Entity layers are written.</summary>
    public static List<Quote> Find(Document doc)
    {
        var lines = doc.Layer<Paragraph>().Select(p => p.Span).Concat(doc.Layer<Section>().Select(s => s.Span)).OrderBy(s => s.Start).ToList();
        var sections = doc.Layer<Section>().Select(s => s.Span).ToList();
        return new QuoteFinder(doc.Text, doc.Layer<Token>(), doc.Layer<Sentence>(), lines, sections, doc.Layer<Entity>()).Run();
    }

    private List<Quote> Run()
    {
        var deferred = MarkedQuotes();
        SpeechWithoutColon(); // before the أنّ clauses: «وأضافوا نحن … منهم أنها كانت…» is one quote
        ComplementClauses(deferred);
        foreach (var seg in deferred)
            if (!IsConsumed(seg.Content.Start) && LooksLikeSpeech(seg) && !AfterTermWord(seg))
                Add(new Candidate { Span = seg.Content, Kind = QuoteKind.Direct, Rule = SpeakerRule.Carry }, Whole(seg));
        UnmarkedSpeech();
        Headlines();
        Attributions();
        OpeningAttributions();
        AnnouncedTexts();
        return ResolveSpeakers();
    }

    // ---------------------------------------------------------------- quotations in marks

    /// <summary>Settles every quotation in marks; returns those that sit inside a report clause still to be read.</summary>
    private List<QuotedSegment> MarkedQuotes()
    {
        var deferred = new List<QuotedSegment>();
        foreach (var seg in _segments)
        {
            if (seg.Content.IsEmpty) continue;
            int words = QuoteMarks.CountWords(_w.Text, seg.Content);
            if (seg.Continued)
            {
                Add(new Candidate { Span = seg.Content, Kind = QuoteKind.Direct, Rule = SpeakerRule.Carry }, Whole(seg));
                continue;
            }
            int mark = _w.TokenAtOrAfter(seg.Open);
            if (mark >= _w.Count) continue;
            // A name in marks is a name wherever it stands («كشف المبعوث الدولي "إسماعيل ولد الشيخ أحمد"؛ عن…»).
            if (seg.IsClosed && _entities.IsExactMention(seg.Content.Start, seg.Content.End)) continue;
            int before = mark - 1;
            bool sameSentence = before >= 0 && _w.SentenceOf[before] == _w.SentenceOf[mark];

            // «أوضح لافروف أنّ “…”»: a quotation that is the whole complement of a speech verb.
            if (sameSentence && IsReportComplementizerAt(before, out int compStart) && FindCueBefore(compStart, MaxCueToComplementizer, stopAtComplementizer: true) is var c1 && c1 >= 0)
            {
                if (RestOfSentenceWords(seg) <= 2)
                {
                    _usedComplementizers.Add(before);
                    Add(CueCandidate(seg.Content, QuoteKind.Direct, c1), Whole(seg));
                }
                else deferred.Add(seg);
                continue;
            }
            // «قال X: “…”», «قال “…”», «معرباً عن “…”», «وأضاف قائلاً: “…”».
            if (sameSentence)
            {
                int cue = FindCueBefore(mark, MaxCueToMark, stopAtComplementizer: true);
                if (cue >= 0 && IsSubjectName(seg, cue)) continue;
                if (cue >= 0)
                {
                    bool governs = _w.IsColon(before) || before <= CueEnd(cue) || IsSpeechFiller(before)
                                   || words >= MinQuoteWords && (EndsSubject(before, cue) || ClosesVerbPhrase(seg, before, cue));
                    if (governs && (words >= MinQuoteWords || _w.IsColon(before) || before <= CueEnd(cue) || IsSpeechFiller(before)))
                    {
                        Add(CueCandidate(seg.Content, QuoteKind.Direct, cue), Whole(seg));
                        continue;
                    }
                }
                else if (HasGovernedComplementizerBefore(mark))
                {
                    deferred.Add(seg);
                    continue;
                }
            }
            if (words < MinQuoteWords && !(sameSentence && _w.IsColon(before))) continue;
            // «“…”، قال X» / «“…”، بحسب X» / «“…”، مضيفاً».
            if (seg.IsClosed && CueAfter(seg) is var after && after >= 0)
            {
                var form = SpeechCues.Classify(_w.Keys[after]);
                var cand = CueCandidate(seg.Content, QuoteKind.Direct, after);
                if (form == CueForm.Attribution) { cand.Rule = SpeakerRule.Attribution; cand.RuleToken = after; }
                else if (form == CueForm.Participle) cand.Rule = SpeakerRule.Carry;
                Add(cand, Whole(seg));
                continue;
            }
            // A paragraph that opens with a quotation: more words of the speaker before it.
            if (StartsLine(seg) && words >= 3)
            {
                Add(new Candidate { Span = seg.Content, Kind = QuoteKind.Direct, Rule = SpeakerRule.Carry }, Whole(seg));
                continue;
            }
            // «X: “…”» without a verb, unless X is a title word or a label («بعنوان: “…”»).
            if (sameSentence && _w.IsColon(before) && words >= 2 && before > 0 && !IsLabel(before - 1))
            {
                Add(new Candidate { Span = seg.Content, Kind = QuoteKind.Direct, Rule = SpeakerRule.Carry }, Whole(seg));
                continue;
            }
            deferred.Add(seg);
        }
        return deferred;
    }

    /// <summary>«وقال "ولد الشيخ أحمد": …», «قال "القاضي" إن…»: a short quoted name right after the cue is who speaks.</summary>
    private bool IsSubjectName(QuotedSegment seg, int cue)
    {
        if (!seg.IsClosed || QuoteMarks.CountWords(_w.Text, seg.Content) > 3) return false;
        int mark = _w.TokenAtOrAfter(seg.Open);
        if (mark - 1 > CueEnd(cue)) return false;
        if (_entities.At(seg.Content.Start, seg.Content.End) is not null) return true;
        // «وأعلن "فيفا" في أيار…»: words go on after the name; «قال «لا».» ends with the quotation.
        int after = _w.TokenAtOrAfter(seg.Close + 1);
        return after < _w.Count && _w.SentenceOf[after] == _w.SentenceOf[mark] && !_w.IsComma(after)
            && (_w.IsWord(after) || _w.IsColon(after) || _w.IsMark(after));
    }

    private bool IsLabel(int t)
    {
        string key = _w.Keys[t];
        if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && QuoteWords.TermIntroducers.Contains(key[2..])) return true;
        return QuoteWords.TermIntroducers.Contains(key) || QuoteWords.HeadLabels.Contains(key);
    }

    private static TextSpan Whole(QuotedSegment seg) =>
        TextSpan.FromBounds(Math.Min(seg.Open, seg.Content.Start), seg.IsClosed ? seg.Close + 1 : seg.Content.End);

    private bool StartsLine(QuotedSegment seg)
    {
        int i = seg.Open - 1;
        while (i >= 0 && _w.Text[i] != '\n' && (char.IsWhiteSpace(_w.Text[i]) || _w.Text[i] is '-' or '–' or '—' or '•')) i--;
        return i < 0 || _w.Text[i] == '\n';
    }

    /// <summary>Words of the sentence after the closing mark: «أنّ “…”» is all quotation when nothing much follows.</summary>
    private int RestOfSentenceWords(QuotedSegment seg)
    {
        if (!seg.IsClosed) return 0;
        int t = _w.TokenAtOrAfter(seg.Close + 1);
        if (t >= _w.Count || _w.SentenceOf[t] != _w.SentenceOf[_w.TokenAtOrAfter(seg.Open)]) return 0;
        int last = _w.SentenceLast(t), n = 0;
        for (int k = t; k <= last; k++)
        {
            if (_w.IsComma(k) && k + 1 <= last && SpeechCues.Classify(_w.Keys[k + 1]) is not null) break; // «…”، مضيفاً أن»
            if (_w.IsWord(k)) n++;
        }
        return n;
    }

    /// <summary>The token right after a closed quotation is a cue («”، قال الوزير»), or -1.</summary>
    private int CueAfter(QuotedSegment seg)
    {
        int t = _w.TokenAtOrAfter(seg.Close + 1);
        int limit = Math.Min(_w.Count - 1, t + 2);
        for (int k = t; k <= limit; k++)
        {
            if (_w.Tokens[k].Kind == TokenKind.Punctuation && !_w.IsMark(k))
            {
                if (_w.Text[_w.Tokens[k].Start] == '.' && k + 1 < _w.Count && LineBreakBetween(k, k + 1)) return -1;
                continue;
            }
            if (LineBreakBetween(t - 1, k)) return -1;
            var form = IsCue(k);
            // «"لن نطلب إذنا من أحد."وبحسب مسح …»: after a quotation that ends its sentence, an attribution opens the
            // next sentence and speaks for it, not for the quotation
            if (form == CueForm.Attribution && EndsWithFullStop(seg)) return -1;
            return form is CueForm.Verb or CueForm.Participle or CueForm.Attribution ? k : -1;
        }
        return -1;
    }

    /// <summary>Whether the words inside a closed quotation end with a full stop, a question or an exclamation mark.</summary>
    private bool EndsWithFullStop(QuotedSegment seg)
    {
        int i = seg.Close - 1;
        while (i > seg.Open && char.IsWhiteSpace(_w.Text[i])) i--;
        return i > seg.Open && _w.Text[i] is '.' or '!' or '?' or '؟';
    }

    private bool LineBreakBetween(int a, int b)
    {
        int from = a < 0 ? 0 : _w.Tokens[a].End;
        int to = b >= _w.Count ? _w.Text.Length : _w.Tokens[b].Start;
        for (int i = from; i < to; i++) if (_w.Text[i] == '\n') return true;
        return false;
    }

    /// <summary>Is the token before a quotation the end of the cue's subject («قال لافروف “…”»)?</summary>
    private bool EndsSubject(int before, int cue)
    {
        if (before - cue > 8) return false;
        var tok = _w.Tokens[before];
        return _entities.At(tok.Start, tok.End) is not null;
    }

    private bool IsSpeechFiller(int t) => SpeechCues.IsFiller(_w.Keys[t]);

    /// <summary>How many tokens a speech verb's subject and adjuncts may take before the quotation it governs.</summary>
    private const int MaxVerbPhraseTokens = 12;

    /// <summary>
    /// «وقال كجك في تصريحات نقلتها وسائل الإعلام التركية "لا نعلم…".»: a finite speech verb, its subject and its
    /// adjuncts, then a quotation that ends the sentence: the quotation is what the verb says. A quotation after
    /// a noun that introduces names and titles («في برنامج "…"») is not, nor one that more words follow.
    /// </summary>
    private bool ClosesVerbPhrase(QuotedSegment seg, int before, int cue)
    {
        if (!seg.IsClosed || IsCue(cue) != CueForm.Verb || before - cue > MaxVerbPhraseTokens) return false;
        if (RestOfSentenceWords(seg) > 0 || AfterTermWord(seg) || IsLabel(before)) return false;
        if (_w.Tokens[before].Kind != TokenKind.ArabicWord && !_w.IsComma(before)) return false;
        // a mark inside («“لو اعتقد أحد… خامنئي. “لم يبذل…”») says two quotations were paired as one
        if (_w.Text.AsSpan(seg.Content.Start, seg.Content.Length).IndexOfAny("“”«»„\"") >= 0) return false;
        // a particle that opens a new clause («، ويدعى خالد وقد صدر ضده…») leaves the verb behind
        for (int k = cue + 1; k <= before; k++)
            if (_w.IsMark(k) || _w.IsColon(k) || _w.Tokens[k].Kind == TokenKind.Punctuation && !_w.IsComma(k)
                || QuoteWords.ReportParticles.Contains(_w.Keys[k])) return false;
        return true;
    }

    /// <summary>
    /// A quotation with no cue is speech only when it reads like sentences: closed, long, and with clause
    /// punctuation or very long (names of bodies and titles of works are neither).
    /// </summary>
    private bool LooksLikeSpeech(QuotedSegment seg)
    {
        if (!seg.IsClosed) return false;
        int words = QuoteMarks.CountWords(_w.Text, seg.Content);
        if (words < MinUncuedQuoteWords) return false;
        if (words >= 2 * MinUncuedQuoteWords) return true;
        for (int i = seg.Content.Start; i < seg.Content.End; i++)
            if (_w.Text[i] is '،' or ',' or '.' or '؟' or '?' or '!' or '؛') return true;
        return false;
    }

    /// <summary>A short name-like quotation straight after a word that introduces terms (المسار “…”).</summary>
    private bool AfterTermWord(QuotedSegment seg)
    {
        int mark = _w.TokenAtOrAfter(seg.Open);
        if (mark == 0) return false;
        string key = _w.Keys[mark - 1];
        if (key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal)) key = key[2..];
        return QuoteWords.TermIntroducers.Contains(key);
    }

    private bool HasGovernedComplementizerBefore(int mark)
    {
        int first = _w.SentenceFirst(mark);
        for (int k = mark - 1; k >= first; k--)
            if (IsReportComplementizerAt(k, out int s) && FindCueBefore(s, MaxCueToComplementizer, stopAtComplementizer: true) >= 0) return true;
        return false;
    }

    // ---------------------------------------------------------------- أنّ / إنّ clauses

    private void ComplementClauses(List<QuotedSegment> deferred)
    {
        for (int k = 0; k < _w.Count; k++)
        {
            if (_usedComplementizers.Contains(k) || IsConsumed(_w.Tokens[k].Start)) continue;
            if (!IsReportComplementizerAt(k, out int govern) || InsideShortQuotation(_w.Tokens[k].Start)) continue;
            int cue = FindCueBefore(govern, MaxCueToComplementizer, stopAtComplementizer: true);
            if (cue < 0 || ColonBetween(cue, govern)) continue;
            QuoteWords.IsComplementizer(_w.Keys[k], out bool pronoun);
            int first = pronoun ? k : k + 1;
            int last = ClauseEnd(first, cue);
            if (last < first) continue;
            var span = TrimClause(TextSpan.FromBounds(_w.Tokens[first].Start, _w.Tokens[last].End));
            if (span.IsEmpty) continue;
            var kind = QuoteKind.Indirect;
            // deferred keeps the order of _segments: those opening inside the clause are one run of it
            for (int d = FirstOpeningAtOrAfter(deferred, span.Start); d < deferred.Count && deferred[d].Open < span.End; d++)
                if (QuoteMarks.CountWords(_w.Text, deferred[d].Content) >= MinQuoteWords) { kind = QuoteKind.Mixed; break; }
            _usedComplementizers.Add(k);
            Add(CueCandidate(span, kind, cue), span);
            k = last;
        }
    }

    /// <summary>
    /// «وأضاف: الشيء المخيف أنّ…»: after a colon the words are the speaker's own, so a later أنّ is theirs, not the
    /// cue's. «قال: إنّ…» (the colon right before the complementizer) still reports.
    /// </summary>
    private bool ColonBetween(int cue, int govern)
    {
        for (int t = cue + 1; t < govern - 1; t++) if (_w.IsColon(t)) return true;
        return false;
    }

    /// <summary>
    /// A report clause runs to the end of its sentence, unless a participle starts a new report («…، مضيفاً أنّ…»)
    /// or a quotation already taken begins.
    /// </summary>
    private int ClauseEnd(int first, int cue = -1)
    {
        if (first >= _w.Count) return -1;
        int last = _w.SentenceLast(first);
        string? subject = cue >= 0 ? SubjectWordAfter(cue, first) : null;
        for (int k = first + 1; k <= last; k++)
        {
            if (IsConsumed(_w.Tokens[k].Start)) return k - 1;
            // «…دول الجوار وقال إنّ…»: a new report joined by و, or a temporal aside «بعد أن قالت أنقرة».
            if (_w.Keys[k].Length > 2 && _w.Keys[k][0] == 'و' && IsCue(k) == CueForm.Verb && !SpeechCues.IsFiller(_w.Keys[k]) && StartsReport(k)) return k - 1;
            // «…مهرجان التمر مبيناً أنّ…», «…المحطات الأربع مشيراً إلى امتناع الروس»: a participle that reports, or
            // that takes its preposition, is the reporter's again and ends the clause before it, comma or not
            if (IsCue(k) == CueForm.Participle && !SpeechCues.IsFiller(_w.Keys[k])
                && (StartsReport(k) || k + 1 <= last && QuoteWords.ComplementizerPrepositions.Contains(_w.Keys[k + 1]))) return k - 1;
            // «…قبل إحضارها إلى المستشفى كما أبان الكشف…»: «كما» and a speech verb add another report
            if (QuoteWords.AlsoReports.Contains(_w.Keys[k]) && k + 1 <= last && IsCue(k + 1) == CueForm.Verb && !SpeechCues.IsFiller(_w.Keys[k + 1])) return k - 1;
            if (QuoteWords.TemporalConjunctions.Contains(_w.Keys[k]) && k + 2 <= last && _w.Keys[k + 1] == QuoteWords.AnComplementizer && IsCue(k + 2) is CueForm.Verb) return k - 1;
            if (IsSemicolon(k) && k + 1 <= last && NewReportAfter(k, last)) return k - 1;
            if (!_w.IsComma(k) || k + 1 > last) continue;
            if (IsCue(k + 1) is CueForm.Verb or CueForm.Participle && StartsReport(k + 1)) return k - 1;
            // «…، ومصادر مستقلة تقول إنّ»: a subject of its own and its speech verb
            if (NewReportAfter(k, last)) return k - 1;
            // «…، وقال قطان في لقاء موسع … إن», «…، مشيداً بالدعم», «…، قائلين ها هي…»: after a comma, a speech verb
            // joined by و or a participle is the reporter speaking again, whatever follows it
            if (IsCue(k + 1) is CueForm.Participle
                || IsCue(k + 1) is CueForm.Verb && _w.Keys[k + 1][0] == 'و' && !SpeechCues.IsFiller(_w.Keys[k + 1])) return k - 1;
            if (StartsAside(k + 1, last)) return k - 1;
            // «وقالت المحكمة إنّ السيدة ساهمت …، وقضت المحكمة بحبسها»: the speaker named again as the subject of a
            // verb joined by و is the reporter narrating again; the speaker does not name itself in its own report
            if (subject is not null && k + 2 <= last && _w.Keys[k + 1].Length > 2 && _w.Keys[k + 1][0] == 'و'
                && _w.IsWord(k + 1) && _w.Keys[k + 2] == subject) return k - 1;
        }
        return last;
    }

    /// <summary>
    /// The first word of the subject written right after a cue verb («وقالت المحكمة إنّ» → المحكمة), when it is a
    /// definite noun or begins a name the entity layer found; null when the cue writes no subject before its clause.
    /// </summary>
    private string? SubjectWordAfter(int cue, int clauseFirst)
    {
        int t = cue + 1;
        if (t >= clauseFirst - 1 || !_w.IsWord(t) || IsCue(cue) != CueForm.Verb) return null;
        string key = _w.Keys[t];
        if (QuoteWords.IsComplementizer(key, out _) || QuoteWords.Prepositions.Contains(key)) return null;
        bool definite = key.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && key.Length > 3;
        return definite || _entities.At(_w.Tokens[t].Start, _w.Tokens[t].End) is not null ? key : null;
    }

    private bool IsSemicolon(int k) => _w.Tokens[k].Kind == TokenKind.Punctuation && _w.Text[_w.Tokens[k].Start] is '؛' or ';';

    /// <summary>
    /// After the comma or semicolon at <paramref name="k"/>, a few words of a new subject and a speech verb that
    /// reports («؛ إلا أن مصادر السنة تؤكد أنهم», «، ومصادر مستقلة تقول إنّ»): another report starts. A relative
    /// pronoun on the way («، الذي أكد أنّ») keeps the nested report inside this one.
    /// </summary>
    private bool NewReportAfter(int k, int last)
    {
        // «، وقد أعلنوا أنّ» writes no subject: a nested report, which stays inside this one
        bool subject = false;
        for (int j = k + 2; j <= Math.Min(last, k + MaxNewSubjectWords + 1); j++)
        {
            if (!_w.IsWord(j) || QuoteWords.Relatives.Contains(_w.Keys[j - 1])) return false;
            subject |= !QuoteWords.ReportParticles.Contains(_w.Keys[j - 1]);
            if (IsCue(j) == CueForm.Verb && !SpeechCues.IsFiller(_w.Keys[j]) && StartsReport(j)) return subject;
        }
        return false;
    }

    private const int MaxNewSubjectWords = 4;

    /// <summary>
    /// After a comma, the reporter's own aside (في إشارة إلى، وهو ما) ends the reported clause, and so does a
    /// contrast (في حين، بينما، فيما، في وقت) that brings in another report.
    /// </summary>
    private bool StartsAside(int k, int last)
    {
        string a = _w.Keys[k], b = k + 1 <= last ? _w.Keys[k + 1] : "";
        if (QuoteWords.Asides.Contains(a) || QuoteWords.TwoWordAsides.Contains(a + "_" + b)) return true;
        int after = QuoteWords.Contrasts.Contains(a) ? k + 1 : QuoteWords.TwoWordContrasts.Contains(a + "_" + b) ? k + 2 : -1;
        if (after < 0) return false;
        // «، فيما استبعد ثلاثة من مندوبي…»: another report follows the contrast within a few words
        for (int t = after; t <= Math.Min(last, after + 2); t++)
            if (IsCue(t) is CueForm.Verb or CueForm.Participle) return true;
        return false;
    }

    /// <summary>A complementizer right after token <paramref name="t"/>, or after its preposition (إلى أنّ).</summary>
    private bool ComplementizerRightAfter(int t) =>
        IsReportComplementizerAt(t + 1, out _)
        || t + 2 < _w.Count && QuoteWords.ComplementizerPrepositions.Contains(_w.Keys[t + 1]) && IsReportComplementizerAt(t + 2, out _);

    /// <summary>Whether a cue is followed within a few words by what it reports (أنّ، a colon or a quotation).</summary>
    private bool StartsReport(int cue)
    {
        int last = Math.Min(_w.SentenceLast(cue), cue + 5);
        for (int k = cue + 1; k <= last; k++)
            if (IsReportComplementizerAt(k, out _) || _w.IsColon(k) || _w.IsMark(k)) return true;
        return false;
    }

    private TextSpan TrimClause(TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (e > s && (char.IsWhiteSpace(_w.Text[e - 1]) || _w.Text[e - 1] is '.' or '،' or ',' or '؛' or ';' or ':' or '-' or '–')) e--;
        return TextSpan.FromBounds(s, e);
    }

    // ---------------------------------------------------------------- unmarked speech, headlines, attributions

    /// <summary>«وقال الوزير: نحن مستعدون…» without quotation marks: the rest of the sentence after the colon.</summary>
    private void UnmarkedSpeech()
    {
        for (int k = 0; k < _w.Count; k++)
        {
            if (!_w.IsColon(k) || IsConsumed(_w.Tokens[k].Start)) continue;
            int next = k + 1;
            if (next >= _w.Count || _w.SentenceOf[next] != _w.SentenceOf[k] || _w.IsMark(next)) continue;
            int cue = FindCueBefore(k, MaxCueToMark, stopAtComplementizer: true);
            if (cue < 0 || IsCue(cue) == CueForm.Attribution || IsLabel(k - 1) || IsComplementizerAt(next, out _)) continue;
            int last = ClauseEnd(next);
            if (last < next) continue;
            var span = TrimClause(TextSpan.FromBounds(_w.Tokens[next].Start, _w.Tokens[last].End));
            if (QuoteMarks.CountWords(_w.Text, span) < 3) continue;
            Add(CueCandidate(span, QuoteKind.Direct, cue), span);
        }
    }

    /// <summary>
    /// Unmarked speech with no colon either: after a filler that only announces speech («مستطردين بالقول كنا نقوم…»,
    /// «قائلين ها هي اليوم…») when no أنّ, preposition or colon follows it, or after a speech verb whose next word
    /// opens the speaker's own words (`speech-openers`: «وأضافوا نحن أبناء…», «وقال لن نسمح…»). It runs to the end
    /// of the clause, as a report does.
    /// </summary>
    private void SpeechWithoutColon()
    {
        for (int k = 0; k + 1 < _w.Count; k++)
        {
            int next = k + 1;
            if (_w.SentenceOf[next] != _w.SentenceOf[k] || !_w.IsWord(next) || IsConsumed(_w.Tokens[next].Start)) continue;
            if (IsCue(k) is not (CueForm.Verb or CueForm.Participle)) continue;
            string key = _w.Keys[k], word = _w.Keys[next];
            bool opens = SpeechCues.IsFiller(key)
                ? !IsComplementizerAt(next, out _) && !QuoteWords.Prepositions.Contains(word) && !QuoteWords.ComplementizerPrepositions.Contains(word)
                : QuoteWords.SpeechOpeners.Contains(word);
            if (!opens) continue;
            int cue = FindCueBefore(next, MaxCueToMark, stopAtComplementizer: true);
            int last = ClauseEnd(next);
            if (cue < 0 || last < next) continue;
            var span = TrimClause(TextSpan.FromBounds(_w.Tokens[next].Start, _w.Tokens[last].End));
            if (QuoteMarks.CountWords(_w.Text, span) < 3) continue;
            Add(CueCandidate(span, QuoteKind.Direct, cue), span);
            k = last;
        }
    }

    /// <summary>
    /// A text announced and then given whole: «فإن المديرية تود بيان ما يلي:» followed by numbered items («أولاً: …»،
    /// «ثانياً: …»), «… فيما يلي نصه:» or «برقية … جاء فيها:» followed by its paragraph. Each numbered item is one
    /// quote, from after its label to the end of its line; an unnumbered text is its first paragraph, after the
    /// short lines that open a letter (the addressee, «السلام عليكم…:»). The words are the issuer's: see
    /// <see cref="AnnouncedSpeaker"/>.
    /// </summary>
    private void AnnouncedTexts()
    {
        for (int k = 1; k < _w.Count; k++)
        {
            if (!_w.IsColon(k) || IsConsumed(_w.Tokens[k].Start) || !Announces(k - 1)) continue;
            int at = _w.Tokens[k].End;
            bool first = true, numbered = false;
            while (at < _w.Text.Length)
            {
                int lineEnd = _w.Text.IndexOf('\n', at);
                if (lineEnd < 0) lineEnd = _w.Text.Length;
                var line = TextSpan.FromBounds(at, lineEnd);
                at = lineEnd + 1;
                int t = _w.TokenAtOrAfter(line.Start);
                if (t >= _w.Count || _w.Tokens[t].Start >= line.End) continue; // a blank line
                bool label = OrdinalLabel(t, line.End, out int content);
                if (first && !label && OpensLetter(line)) continue;
                if (!first && !(numbered && label))
                {
                    // a sub-item («- مدير المستشفى») inside a numbered list; anything else ends the text
                    if (numbered && _w.Text[_w.Tokens[t].Start] is '-' or '–' or '•') continue;
                    break;
                }
                numbered = label;
                first = false;
                var span = TrimClause(TextSpan.FromBounds(_w.Tokens[content].Start, line.End));
                if (span.IsEmpty || QuoteMarks.CountWords(_w.Text, span) < 3 || IsConsumed(span.Start)) { if (!numbered) break; continue; }
                Add(new Candidate { Span = span, Kind = QuoteKind.Direct, Rule = SpeakerRule.Announced, RuleToken = k }, span);
                if (!numbered) break;
            }
        }
    }

    /// <summary>
    /// «نصه»، «نصها» or «جاء فيها» right before a colon, or «ما يلي»، «الآتي» right after a statement or a speech word
    /// («بيان ما يلي»، «أوضح ما يلي»): a text given whole follows. «قرر مجلس الوزراء ما يلي:» announces decisions,
    /// which are no one's words.
    /// </summary>
    private bool Announces(int t)
    {
        string key = _w.Keys[t];
        if (key is "نصه" or "نصها" || t > 0 && key is "فيها" or "فيه" && _w.Keys[t - 1] is "جاء" or "وجاء") return true;
        if (!QuoteWords.Announcers.Contains(key)) return false;
        for (int k = t - 1; k >= Math.Max(0, t - MaxAnnouncerGap) && _w.SentenceOf[k] == _w.SentenceOf[t]; k--)
            if (QuoteWords.Statements.Contains(_w.Keys[k]) || IsCue(k) is CueForm.Verb) return true;
        return false;
    }

    /// <summary>How far before «ما يلي» the statement or speech word that it completes may be («بيان ما يلي»).</summary>
    private const int MaxAnnouncerGap = 3;

    /// <summary>
    /// Whether the line starting at token <paramref name="t"/> opens with the label of a numbered item («أولاً:»، «2-»);
    /// <paramref name="content"/> is the token after the label and its colon or dash.
    /// </summary>
    private bool OrdinalLabel(int t, int lineEnd, out int content)
    {
        content = t;
        bool label = QuoteWords.OrdinalLabels.Contains(_w.Keys[t])
                     || _w.Tokens[t].Kind == TokenKind.Number && t + 1 < _w.Count && _w.Tokens[t + 1].Start < lineEnd
                        && _w.Text[_w.Tokens[t + 1].Start] is '-' or '.' or ')' or ':';
        if (!label) return false;
        int c = t + 1;
        while (c < _w.Count && _w.Tokens[c].Start < lineEnd && _w.Tokens[c].Kind == TokenKind.Punctuation) c++;
        if (c >= _w.Count || _w.Tokens[c].Start >= lineEnd) return false;
        content = c;
        return true;
    }

    /// <summary>How many words a line that opens a letter (its addressee, a greeting) may have.</summary>
    private const int MaxLetterHeadWords = 15;

    /// <summary>A short line with no full stop («الأخ العزيز …»، «السلام عليكم ورحمة الله وبركاته:»): a letter's head.</summary>
    private bool OpensLetter(TextSpan line)
    {
        int e = line.End;
        while (e > line.Start && char.IsWhiteSpace(_w.Text[e - 1])) e--;
        if (e == line.Start) return true;
        return _w.Text[e - 1] is not ('.' or '؟' or '?' or '!') && QuoteMarks.CountWords(_w.Text, line) < MaxLetterHeadWords;
    }

    /// <summary>Subheadings of the form «لافروف: بروكسل تسيء…».</summary>
    private void Headlines()
    {
        foreach (var line in _sections)
        {
            int t = _w.TokenAtOrAfter(line.Start);
            int colon = -1;
            for (int k = t; k < _w.Count && _w.Tokens[k].Start < line.End && k - t <= 4; k++)
                if (_w.IsColon(k)) { colon = k; break; }
            if (colon <= t || colon + 1 >= _w.Count || _w.Tokens[colon + 1].Start >= line.End) continue;
            if (QuoteWords.HeadLabels.Contains(_w.Keys[t])) continue;
            var span = TextSpan.FromBounds(_w.Tokens[colon + 1].Start, line.End);
            span = TextSpan.FromBounds(span.Start, TrimClause(span).End);
            if (QuoteMarks.CountWords(_w.Text, span) < 3 || IsConsumed(span.Start)) continue;
            // A head that names no entity and no source is a label («الخلاصة:»), not a speaker.
            var head = TextSpan.FromBounds(_w.Tokens[t].Start, _w.Tokens[colon].Start);
            if (_entities.At(head.Start, head.End) is null && !QuoteWords.IsAnonymousSpeaker(_w.Keys[t])) continue;
            QuotedSegment inner = default;
            for (int i = FirstOpeningAtOrAfter(_segments, span.Start); i < _segments.Count && _segments[i].Open < span.End; i++)
                if (_segments[i].Content.Length * 10 >= span.Length * 8) { inner = _segments[i]; break; }
            Add(new Candidate
            {
                Span = inner.Content.IsEmpty ? span : inner.Content, Kind = QuoteKind.Headline,
                Rule = SpeakerRule.Headline, RuleToken = t,
            }, span);
        }
    }

    /// <summary>«…، بحسب المتحدث باسم الوزارة» / «…، وفق مصدر مطلع»: the sentence before the attribution.</summary>
    private void Attributions()
    {
        for (int k = 1; k < _w.Count; k++)
        {
            if (IsCue(k) != CueForm.Attribution || !_w.IsComma(k - 1) || IsConsumed(_w.Tokens[k].Start)) continue;
            int first = _w.SentenceFirst(k);
            if (k - 1 <= first + 3) continue;
            var guess = AttributionSpeaker(k);
            if (!guess.Found) continue;
            var span = TrimClause(TextSpan.FromBounds(_w.Tokens[first].Start, _w.Tokens[k - 1].Start));
            if (QuoteMarks.CountWords(_w.Text, span) < 4 || OverlapsConsumed(span)) continue;
            Add(new Candidate
            {
                Span = span, Kind = QuoteKind.Indirect, Cue = k, CueEnd = k, Rule = SpeakerRule.Attribution, RuleToken = k,
            }, span);
        }
    }

    /// <summary>
    /// «ووفقاً لـ”عكاظ”، فإنّ …», «وبحسب المصدر، …»: an attribution that opens its sentence speaks for the rest of
    /// the sentence after the comma that ends its source.
    /// </summary>
    private void OpeningAttributions()
    {
        for (int k = 0; k < _w.Count; k++)
        {
            if (k != _w.SentenceFirst(k) || IsCue(k) != CueForm.Attribution || IsConsumed(_w.Tokens[k].Start)) continue;
            int last = _w.SentenceLast(k), comma = -1;
            for (int c = k + 2; c <= Math.Min(last, k + MaxAttributionSourceTokens); c++)
            {
                if (_w.IsComma(c)) { comma = c; break; }
                if (!_w.IsWord(c) && !_w.IsMark(c) && _w.Tokens[c].Kind == TokenKind.Punctuation) break;
            }
            if (comma < 0 || comma + 1 > last) continue;
            var guess = AttributionSpeaker(k);
            if (!guess.Found) continue;
            int end = ClauseEnd(comma + 1);
            if (end <= comma) continue;
            var span = TrimClause(TextSpan.FromBounds(_w.Tokens[comma + 1].Start, _w.Tokens[end].End));
            if (QuoteMarks.CountWords(_w.Text, span) < 4 || OverlapsConsumed(span)) continue;
            Add(new Candidate
            {
                Span = span, Kind = QuoteKind.Indirect, Cue = k, CueEnd = k, Rule = SpeakerRule.Attribution, RuleToken = k,
            }, span);
            k = end;
        }
    }

    private const int MaxAttributionSourceTokens = 10;

    private SpeakerGuess AttributionSpeaker(int k)
    {
        int last = _w.SentenceLast(k);
        int t = k + 1;
        if (t > last) return SpeakerGuess.Unknown;
        // «حسبما قال X», «وفقاً لما ذكرته X», «بحسب ما أعلنت X».
        if (QuoteWords.RelativeMa.Contains(_w.Keys[t])) t++;
        if (t <= last && IsCue(t) == CueForm.Verb) return _speakers.AfterCue(t, t);
        if (t > last || !_w.IsWord(t)) return SpeakerGuess.Unknown;
        // «وفقاً لرؤية خادم الحرمين»، «حسب توجيهات الوزير»: «in accordance with» a plan or order, which says nothing
        string head = _w.Keys[t] switch
        {
            ['ل', 'ل', .. var rest] => ArabicLetters.Article + rest,
            ['ل', .. var rest] when !_w.Keys[t].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) => rest,
            var word => word,
        };
        if (QuoteWords.Norms.Contains(head) || head.StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && QuoteWords.Norms.Contains(head[2..]))
            return SpeakerGuess.Unknown;
        if (_w.Keys[t].StartsWith('ل') && QuoteWords.AttributionsWithLi.Contains(_w.Keys[k])) return _speakers.NounPhrase(t, last);
        var g = _speakers.NounPhrase(t, last);
        // «بحسب القانون», «وفق الخطة»: only a person, a body or an unnamed source makes an attribution.
        if (g.Id is not null && _entities.At(_w.Tokens[t].Start, _w.Tokens[last].End) is { Type: EntityType.LOC or EntityType.FAC or EntityType.MISC }) return SpeakerGuess.Unknown;
        return g;
    }

    // ---------------------------------------------------------------- cues

    private CueForm? IsCue(int t)
    {
        if (t < 0 || t >= _w.Count || _w.Tokens[t].Kind != TokenKind.ArabicWord) return null;
        string key = _w.Keys[t];
        var form = SpeechCues.Classify(key);
        // «مبينين أنّ», «لافتة إلى أنّه»: a participle without its accusative ending reports right before its أنّ
        if (form is null && SpeechCues.IsWeakParticiple(key) && ComplementizerRightAfter(t)) return CueForm.Participle;
        if (form is null) return null;
        if (form == CueForm.Attribution) return form;
        // «على أمل أن», «في تصريح»: a cue word after a preposition is a noun.
        if (t > 0 && QuoteWords.CuePrepositions.Contains(_w.Keys[t - 1]) && !SpeechCues.IsMasdar(key)) return null;
        if (SpeechCues.NeedsPreposition(key) && (t + 1 >= _w.Count || _w.Keys[t + 1] != QuoteWords.An)) return null;
        if (SpeechCues.NeedsComplementizer(key))
        {
            // «وبيّن المتحدث أنّ» reports; «بين البلدين» does not
            // within six words of it, commas not counted («وبين المتحدث الرسمي بصحة الجوف، فهد الكريع، أنّ»)
            int last = _w.SentenceLast(t);
            bool report = false;
            for (int k = t + 1, n = 0; k <= last && n <= MaxWordsBeforeComplementizer && !report; k++)
            {
                report = IsReportComplementizerAt(k, out _);
                if (_w.IsWord(k)) n++;
            }
            if (!report) return null;
        }
        if (SpeechCues.IsNaql(key))
        {
            bool an = false;
            for (int k = t + 1; k < Math.Min(_w.Count, t + 7); k++) if (_w.Keys[k] == QuoteWords.An) { an = true; break; }
            if (!an) return null;
        }
        return form;
    }

    /// <summary>How many words a verb that is also a common word (بين) may have between it and its أنّ.</summary>
    private const int MaxWordsBeforeComplementizer = 6;

    private int CueEnd(int cue) => SpeechCues.NeedsPreposition(_w.Keys[cue]) && cue + 1 < _w.Count && _w.Keys[cue + 1] == QuoteWords.An ? cue + 1 : cue;

    /// <summary>
    /// The nearest speech verb or participle before token <paramref name="pos"/> in its sentence, or -1. The search
    /// stops at another complementizer (that one governs what follows) and at a longer quotation already passed.
    /// </summary>
    private int FindCueBefore(int pos, int maxGap, bool stopAtComplementizer)
    {
        if (pos <= 0 || pos >= _w.Count) return -1;
        int first = _w.SentenceFirst(pos);
        for (int t = pos - 1; t >= Math.Max(first, pos - maxGap); t--)
        {
            if (IsCue(t) is CueForm.Verb or CueForm.Participle)
            {
                // «وأضاف قائلاً:», «وأردف بالقول:»: the verb before the filler is the cue.
                if (!SpeechCues.IsFiller(_w.Keys[t])) return t;
                for (int v = t - 1; v >= Math.Max(first, t - 8); v--)
                {
                    if (IsComplementizerAt(v, out _) || _w.IsMark(v)) break;
                    if (IsCue(v) is CueForm.Verb or CueForm.Participle && !SpeechCues.IsFiller(_w.Keys[v])) return v;
                }
                return t;
            }
            if (stopAtComplementizer && IsComplementizerAt(t, out _)) return -1;
            if (_w.IsMark(t) && ClosesLongQuotation(t)) return -1;
        }
        return -1;
    }

    private bool ClosesLongQuotation(int t) =>
        _segmentClosingAt.TryGetValue(_w.Tokens[t].Start, out int i) && QuoteMarks.CountWords(_w.Text, _segments[i].Content) >= MinQuoteWords;

    /// <summary>The first of <paramref name="segments"/> (sorted by opening mark) that opens at or after <paramref name="offset"/>.</summary>
    private static int FirstOpeningAtOrAfter(List<QuotedSegment> segments, int offset)
    {
        int lo = 0, hi = segments.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (segments[mid].Open < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>
    /// Token <paramref name="k"/> is أنّ/إنّ/بأنّ (or أنّه…); <paramref name="governStart"/> is where the verb's
    /// government starts: the preposition in «إلى أنّ»، «على أنّ»، «عن أنّ», else the complementizer itself.
    /// </summary>
    private bool IsComplementizerAt(int k, out int governStart)
    {
        governStart = k;
        if (k < 0 || k >= _w.Count || _w.Tokens[k].Kind != TokenKind.ArabicWord) return false;
        if (!QuoteWords.IsComplementizer(_w.Keys[k], out bool pronoun)) return false;
        // «إنْ شاء الله»: the conditional
        if (!pronoun && k + 1 < _w.Count && QuoteWords.ConditionalVerbs.Contains(_w.Keys[k + 1])) return false;
        if (k > 0 && QuoteWords.ComplementizerPrepositions.Contains(_w.Keys[k - 1])) governStart = k - 1;
        return true;
    }

    /// <summary>
    /// A complementizer a speech verb can govern: not one the word before governs itself («دون أن يعرضوا», «ما يعني
    /// أنّ», «أسأل الله أن»). Such a one still starts a clause of its own, so cue searches stop at it.
    /// </summary>
    private bool IsReportComplementizerAt(int k, out int governStart) =>
        IsComplementizerAt(k, out governStart)
        && !(k > 0 && _w.IsWord(k - 1) && QuoteWords.GovernsComplementizer(_w.Keys[k - 1]))
        && !(k > 1 && QuoteWords.IsPrayer(_w.Keys[k - 2], _w.Keys[k - 1]));

    // ---------------------------------------------------------------- bookkeeping

    private Candidate CueCandidate(TextSpan span, QuoteKind kind, int cue)
    {
        var form = IsCue(cue) ?? CueForm.Verb;
        if (SpeechCues.IsFiller(_w.Keys[cue])) form = CueForm.Verb; // «قائلاً» reads its subject like «وقال»
        return new Candidate
        {
            Span = span, Kind = kind, Cue = cue, CueEnd = CueEnd(cue),
            Rule = form == CueForm.Participle ? SpeakerRule.SentenceSubject : SpeakerRule.AfterCue,
        };
    }

    private void Add(Candidate c, TextSpan consumed)
    {
        if (c.Span.IsEmpty) return;
        _found.Add(c);
        _consumed.Add(consumed);
    }

    private bool IsConsumed(int offset) => _consumed.Contains(offset);

    private bool OverlapsConsumed(TextSpan span) => _consumed.Overlaps(span);

    /// <summary>«شبكة "سي إن إن"»: words inside a quoted name are not grammar.</summary>
    private bool InsideShortQuotation(int offset) =>
        (uint)offset < (uint)_segmentHolding.Length && _segmentHolding[offset] is int i and >= 0
        && QuoteMarks.CountWords(_w.Text, _segments[i].Content) < MinQuoteWords;

    private bool IsShortQuotationAt(int offset) =>
        _segmentOpeningAt.TryGetValue(offset, out int i) && _segments[i].IsClosed && QuoteMarks.CountWords(_w.Text, _segments[i].Content) <= 3;

    /// <summary>
    /// Speech verbs that report no quote of their own («وأكد عبدالحافظ مقتل نيازي») still change who is speaking:
    /// a following «وأضاف: …» is theirs.
    /// </summary>
    private List<int> SpeakerChanges()
    {
        var cues = new HashSet<int>(_found.Where(c => c.Cue >= 0).Select(c => c.Cue));
        var changes = new List<int>();
        for (int t = 0; t < _w.Count; t++)
            if (!cues.Contains(t) && IsCue(t) == CueForm.Verb && !SpeechCues.IsFiller(_w.Keys[t]) && !IsConsumed(_w.Tokens[t].Start))
                changes.Add(t);
        return changes;
    }

    private List<Quote> ResolveSpeakers()
    {
        _found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var changes = SpeakerChanges();
        int nextChange = 0;
        var carry = SpeakerGuess.None;
        var quotes = new List<Quote>(_found.Count);
        Candidate? previous = null;
        var women = new HashSet<string>(StringComparer.Ordinal);
        var issuers = new Dictionary<int, SpeakerGuess>(); // the speaker of each announced text, by its colon
        TextSpan enclosing = default;                        // the quote before that reaches furthest
        foreach (var c in _found)
        {
            // a report inside a statement given whole («أولاً: … وأفادت بأنّ …») is someone the statement speaks of,
            // not its issuer
            bool inside = !enclosing.IsEmpty && c.Span.Start >= enclosing.Start && c.Span.End <= enclosing.End;
            if (!inside && c.Span.End > enclosing.End) enclosing = c.Span;
            for (; nextChange < changes.Count && _w.Tokens[changes[nextChange]].Start < c.Span.Start; nextChange++)
            {
                int t = changes[nextChange];
                if (c.Cue >= 0 && t >= c.Cue) continue; // the cue of this quote is read below
                // a new subject, named or not, is who speaks now: «وأشار مندوب خليجي آخر» is not the speaker before;
                // but in the sentence of the report before, a verb followed by a word that names nobody known goes on
                // with that report («وأشار … إلى أنّ رسالة الإسلام حرمت …، وبيّنت عاقبة السوء»: an object, not a subject)
                var named = _speakers.AfterCue(t, CueEnd(t));
                if (!named.Implicit && (named.Found || !SameSentence(previous, t))) carry = named;
            }
            var g = c.Rule switch
            {
                SpeakerRule.AfterCue => _speakers.AfterCue(c.Cue, c.CueEnd),
                // «قال بحاح إنّ…، مضيفاً «…»»: the participle continues the report before it in its sentence.
                SpeakerRule.SentenceSubject => SameSentence(previous, c) ? previous!.Speaker : VerbSubject(c.Cue) ?? _speakers.SentenceSubject(c.Cue),
                SpeakerRule.Headline => HeadlineSpeaker(c.RuleToken),
                SpeakerRule.Announced => issuers.TryGetValue(c.RuleToken, out var issuer) ? issuer : issuers[c.RuleToken] = AnnouncedSpeaker(c.RuleToken, carry),
                SpeakerRule.Attribution => AttributionSpeaker(c.RuleToken),
                _ => SpeakerGuess.None,
            };
            // the subject written right after the cue («قالت هيلاري كلينتون»), as against one inferred from the
            // sentence or carried from before
            bool subjectAfterCue = !g.Implicit && c.Rule == SpeakerRule.AfterCue;
            if (g.Implicit && g.Kind is null && c.Cue >= 0 && c.Rule == SpeakerRule.AfterCue)
            {
                g = _speakers.PersonBefore(c.Cue, OutsideQuotes);
                // «أدان مجلس الوزراء …، وأكد أنّ»: a cue with no subject of its own shares the subject of the verb
                // that opens its sentence
                if (g.Implicit && g.Kind is null) g = _speakers.OpeningSubject(_w.SentenceFirst(c.Cue), c.Cue);
            }
            // «ونقل الأمير نواف …. مشيراً إلى أنّ», «ولكنه أضاف … حين قال»: when nobody is speaking yet and the cue's
            // sentence names no person or body before it, the subject of the sentence before is the one speaking
            if (g.Implicit && g.Kind is null && carry.Implicit && carry.Id is null && c.Cue >= 0
                && c.Rule is SpeakerRule.AfterCue or SpeakerRule.SentenceSubject && !NamesActorBefore(c.Cue))
                g = PreviousSentenceSubject(c.Cue);
            bool written = !g.Implicit || g.Kind is "office" or "document" or "definite-document";
            bool cited = false;
            // an office written without a name is the person speaking before, never a body or a place
            if (g.Kind == "office") g = carry.IsPerson && carry.Id is not null ? carry : g.Body;
            // a study or statistics with no issuer: a body speaking before, or a person who cites them in the same
            // sentence («وكشف المتحدث الرسمي …، حيث أظهرت الإحصائيات أنّ»), never an expert quoted before (the verb
            // agrees with the document, not with the person: «أظهرت» after a man)
            else if (g.Kind is "document" or "definite-document")
            {
                if (carry.Id is not null && !carry.IsPerson) g = carry;
                else if (g.Kind == "definite-document" && c.Cue >= 0
                         && _speakers.PersonBefore(c.Cue, OutsideQuotations) is { Id: not null, IsPerson: true } citing)
                    (g, cited) = (citing, true);
                else g = SpeakerGuess.Unknown;
            }
            // a description of someone («المسؤول»، «الطبيب»، «رئيس الدبلوماسية») is no body or state that spoke before
            else if (g.Kind == "previous" && carry.Id is not null && !carry.IsPerson) g = SpeakerGuess.Unknown;
            // an unnamed spokesman speaks for the body speaking before him, as its named staff do
            else if (g.Kind == "previous-or-body") g = inside ? SpeakerGuess.Unknown : carry;
            // a description points back only at a speaker it described before: «وقال الدفاع» after the accused
            // is a new, unnamed speaker
            else if (g.Description >= 0 && carry.Id is { } carried && !_entities.DescribedBefore(_w.Text, carried, DescriptionStem(g.Description), _w.Tokens[c.Cue].Start))
                g = SpeakerGuess.Unknown;
            else if (g.Implicit) g = inside ? SpeakerGuess.Unknown : carry;
            // «وأضافوا», «أكثر من 50 في المائة من الشيعة … قالوا إنهم»: a plural verb whose subject is not written is
            // said by several unnamed people, never by the one person found before (a body may be a group of people:
            // «الحوثيون … وقالوا»)
            if (!subjectAfterCue && g.IsPerson && c.Cue >= 0 && c.Rule == SpeakerRule.AfterCue && SpeechCues.IsPluralVerb(_w.Keys[c.Cue]))
                g = SpeakerGuess.Anonymous;
            // «أكثر من 50 في المائة من الشيعة الذين شملهم الاستطلاع قالوا إنهم»: a counted group written before a
            // plural verb is its subject, whoever spoke before
            else if (!written && c.Cue >= 0 && c.Rule == SpeakerRule.AfterCue && SpeechCues.IsPluralVerb(_w.Keys[c.Cue]) && CountedGroupBefore(c.Cue))
                g = SpeakerGuess.Anonymous;
            // a participle that goes on with the report before it in its sentence has that report's subject even
            // when its ending does not agree («وأوضحت الدكتورة منى … أنّ …، لافتاً أنّ»: a slip of the writer)
            bool continuesReport = c.Rule == SpeakerRule.SentenceSubject && SameSentence(previous, c);
            if (!cited && !continuesReport) g = AgreeInGender(g, c, subjectAfterCue, women);
            // a news outlet speaks when a cue names it («وقالت صحيفة الرياض»، «بحسب رويترز»), never as a subject
            // carried from before or inferred from the sentence: «، مشيراً إلى أنّ» after «وعلمت عكاظ» is not Okaz
            if (g.IsOutlet && !subjectAfterCue && c.Rule is SpeakerRule.AfterCue or SpeakerRule.SentenceSubject) g = SpeakerGuess.Unknown;
            c.Speaker = g;
            // A subject written out sets who speaks next, even when it names nobody known: a later «وأضاف» is
            // theirs, not the last named speaker's.
            // An attribution opening a sentence («ووفقاً لـ”عكاظ”، فإنّ…») is the reporter citing a source for one
            // sentence, not someone taking the floor.
            if ((g.Found || written) && !inside && !(c.Rule == SpeakerRule.Attribution && c.Cue == _w.SentenceFirst(c.Cue))) carry = g with { ThroughBody = false };
            TextSpan? cue = c.Cue >= 0 ? TextSpan.FromBounds(_w.Tokens[c.Cue].Start, _w.Tokens[c.CueEnd].End) : null;
            quotes.Add(new Quote(c.Span, c.Kind, g.Id, cue, g.ReportedKind));
            previous = c;
        }
        return quotes;
    }

    /// <summary>
    /// Who issued a text announced before the colon at token <paramref name="colon"/>: the one speaking before
    /// («وأوضحت المديرية …. فإن المديرية تود بيان ما يلي:»), when the sentence that announces it names them;
    /// otherwise someone unknown («رسالة فخامة الرئيس … الآتي نصها:» is not the body that spoke before).
    /// </summary>
    private SpeakerGuess AnnouncedSpeaker(int colon, SpeakerGuess carry)
    {
        if (carry.Id is not { } id) return SpeakerGuess.Unknown;
        int first = _w.SentenceFirst(colon);
        return _entities.FirstIn(_w.Tokens[first].Start, _w.Tokens[colon].Start, e => e.Id == id) is not null ? carry : SpeakerGuess.Unknown;
    }

    /// <summary>
    /// The verb agrees with its subject: «وأوضحت» after a man has spoken is a body or a woman speaking, never him;
    /// «وأضاف» after a woman is not her. A person the subject is inferred for (carried from before, found before
    /// the cue, the subject of the sentence) is dropped when the cue's gender does not fit; a person written right
    /// after a feminine verb («قالت هيلاري كلينتون») is a woman from then on. Bodies and states take either gender.
    /// </summary>
    private SpeakerGuess AgreeInGender(SpeakerGuess g, Candidate c, bool subjectAfterCue, HashSet<string> women)
    {
        if (c.Cue < 0 || !g.IsPerson || g.Id is not { } person || g.ThroughBody) return g;
        if (SpeechCues.GenderOf(_w.Keys[c.Cue]) is not { } gender) return g;
        bool feminine = gender == CueGender.Feminine;
        if (subjectAfterCue)
        {
            if (feminine) women.Add(person);
            return g;
        }
        return feminine == women.Contains(person) ? g : SpeakerGuess.Unknown;
    }

    /// <summary>
    /// «ونفى المندوب الدائم للمملكة لدى الجامعة العربية، …، مؤكداً أنّ»: a participle shares the subject of the
    /// speech verb before it in its sentence, not the first body its sentence names. Null when no such verb
    /// precedes it or the verb's subject is not written.
    /// </summary>
    private SpeakerGuess? VerbSubject(int participle)
    {
        int first = _w.SentenceFirst(participle);
        for (int t = first; t < participle; t++)
        {
            if (IsCue(t) != CueForm.Verb || SpeechCues.IsFiller(_w.Keys[t]) || IsConsumed(_w.Tokens[t].Start)) continue;
            var g = _speakers.AfterCue(t, CueEnd(t));
            return g.Implicit && g.Kind is null ? null : g; // a written subject, even one that points back
        }
        return null;
    }

    /// <summary>The head word of a description without its article: «اللاعب» → «لاعب».</summary>
    private string DescriptionStem(int t) =>
        _w.Keys[t].StartsWith(ArabicLetters.Article, StringComparison.Ordinal) && _w.Keys[t].Length > 3 ? _w.Keys[t][2..] : _w.Keys[t];

    /// <summary>A share or count of people a few words before the cue in its sentence: «50 في المائة من», «نصف», «معظم».</summary>
    private bool CountedGroupBefore(int cue)
    {
        for (int t = Math.Max(_w.SentenceFirst(cue), cue - MaxCountedSubjectTokens); t < cue; t++)
        {
            if (QuoteWords.IsQuantifier(_w.Keys[t]) && !IsConsumed(_w.Tokens[t].Start)) return true;
            if (_w.Tokens[t].Kind == TokenKind.Number && t + 1 < cue
                && (_w.Text[_w.Tokens[t + 1].Start] == '%' || QuoteWords.Prepositions.Contains(_w.Keys[t + 1]))) return true;
        }
        return false;
    }

    private const int MaxCountedSubjectTokens = 12;

    /// <summary>Whether the cue's sentence names a person or a body before it.</summary>
    private bool NamesActorBefore(int cue) =>
        _entities.FirstIn(_w.Tokens[_w.SentenceFirst(cue)].Start, _w.Tokens[cue].Start, e => e.Type is EntityType.PER or EntityType.ORG) is not null;

    /// <summary>The subject of the verb opening the sentence before the cue's, or none.</summary>
    private SpeakerGuess PreviousSentenceSubject(int cue)
    {
        int first = _w.SentenceFirst(cue);
        if (first == 0) return SpeakerGuess.None;
        int prevFirst = _w.SentenceFirst(first - 1);
        return _speakers.OpeningSubject(prevFirst, first);
    }

    /// <summary>
    /// Whether a span lies outside every quote found, reports too: a person named in what someone said («داعياً الله
    /// أن يحفظ خادم الحرمين») is not who speaks after «وقال:» in the same sentence.
    /// </summary>
    private bool OutsideQuotes(TextSpan span)
    {
        _quotes ??= new TextCoverage(_w.Text.Length, _found.Select(c => c.Span));
        return !_quotes.Overlaps(span);
    }

    private bool OutsideQuotations(TextSpan span)
    {
        _quotations ??= new TextCoverage(_w.Text.Length, _found.Where(c => c.Kind is QuoteKind.Direct or QuoteKind.Mixed).Select(c => c.Span));
        return !_quotations.Overlaps(span);
    }

    private bool SameSentence(Candidate? a, Candidate b) => b.Cue >= 0 && SameSentence(a, b.Cue);

    private bool SameSentence(Candidate? a, int t) => a is not null && a.Cue >= 0 && _w.SentenceOf[a.Cue] == _w.SentenceOf[t];

    private SpeakerGuess HeadlineSpeaker(int t)
    {
        var tok = _w.Tokens[t];
        if (_entities.At(tok.Start, tok.End) is { } e) return SpeakerGuess.Named(e);
        return QuoteWords.IsAnonymousSpeaker(_w.Keys[t]) ? SpeakerGuess.Anonymous : SpeakerGuess.Unknown;
    }
}
