using ServiceQuality.Domain.Comments;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Reports;

/// <summary>Tallies a survey's responses and comments, and adds the tallies of months into those of a longer period.</summary>
public sealed class SurveyRollupCalculator(AgencyOrganisation organisation)
{
    /// <summary>
    /// The tallies of the responses the figures count: not quarantined nor discarded, and open ones only when
    /// <paramref name="publishOpen"/>. The verified tally and the quarantine counts are kept apart either way.
    /// </summary>
    public SurveyRollup Tally(SurveyDefinition survey, IEnumerable<SurveyResponse> responses, IEnumerable<SurveyComment> comments, bool publishOpen = true)
    {
        var all = responses.ToList();
        var counted = all.Where(r => r.IsCounted && (publishOpen || r.Verified)).ToList();
        var verified = all.Where(r => r.IsCounted && r.Verified)
            .Aggregate(LikertTally.Empty, (tally, r) => Add(tally, r, survey.OverallQuestion.Id));
        return TallyCounted(survey, counted, comments) with
        {
            Verified = verified,
            OpenResponses = counted.Count(r => !r.Verified),
            Quarantined = all.Count(r => r.Review == ResponseReview.Quarantined),
            Discarded = all.Count(r => r.Review == ResponseReview.Discarded),
            OpenPublished = publishOpen,
        };
    }

    private SurveyRollup TallyCounted(SurveyDefinition survey, IReadOnlyList<SurveyResponse> responses, IEnumerable<SurveyComment> comments)
    {
        var likert = survey.Questions.Where(q => q.Type == QuestionType.Likert).Select(q => q.Id).ToList();
        var overallId = survey.OverallQuestion.Id;
        var questions = likert.ToDictionary(id => id, _ => LikertTally.Empty, StringComparer.Ordinal);
        var units = new Dictionary<string, LikertTally>(StringComparer.Ordinal);
        var channels = new Dictionary<string, LikertTally>(StringComparer.Ordinal);
        var dissatisfied = new HashSet<string>(StringComparer.Ordinal);
        var all = responses as IReadOnlyList<SurveyResponse> ?? responses.ToList();
        foreach (var response in all)
        {
            foreach (var id in likert)
            {
                questions[id] = Add(questions[id], response, id);
            }
            var unit = string.IsNullOrEmpty(response.UnitId) ? SurveyRollup.Unspecified : response.UnitId;
            units[unit] = Add(units.GetValueOrDefault(unit, LikertTally.Empty), response, overallId);
            var channel = string.IsNullOrEmpty(response.Channel) ? SurveyRollup.Unspecified : response.Channel;
            channels[channel] = Add(channels.GetValueOrDefault(channel, LikertTally.Empty), response, overallId);
            if (response.LikertScore(overallId) is { } score && !LikertScale.IsSatisfied(score))
            {
                dissatisfied.Add(response.Id);
            }
        }

        // The comment carries the overall score it was sent with; the response decides, as it is the record of the answer.
        var ofDissatisfied = comments.Where(c => dissatisfied.Contains(c.ResponseId)).ToList();
        var topics = ofDissatisfied.Where(c => c.Status == CommentStatus.Classified && c.Topic is not null)
            .GroupBy(c => c.Topic!, StringComparer.Ordinal)
            .Select(g => new TopicTally(g.Key, g.Count(),
                g.Count(c => c.Sentiment == "negative"), g.Count(c => c.Sentiment == "neutral"), g.Count(c => c.Sentiment == "positive")));

        return new SurveyRollup(
            survey.Id,
            overallId,
            questions[overallId],
            likert.Select(id => new KeyedTally(id, questions[id])).ToList(),
            OrderUnits(units.Select(u => new KeyedTally(u.Key, u.Value))),
            OrderKeys(channels.Select(c => new KeyedTally(c.Key, c.Value))),
            dissatisfied.Count,
            OrderTopics(topics),
            ofDissatisfied.Count(c => c.Status != CommentStatus.Classified || c.Topic is null),
            ChoiceTallies.Count(survey, all));
    }

    /// <summary>The tallies of several periods of one survey added together, e.g. the months of a year.</summary>
    public SurveyRollup Merge(SurveyDefinition survey, IEnumerable<SurveyRollup> parts)
    {
        var list = parts.Where(p => p.SurveyId == survey.Id).ToList();
        var empty = Tally(survey, [], [], true);
        if (list.Count == 0)
        {
            return empty;
        }
        return new SurveyRollup(
            survey.Id,
            empty.OverallQuestionId,
            list.Aggregate(LikertTally.Empty, (sum, p) => sum.Plus(p.Overall)),
            // Questions keep the order of the definition; one dropped from a later version is kept after the others.
            MergeKeyed(list.SelectMany(p => p.Questions), keys => keys.OrderBy(k => IndexOf(survey, k)).ThenBy(k => k, StringComparer.Ordinal)),
            OrderUnits(MergeKeyed(list.SelectMany(p => p.Units), keys => keys)),
            OrderKeys(MergeKeyed(list.SelectMany(p => p.Channels), keys => keys)),
            list.Sum(p => p.DissatisfiedResponses),
            OrderTopics(list.SelectMany(p => p.DissatisfiedTopics).GroupBy(t => t.Topic, StringComparer.Ordinal)
                .Select(g => g.Aggregate(new TopicTally(g.Key, 0, 0, 0, 0), (sum, t) => sum.Plus(t)))),
            list.Sum(p => p.CommentsAwaitingClassification),
            ChoiceTallies.Merge(survey, list),
            list.Aggregate(LikertTally.Empty, (sum, p) => sum.Plus(p.Verified ?? LikertTally.Empty)),
            list.Sum(p => p.OpenResponses),
            list.Sum(p => p.Quarantined),
            list.Sum(p => p.Discarded),
            list.All(p => p.OpenPublished));
    }

    private static LikertTally Add(LikertTally tally, SurveyResponse response, string questionId) =>
        tally.Add(response.LikertScore(questionId),
            response.Answers.TryGetValue(questionId, out var value) && value == LikertScale.NotApplicable);

    private static List<KeyedTally> MergeKeyed(IEnumerable<KeyedTally> tallies, Func<IEnumerable<string>, IEnumerable<string>> order)
    {
        var sums = tallies.GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(LikertTally.Empty, (sum, t) => sum.Plus(t.Tally)), StringComparer.Ordinal);
        return order(sums.Keys.ToList()).Select(k => new KeyedTally(k, sums[k])).ToList();
    }

    private static int IndexOf(SurveyDefinition survey, string questionId)
    {
        var index = survey.Questions.ToList().FindIndex(q => q.Id == questionId);
        return index < 0 ? int.MaxValue : index;
    }

    /// <summary>Units as the organisation lists them, then units no longer in it by id, then responses naming none.</summary>
    private List<KeyedTally> OrderUnits(IEnumerable<KeyedTally> units)
    {
        var order = organisation.Units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return units
            .OrderBy(u => u.Key == SurveyRollup.Unspecified ? 2 : order.ContainsKey(u.Key) ? 0 : 1)
            .ThenBy(u => order.GetValueOrDefault(u.Key))
            .ThenBy(u => u.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static List<KeyedTally> OrderKeys(IEnumerable<KeyedTally> tallies) =>
        tallies.OrderBy(t => t.Key == SurveyRollup.Unspecified ? 1 : 0).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();

    private static List<TopicTally> OrderTopics(IEnumerable<TopicTally> topics) =>
        topics.OrderByDescending(t => t.Comments).ThenBy(t => t.Topic, StringComparer.Ordinal).ToList();
}
