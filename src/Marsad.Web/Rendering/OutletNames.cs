using Marsad.Knowledge.Outlets;

namespace Marsad.Web.Rendering;

/// <summary>Outlets as the pages name them: the outlet table's name in the interface language, else the stored code.</summary>
public static class OutletNames
{
    public static string Display(string? outlet, UiText ui)
    {
        if (string.IsNullOrWhiteSpace(outlet)) return ui.Unknown;
        return OutletTable.Default.Find(outlet) is { } o ? (ui.Lang == "ar" ? o.NameAr : o.Name) : outlet;
    }
}
