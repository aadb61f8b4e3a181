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

/// <summary>An answer as the citizen sent it, already read from JSON or a form post by the HTTP layer.</summary>
public sealed record AnswerInput(AnswerInputKind Kind, string? Raw);
