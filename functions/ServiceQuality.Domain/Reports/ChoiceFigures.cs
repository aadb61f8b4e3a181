using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The small-cell rule of the report applied to a single-choice distribution. A question answered fewer times than the
/// minimum is suppressed whole. Otherwise an option chosen by 1 to fewer than the minimum is suppressed; no answer at
/// all is published, as it says nothing about anyone. As the total is published, one suppressed option could be worked
/// out by subtraction, so the next smallest chosen option is suppressed with it.
/// </summary>
public static class ChoiceFigures
{
    public static ChoiceReport Of(ChoiceTally tally, Question? question, int minimumCellSize)
    {
        var text = question?.Text.Values ?? new Dictionary<string, string>();
        IReadOnlyDictionary<string, string>? Name(string value) => question?.Options.FirstOrDefault(o => o.Value == value)?.Text.Values;
        var answered = tally.Answered;
        if (answered < minimumCellSize)
        {
            return new ChoiceReport(tally.QuestionId, text, null,
                tally.Options.Select(o => new ChoiceOptionReport(o.Value, Name(o.Value), null, null, true)).ToList(), true);
        }
        var small = tally.Options.Where(o => IsSmall(o.Count, minimumCellSize)).Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        if (small.Count == 1 && tally.Options.Where(o => o.Count > 0 && !small.Contains(o.Value)).MinBy(o => o.Count) is { } next)
        {
            small.Add(next.Value);
        }
        return new ChoiceReport(tally.QuestionId, text, answered,
            tally.Options.Select(o => small.Contains(o.Value)
                ? new ChoiceOptionReport(o.Value, Name(o.Value), null, null, true)
                : new ChoiceOptionReport(o.Value, Name(o.Value), o.Count, Math.Round(100m * o.Count / answered, 1, MidpointRounding.AwayFromZero), false)).ToList(),
            false);
    }

    private static bool IsSmall(int count, int minimumCellSize) => count > 0 && count < minimumCellSize;
}
