using System.Globalization;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages.Staff;

/// <summary>Small pieces the staff pages share: Taipei times, the message after an action, the language of a form's address.</summary>
public static class StaffPageParts
{
    /// <summary>A Taipei date and time, machine-readable in the datetime attribute.</summary>
    public static string Time(DateTimeOffset? instant, string format = "yyyy-MM-dd HH:mm") =>
        instant is { } at
            ? $"<time datetime=\"{Html.Attr(at.ToString("O", CultureInfo.InvariantCulture))}\">{TaipeiTime.ToTaipei(at).ToString(format, CultureInfo.InvariantCulture)}</time>"
            : "—";

    /// <summary>What the last action did, announced to screen readers as the page loads.</summary>
    public static string Message(string? html) => html is null ? "" : $"<p class=\"status-message\" role=\"status\">{html}</p>\n";

    /// <summary>A form's action that keeps the page's language, so refusals and errors come back in it too.</summary>
    public static string Action(string path, string language) => StaffLayout.Link(path, language);

    /// <summary>A table cell that carries its column's heading, which a phone shows beside the value once the table is stacked.</summary>
    public static string Td(string label, string html) => $"<td data-label=\"{Html.Attr(label)}\">{html}</td>";

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Decimal(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static bool English(string language) => language == Language.English;
}
