using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ServiceQuality.Handlers.Pages;

public static class Html
{
    // The default encoder escapes every non-ASCII character; Chinese pages stay readable with all ranges allowed.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    public static string Attr(string? text) => Encode(text);
}
