using ServiceQuality.Domain.Privacy;

namespace ServiceQuality.Domain.Comments;

/// <summary>One page of the comments a manager reads: masked text, with the classifier's topic and sentiment.</summary>
/// <param name="Total">Comments matching the filters, on every page.</param>
public sealed record CommentPage(CommentQuery Query, IReadOnlyList<SurveyComment> Comments, int Total, int PageCount);

/// <summary>
/// Reads a survey's comments of a month for the managers' reader: filtered, newest first, a page at a time. The text
/// is masked again on the way out, whatever the stored record holds, so no personal data reaches a screen.
/// </summary>
public sealed class CommentReader(ISurveyCommentStore comments, PersonalDataMasker masker)
{
    public const int PageSize = 20;

    public async Task<CommentPage> ReadAsync(CommentQuery query, CancellationToken cancellationToken)
    {
        var matching = new List<SurveyComment>();
        await foreach (var comment in comments.ListMonthAsync(query.SurveyId, query.Month, cancellationToken))
        {
            if (query.Matches(comment))
            {
                matching.Add(comment);
            }
        }
        var ordered = matching.OrderByDescending(c => c.ReceivedAt).ThenBy(c => c.ResponseId, StringComparer.Ordinal).ToList();
        var pageCount = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var page = ordered.Skip((query.Page - 1) * PageSize).Take(PageSize).Select(c => c with { Text = masker.Mask(c.Text) }).ToList();
        return new CommentPage(query, page, ordered.Count, pageCount);
    }
}
