using System.Globalization;
using System.Text;

namespace ServiceQuality.Handlers.Pages;

/// <summary>
/// A table of report figures: captioned, column and row headers scoped, in a scrolling region that keyboard users can
/// reach and screen readers announce by the caption, so that a wide table never widens a phone's page.
/// </summary>
public static class ReportTable
{
    /// <param name="rowHeaders">How many leading cells of a row name it; each is a row header, read out with the row's figures.</param>
    public static void Append(StringBuilder body, string caption, IReadOnlyList<string> headers, IEnumerable<string[]> rows, int rowHeaders = 1)
    {
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"{Html.Attr(caption)}\"><table class=\"report-table\"><caption>{Html.Encode(caption)}</caption><thead><tr>");
        foreach (var header in headers)
        {
            body.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Encode(header)}</th>");
        }
        body.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            body.Append("<tr>");
            foreach (var header in row.Take(rowHeaders))
            {
                body.Append(CultureInfo.InvariantCulture, $"<th scope=\"row\">{Html.Encode(header)}</th>");
            }
            foreach (var cell in row.Skip(rowHeaders))
            {
                body.Append(CultureInfo.InvariantCulture, $"<td>{Html.Encode(cell)}</td>");
            }
            body.Append("</tr>");
        }
        body.Append("</tbody></table></div>\n");
    }
}
