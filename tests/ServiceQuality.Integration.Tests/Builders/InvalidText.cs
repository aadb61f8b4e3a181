using System.Net.Http.Headers;
using System.Text;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>
/// Text no store or e-mail can hold, placed into a JSON body by hand: a serializer would repair it. The field
/// is first given a marker, then the marker's bytes are swapped for the broken text.
/// </summary>
public enum InvalidText
{
    /// <summary>An escaped lone high surrogate: <c>"a\ud800b"</c>.</summary>
    LoneSurrogate,
    /// <summary>A raw 0xFF byte inside the string.</summary>
    InvalidUtf8,
}

public static class InvalidTextBodies
{
    public const string Marker = "@@invalid-text@@";

    public static ByteArrayContent Json(string jsonWithMarker, InvalidText kind)
    {
        var before = Encoding.UTF8.GetBytes(jsonWithMarker);
        var marker = Encoding.UTF8.GetBytes(Marker);
        var at = before.AsSpan().IndexOf(marker);
        if (at < 0)
        {
            throw new ArgumentException("The body has no marker.", nameof(jsonWithMarker));
        }
        var broken = kind == InvalidText.LoneSurrogate ? Encoding.ASCII.GetBytes("a\\ud800b") : [(byte)'a', 0xFF, (byte)'b'];
        var content = new ByteArrayContent([.. before[..at], .. broken, .. before[(at + marker.Length)..]]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
