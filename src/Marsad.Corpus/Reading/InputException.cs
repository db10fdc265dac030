namespace Marsad.Corpus.Reading;

/// <summary>An input that cannot be read as an article; the message names the input and the problem.</summary>
public sealed class InputException(string location, string problem) : Exception($"{location}: {problem}")
{
    public string Location { get; } = location;
    public string Problem { get; } = problem;
}
