namespace Marsad.Web.Hosting;

/// <summary>RFC 9457 problem details for the API's refusals: a title, a sentence that says what to send instead.</summary>
public static class Problems
{
    public static IResult NotFound(string detail) => Results.Problem(title: "Not found", detail: detail, statusCode: 404);

    public static IResult BadRequest(string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: 400);

    public static IResult NoCorpus() => NotFound("The data folder holds no corpus yet (run 'marsad ingest').");

    /// <summary>A YYYY-MM-DD date parameter: null when absent, an error message when malformed.</summary>
    public static bool TryDate(string? value, string name, out DateOnly? date, out IResult? problem)
    {
        date = null;
        problem = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", out var d))
        {
            date = d;
            return true;
        }
        problem = BadRequest("Bad date", $"'{name}' must be YYYY-MM-DD, not '{value}'.");
        return false;
    }
}
