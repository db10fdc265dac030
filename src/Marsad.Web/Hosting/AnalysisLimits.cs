using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Marsad.Web.Hosting;

/// <summary>
/// Analysing a posted text is the one request whose cost the client chooses: a few analyses run at once and a few
/// wait; more are refused with 429 and Retry-After, so four large posts cannot take the memory and CPU that every
/// search and page needs. A text longer than any news article is refused with 413 before it is analysed.
/// </summary>
public static class AnalysisLimits
{
    public const string Policy = "analysis";

    /// <summary>Seconds a refused client is told to wait: about the time an analysis of a long article takes.</summary>
    private const int RetryAfterSeconds = 5;

    public static IServiceCollection AddAnalysisLimits(this IServiceCollection services, WebOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            limiter.AddConcurrencyLimiter(Policy, concurrency =>
            {
                concurrency.PermitLimit = options.MaxConcurrentAnalyses;
                concurrency.QueueLimit = options.MaxConcurrentAnalyses;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });

    /// <summary>True when <paramref name="text"/> is longer than the server analyses.</summary>
    public static bool TooLong(string text, WebOptions options) => text.Length > options.MaxAnalyzeChars;

    public static IResult TooLongProblem(WebOptions options) => Results.Problem(title: "Text too long",
        detail: $"At most {options.MaxAnalyzeChars.ToString("N0", CultureInfo.InvariantCulture)} characters are analysed; split the text.",
        statusCode: StatusCodes.Status413PayloadTooLarge);
}
