using System.Globalization;
using System.Text;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>
/// Horizontal bars for units, categories and options: each label on a row of its own above its bar, in the page's
/// text, so a long unit name wraps instead of being cut off and stays as large as the text around it on a phone. The
/// bar itself is a one-rectangle SVG sized in percent (no inline style, which the Content-Security-Policy forbids);
/// readers hear the label and the figure as a list item, the bar is hidden from them.
/// </summary>
public static class BarList
{
    /// <returns>Whether anything was drawn: bars with no value at all are left out with the chart.</returns>
    public static bool Append(StringBuilder body, string id, string title, IReadOnlyList<ChartBar> bars, decimal max)
    {
        if (bars.All(b => b.Value is null))
        {
            return false;
        }
        body.Append(CultureInfo.InvariantCulture, $"<figure class=\"bar-chart\" id=\"{Html.Attr(id)}\" aria-labelledby=\"{Html.Attr(id)}-title\">");
        body.Append(CultureInfo.InvariantCulture, $"<figcaption id=\"{Html.Attr(id)}-title\">{Html.Encode(title)}</figcaption><ul class=\"bars\">");
        foreach (var bar in bars)
        {
            var share = bar.Value is { } v && max > 0 ? Math.Clamp(v, 0, max) / max * 100 : 0;
            body.Append(CultureInfo.InvariantCulture, $"<li><span class=\"bar-label\">{Html.Encode(bar.Label)}</span>");
            body.Append(CultureInfo.InvariantCulture,
                $"<span class=\"bar-row\"><svg class=\"bar\" aria-hidden=\"true\" focusable=\"false\" width=\"100%\" height=\"14\"><rect width=\"{share:0.#}%\" height=\"14\" class=\"chart-bar\"/></svg>");
            body.Append(CultureInfo.InvariantCulture, $"<span class=\"bar-value\">{Html.Encode(bar.Text)}</span></span></li>");
        }
        body.Append("</ul></figure>\n");
        return true;
    }
}
