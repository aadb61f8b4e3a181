namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The published distribution of one single-choice question (purpose of visit, inspection kind, …). With fewer
/// answers than the minimum cell size nothing is published but that it was suppressed; see <see cref="ChoiceFigures"/>.
/// </summary>
/// <param name="Answered">Responses that chose an option; null when suppressed.</param>
public sealed record ChoiceReport(
    string QuestionId,
    IReadOnlyDictionary<string, string> Text,
    int? Answered,
    IReadOnlyList<ChoiceOptionReport> Options,
    bool Suppressed);

/// <summary>One option's count and share of the answers; both null when suppressed. <paramref name="Text"/> is null for a value no longer defined.</summary>
public sealed record ChoiceOptionReport(string Value, IReadOnlyDictionary<string, string>? Text, int? Count, decimal? Percent, bool Suppressed);
