namespace ServiceQuality.Domain.Reports;

/// <summary>
/// How the responses of a period answered one single-choice question: a count per option, options in the order the
/// survey defines them (every defined option, answered or not), then values no longer defined, by ordinal.
/// </summary>
/// <param name="Unanswered">Responses that left the question blank.</param>
public sealed record ChoiceTally(string QuestionId, IReadOnlyList<OptionCount> Options, int Unanswered)
{
    public int Answered => Options.Sum(o => o.Count);
}

/// <summary>How many responses chose one option.</summary>
public sealed record OptionCount(string Value, int Count);
