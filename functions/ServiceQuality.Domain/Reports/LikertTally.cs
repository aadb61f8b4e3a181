namespace ServiceQuality.Domain.Reports;

/// <summary>
/// How the responses of one group answered one Likert question: counts only, so that the tallies of months add up
/// to the tally of a year without reading the responses again.
/// </summary>
/// <param name="Responses">Responses in the group, whether or not they answered the question.</param>
/// <param name="NotApplicable">Answers of 不適用, which count as neither satisfied nor dissatisfied.</param>
public sealed record LikertTally(int Responses, int NotApplicable, int Score1, int Score2, int Score3, int Score4, int Score5)
{
    public static LikertTally Empty { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Answers on the five-point scale: not-applicable and unanswered are excluded.</summary>
    public int Valid => Score1 + Score2 + Score3 + Score4 + Score5;

    /// <summary>Top two boxes: 滿意 (4) and 非常滿意 (5).</summary>
    public int Satisfied => Score4 + Score5;

    public int ScoreSum => Score1 + 2 * Score2 + 3 * Score3 + 4 * Score4 + 5 * Score5;

    /// <summary>One more response, with its answer: a score 1–5, "na", or nothing.</summary>
    public LikertTally Add(int? score, bool notApplicable) => score switch
    {
        1 => this with { Responses = Responses + 1, Score1 = Score1 + 1 },
        2 => this with { Responses = Responses + 1, Score2 = Score2 + 1 },
        3 => this with { Responses = Responses + 1, Score3 = Score3 + 1 },
        4 => this with { Responses = Responses + 1, Score4 = Score4 + 1 },
        5 => this with { Responses = Responses + 1, Score5 = Score5 + 1 },
        _ => this with { Responses = Responses + 1, NotApplicable = NotApplicable + (notApplicable ? 1 : 0) },
    };

    public LikertTally Plus(LikertTally other) => new(
        Responses + other.Responses, NotApplicable + other.NotApplicable,
        Score1 + other.Score1, Score2 + other.Score2, Score3 + other.Score3, Score4 + other.Score4, Score5 + other.Score5);

    /// <summary>A tally built straight from counts of each score, for fixtures and tests.</summary>
    public static LikertTally FromScores(int score1, int score2, int score3, int score4, int score5, int notApplicable = 0, int unanswered = 0) =>
        new(score1 + score2 + score3 + score4 + score5 + notApplicable + unanswered, notApplicable, score1, score2, score3, score4, score5);
}
