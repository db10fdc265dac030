using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Marsad.Text;

namespace Marsad.Corpus.Search;

/// <summary>
/// Turns a field into search terms with Marsad's own tokenizer: words, numbers, hashtags and handles,
/// folded with <see cref="ArabicFolder"/> and stemmed by <see cref="SearchStemmer"/>. Offsets are those of the original text,
/// so highlighted snippets point at the surface words.
/// </summary>
internal sealed class ArabicSearchTokenizer : Lucene.Net.Analysis.Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private string _text = "";
    private Marsad.Text.Token[] _tokens = [];
    private int _next;
    private char[] _buffer = new char[64];
    private readonly bool _forQuery;
    private readonly List<string> _stems = new(8);
    private int _nextStem;
    private int _stemStart, _stemEnd;

    public ArabicSearchTokenizer(TextReader input, bool forQuery) : base(input)
    {
        _forQuery = forQuery;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _text = m_input.ReadToEnd();
        _tokens = Marsad.Text.Tokenizer.Tokenize(_text);
        _next = 0;
        _stems.Clear();
        _nextStem = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        // The other stems of the last word sit at its position (position increment 0), like synonyms.
        if (_nextStem < _stems.Count)
        {
            _term.SetEmpty().Append(_stems[_nextStem++]);
            _offset.SetOffset(_stemStart, _stemEnd);
            _position.PositionIncrement = 0;
            return true;
        }
        while (_next < _tokens.Length)
        {
            var token = _tokens[_next++];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol) continue;
            var surface = _text.AsSpan(token.Start, token.Span.Length);
            if (token.Kind is TokenKind.Hashtag or TokenKind.Mention) surface = surface[1..];
            int max = ArabicFolder.MaxFoldedLength(surface, SearchStemmer.Reading);
            if (_buffer.Length < max) _buffer = new char[max];
            int n = ArabicFolder.Fold(surface, _buffer, SearchStemmer.Reading);
            if (n == 0) continue;
            string word = new(_buffer, 0, n);
            _stemStart = CorrectOffset(token.Start);
            _stemEnd = CorrectOffset(token.End);
            _offset.SetOffset(_stemStart, _stemEnd);
            _position.PositionIncrement = 1;
            if (_forQuery)
            {
                _stems.Clear();
                _term.SetEmpty().Append(SearchStemmer.QueryStem(word));
                return true;
            }
            SearchStemmer.Stems(word, _stems);
            _nextStem = 1;
            _term.SetEmpty().Append(_stems[0]);
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        int final = CorrectOffset(_text.Length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) { _text = ""; _tokens = []; }
    }
}

/// <summary>
/// The analyzer of every full-text field (body, headline, entity names): each word gives its folded form and
/// every clitic stem. With <c>forQuery</c>, each query word gives only its shortest stem (see SearchStemmer).
/// </summary>
public sealed class ArabicSearchAnalyzer(bool forQuery = false) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ArabicSearchTokenizer(reader, forQuery));

    /// <summary>The search terms of <paramref name="text"/>, as the index sees them (for tests and keyword fields).</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
