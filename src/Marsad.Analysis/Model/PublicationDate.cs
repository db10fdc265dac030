using System.Globalization;

namespace Marsad.Analysis;

/// <summary>A publication date, with a time of day when the source gives one (kept in UTC).</summary>
public readonly record struct PublicationDate(DateOnly Date, TimeOnly? Time)
{
    public DayOfWeek DayOfWeek => Date.DayOfWeek;

    /// <summary>`YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`, as analysis-json.md asks.</summary>
    public override string ToString() =>
        Time is { } t
            ? $"{Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{t.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}Z"
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "yyyyMMdd"];

    /// <summary>Parses the date forms found in news metadata: ISO dates, ISO date-times with or without a zone, RFC 1123.</summary>
    public static bool TryParse(string? value, out PublicationDate result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            result = new PublicationDate(d, null);
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            var utc = dto.UtcDateTime;
            result = new PublicationDate(DateOnly.FromDateTime(utc), TimeOnly.FromDateTime(utc));
            return true;
        }
        return false;
    }
}
