namespace ServiceQuality.Domain.Surveys;

/// <summary>How a raw answer arrived, before it is checked against its question.</summary>
public enum AnswerInputKind
{
    Number,
    String,
    Null,
    /// <summary>An array, object or boolean: never a valid answer.</summary>
    Other,
}

/// <summary>An answer as the citizen sent it, from JSON or from a form post.</summary>
public sealed record AnswerInput(AnswerInputKind Kind, string? Raw)
{
    public static AnswerInput FromForm(string? value) =>
        string.IsNullOrEmpty(value) ? new AnswerInput(AnswerInputKind.Null, null) : new AnswerInput(AnswerInputKind.String, value);
}
