using System.Globalization;

namespace Marsad.Knowledge.Geo;

/// <summary>A place on the globe in degrees (WGS 84): latitude north, longitude east.</summary>
public readonly record struct GeoPoint(double Lat, double Lon)
{
    /// <summary>Two decimals (about a kilometre): enough for a world map, and the file stays small.</summary>
    public static string Format(double degrees) => Math.Round(degrees, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static bool TryParse(string lat, string lon, out GeoPoint point)
    {
        point = default;
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) || a is < -90 or > 90) return false;
        if (!double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var o) || o is < -180 or > 180) return false;
        point = new GeoPoint(a, o);
        return true;
    }
}
