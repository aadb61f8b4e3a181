using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;

namespace ServiceQuality.Handlers.Pages.Comments;

/// <summary>What the comments reader's filters offer: the surveys, the units, and the months up to the current one.</summary>
public sealed record CommentFilterOptions(IReadOnlyCollection<SurveyDefinition> Surveys, IReadOnlyList<Unit> Units, MonthKey Current)
{
    /// <summary>How many months back the month filter lists; an older month can still be asked for in the link.</summary>
    public const int MonthsListed = 24;

    public IEnumerable<MonthKey> Months()
    {
        var month = Current;
        for (var i = 0; i < MonthsListed; i++, month = month.Previous)
        {
            yield return month;
        }
    }
}
