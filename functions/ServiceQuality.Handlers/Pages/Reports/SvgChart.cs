using System.Globalization;
using System.Text;

namespace ServiceQuality.Handlers.Pages.Reports;

/// <summary>One bar of a chart: its label, its value (null when suppressed or absent) and the text shown beside it.</summary>
public sealed record ChartBar(string Label, decimal? Value, string Text);

/// <summary>
/// Charts drawn as inline SVG on the server: no script, no chart library, nothing fetched from elsewhere. Each has a
/// title and a description that screen readers announce; the page puts the same figures in a table beside it. Only
/// the monthly trend is drawn so, on wide screens and paper; narrow screens get the same figures as a <see cref="BarList"/>.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;

    /// <summary>Vertical columns in time order, for the monthly trend; the axis runs from 0 to <paramref name="max"/>.</summary>
    public static string Columns(string id, string title, string description, IReadOnlyList<ChartBar> columns, decimal max)
    {
        const int height = 240, left = 40, bottom = 40, top = 24;
        var plotHeight = height - top - bottom;
        var step = (Width - left) / (double)Math.Max(1, columns.Count);
        var svg = Open(id, title, description, height);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{Width}\" y2=\"{height - bottom}\" class=\"chart-axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{top + 4}\" text-anchor=\"end\" class=\"chart-label\">{max.ToString("0", CultureInfo.InvariantCulture)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{height - bottom}\" text-anchor=\"end\" class=\"chart-label\">0</text>");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var x = left + i * step;
            var h = column.Value is { } v && max > 0 ? (double)(Math.Clamp(v, 0, max) / max) * plotHeight : 0;
            var y = height - bottom - h;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + step * 0.15:0.#}\" y=\"{y:0.#}\" width=\"{step * 0.7:0.#}\" height=\"{h:0.#}\" class=\"chart-bar\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + step / 2:0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\" class=\"chart-value\">{Html.Encode(column.Text)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + step / 2:0.#}\" y=\"{height - bottom + 18}\" text-anchor=\"middle\" class=\"chart-label\">{Html.Encode(column.Label)}</text>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int height) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"{id}\" class=\"chart\" role=\"img\" viewBox=\"0 0 {Width} {height}\" ")
        .Append(CultureInfo.InvariantCulture, $"aria-labelledby=\"{id}-title {id}-desc\">")
        .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Html.Encode(title)}</title>")
        .Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Html.Encode(description)}</desc>");
}
