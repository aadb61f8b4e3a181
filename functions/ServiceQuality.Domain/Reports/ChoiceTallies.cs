using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Reports;

/// <summary>Counts a survey's single-choice answers, and adds the counts of months into those of a longer period.</summary>
public static class ChoiceTallies
{
    public static IReadOnlyList<ChoiceTally> Count(SurveyDefinition survey, IReadOnlyList<SurveyResponse> responses) =>
        ChoiceQuestions(survey).Select(question =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var unanswered = 0;
            foreach (var response in responses)
            {
                if (response.Answers.TryGetValue(question.Id, out var value) && !string.IsNullOrEmpty(value))
                {
                    counts[value] = counts.GetValueOrDefault(value) + 1;
                }
                else
                {
                    unanswered++;
                }
            }
            return new ChoiceTally(question.Id, Ordered(question, counts), unanswered);
        }).ToList();

    /// <summary>
    /// The counts of several periods added up. A question asked in none of them still appears, with zeros, so that a
    /// year before the question existed lists it like any other; one dropped from the definition is kept after the others.
    /// </summary>
    public static IReadOnlyList<ChoiceTally> Merge(SurveyDefinition survey, IEnumerable<SurveyRollup> parts)
    {
        var tallies = parts.SelectMany(p => p.Choices ?? []).ToList();
        var defined = ChoiceQuestions(survey).Select(q => q.Id).ToList();
        var ids = defined.Concat(tallies.Select(t => t.QuestionId).Where(id => !defined.Contains(id)).Distinct().Order(StringComparer.Ordinal));
        return ids.Select(id =>
        {
            var ofQuestion = tallies.Where(t => t.QuestionId == id).ToList();
            var counts = ofQuestion.SelectMany(t => t.Options).GroupBy(o => o.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Sum(o => o.Count), StringComparer.Ordinal);
            var question = survey.FindQuestion(id);
            return new ChoiceTally(id, question is null ? Ordered(counts).ToList() : Ordered(question, counts), ofQuestion.Sum(t => t.Unanswered));
        }).ToList();
    }

    private static IEnumerable<Question> ChoiceQuestions(SurveyDefinition survey) => survey.Questions.Where(q => q.Type == QuestionType.Choice);

    private static List<OptionCount> Ordered(Question question, IReadOnlyDictionary<string, int> counts)
    {
        var defined = question.Options.Select(o => o.Value).ToList();
        return defined.Select(v => new OptionCount(v, counts.GetValueOrDefault(v)))
            .Concat(Ordered(counts.Where(c => !defined.Contains(c.Key)).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal)))
            .ToList();
    }

    private static IEnumerable<OptionCount> Ordered(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new OptionCount(c.Key, c.Value));
}
