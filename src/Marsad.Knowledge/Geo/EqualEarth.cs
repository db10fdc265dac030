namespace Marsad.Knowledge.Geo;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny 2018), on a plane scaled so that the world is
/// <see cref="Width"/> units wide, y growing southwards as in SVG. The world outline and the markers drawn on it go
/// through this one function, so a marker sits on its country.
/// </summary>
public static class EqualEarth
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>The raw projection of λ = π, φ = 0, i.e. half the world's width in projected units.</summary>
    private static readonly double HalfWidth = Raw(Math.PI, 0).X;

    public const double Width = 1000;

    /// <summary>The height of the projected world in the same units: φ = ±90°.</summary>
    public static readonly double Height = 2 * Raw(0, Math.PI / 2).Y * (Width / 2 / HalfWidth);

    public static (double X, double Y) Project(double lon, double lat)
    {
        var (x, y) = Raw(lon * Math.PI / 180, lat * Math.PI / 180);
        double k = Width / 2 / HalfWidth;
        return (Width / 2 + x * k, Height / 2 - y * k);
    }

    public static (double X, double Y) Project(GeoPoint p) => Project(p.Lon, p.Lat);

    private static (double X, double Y) Raw(double lambda, double phi)
    {
        double t = Math.Asin(M * Math.Sin(phi)), t2 = t * t, t6 = t2 * t2 * t2;
        double x = lambda * Math.Cos(t) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        double y = t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return (x, y);
    }
}
