using System.IO.Hashing;
using System.Text;
using Marsad.Text;
using System.Globalization;

namespace Marsad.Corpus.Store;

/// <summary>
/// The stable id of an article, from what makes two copies "the same article": its URL when it has one,
/// otherwise the hash of its folded text (letters and digits only, so re-spaced or re-punctuated copies of
/// one text agree). The same input gives the same id on every machine and every run.
/// </summary>
public readonly record struct ArticleIdentity(string Id, string? Url, string ContentHash)
{
    public static ArticleIdentity For(string text, string? url)
    {
        string contentHash = ContentHashOf(text);
        string? normalizedUrl = NormalizeUrl(url);
        string key = normalizedUrl is not null ? "u:" + normalizedUrl : "h:" + contentHash;
        ulong h = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(key));
        return new ArticleIdentity("a" + h.ToString("x16", CultureInfo.InvariantCulture), normalizedUrl, contentHash);
    }

    /// <summary>XxHash128 of the folded letters and digits of <paramref name="text"/>, as 32 hex digits.</summary>
    public static string ContentHashOf(string text)
    {
        var hash = new XxHash128();
        Span<char> folded = stackalloc char[1024];
        Span<byte> bytes = stackalloc byte[1024 * 3];
        int n = 0;
        foreach (char c in text)
        {
            char f = ArabicFolder.FoldChar(c, FoldOptions.Matching);
            if (f == '\0' || !char.IsLetterOrDigit(f)) continue;
            folded[n++] = f;
            if (n == folded.Length) { hash.Append(bytes[..Encoding.UTF8.GetBytes(folded, bytes)]); n = 0; }
        }
        if (n > 0) hash.Append(bytes[..Encoding.UTF8.GetBytes(folded[..n], bytes)]);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Lower-case scheme and host, no fragment, no trailing slash; null when there is no usable URL.</summary>
    public static string? NormalizeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        url = url.Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return url;
        var path = Uri.UnescapeDataString(uri.AbsolutePath).TrimEnd('/');
        return $"{uri.Host.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}{path}{uri.Query}";
    }
}
