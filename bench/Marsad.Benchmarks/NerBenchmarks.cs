using BenchmarkDotNet.Attributes;
using Marsad.Analysis;
using Marsad.Analysis.Entities;
using Marsad.Analysis.Ner;
using Marsad.Tools.Ner;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// Name-tagging throughput on one core, on real newswire: the ANERcorp test split re-joined as running text
/// (about 25,000 tokens, tokenised by Marsad's Tokenizer as an article would be), or the sample article when the
/// data is absent. Tokens per second = <see cref="TokenCount"/> / mean time (printed at setup).
/// </summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private string _text = "";
    private Token[] _tokens = [];
    private List<Sentence> _sentences = [];
    private INameTagger _tagger = null!;

    public int TokenCount => _tokens.Length;

    [GlobalSetup]
    public void Setup()
    {
        var conll = BenchData.Shared("data", "ner", "anercorp", "ANERCorp_CamelRecipe_test.txt");
        _text = conll is null
            ? File.ReadAllText(BenchData.Sample("ar-sample-01.txt"))
            : string.Join('\n', ConllCorpus.Read(conll).Select(s => string.Join(' ', s.Tokens)));
        _tokens = Tokenizer.Tokenize(_text);
        _sentences = SentenceSplitter.Split(_text, _tokens).Select(s => new Sentence(s)).ToList();
        _tagger = PerceptronNameTagger.Default;
        _tagger.Tag(_text, _tokens, _sentences); // load the model outside the measurement
        Console.WriteLine($"// NER benchmark text: {_tokens.Length} tokens, {_sentences.Count} sentences");
    }

    [Benchmark]
    public int TagNames() => _tagger.Tag(_text, _tokens, _sentences).Count;
}
