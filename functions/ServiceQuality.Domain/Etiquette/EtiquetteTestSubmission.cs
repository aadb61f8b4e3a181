using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>
/// A phone-etiquette test as the tester sent it, unvalidated. Scores are keyed by rubric item id and kept raw,
/// as they arrived from JSON or from the form, so that every wrong one can be named.
/// </summary>
public sealed record EtiquetteTestSubmission(
    string? Tester,
    string? TestedAt,
    string? UnitId,
    string? Staff,
    string? Extension,
    IReadOnlyDictionary<string, AnswerInput> Scores,
    string? Notes);
