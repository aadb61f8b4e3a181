using System.Globalization;
using System.Text;
using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>
/// A table of report figures: captioned, column and row headers scoped, in a region that keyboard users can reach and
/// screen readers announce by the caption. On a phone each row is stacked as a card, every figure beside its column's
/// name (data-label), so no table scrolls sideways. A table whose every figure is empty ("—") is not drawn: one line
/// says so instead, on screen, and in print not even that.
/// </summary>
public static class ReportTable
{
    /// <param name="rowHeaders">How many leading cells of a row name it; each is a row header, read out with the row's figures.</param>
    /// <returns>Whether the table was drawn; false when it had no figure to show.</returns>
    public static bool Append(StringBuilder body, string caption, IReadOnlyList<string> headers, IEnumerable<string[]> rows, string language, int rowHeaders = 1)
    {
        var list = rows.ToList();
        if (!HasFigures(list, rowHeaders))
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"no-figures\">{Html.Encode(NoFigures(caption, language))}</p>\n");
            return false;
        }
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Html.Attr(caption)}\"><table class=\"report-table\"><caption>{Html.Encode(caption)}</caption><thead><tr>");
        foreach (var header in headers)
        {
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Encode(header)}</th>");
        }
        body.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            body.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var label = Html.Attr(i < headers.Count ? headers[i] : "");
                body.Append(i < rowHeaders
                    ? $"<th scope=\"row\" data-label=\"{label}\">{Html.Encode(row[i])}</th>"
                    : $"<td data-label=\"{label}\">{Html.Encode(row[i])}</td>");
            }
            body.Append("</tr>");
        }
        body.Append("</tbody></table></div>\n");
        return true;
    }

    /// <summary>Whether any row has a figure: a value cell that is neither empty nor "—".</summary>
    public static bool HasFigures(IEnumerable<string[]> rows, int rowHeaders = 1) =>
        rows.Any(row => row.Skip(rowHeaders).Any(cell => !string.IsNullOrWhiteSpace(cell) && cell != ReportText.Dash));

    public static string NoFigures(string caption, string language) => language == Language.English
        ? $"{caption}: no figures to publish for this period (no responses, or too few to publish)."
        : $"{caption}：本期無可公布之數據（無填答或樣本數過少）。";
}
