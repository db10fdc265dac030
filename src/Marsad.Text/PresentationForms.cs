using System.Text;

namespace Marsad.Text;

/// <summary>
/// NFKC of each Arabic presentation form (ﻻ → لا, ﷲ → الله, ﺑ → ب), computed once. Spaces inside the
/// phrase ligatures (ﷺ, ﷽) are dropped so the key keeps letters only; the BOM expands to nothing.
/// </summary>
internal static class PresentationForms
{
    private static readonly string[] FormsA = Build('\uFB50', '\uFDFF');
    private static readonly string[] FormsB = Build('\uFE70', '\uFEFF');

    public static string Expand(char c) => c <= '\uFDFF' ? FormsA[c - '\uFB50'] : FormsB[c - '\uFE70'];

    private static string[] Build(char first, char last)
    {
        var forms = new string[last - first + 1];
        for (int c = first; c <= last; c++)
        {
            string s = ((char)c).ToString();
            forms[c - first] = c == '\uFEFF' ? "" : s.IsNormalized(NormalizationForm.FormKC) ? s : s.Normalize(NormalizationForm.FormKC).Replace(" ", "", StringComparison.Ordinal);
        }
        return forms;
    }
}
