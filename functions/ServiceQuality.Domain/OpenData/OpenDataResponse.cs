namespace ServiceQuality.Domain.OpenData;

/// <summary>
/// A published survey response: no id, no contact data, the Taipei date rather than the time, free text scrubbed.
/// <paramref name="Answers"/> holds the questions of the survey in their defined order.
/// </summary>
public sealed record OpenDataResponse(
    string Survey,
    int SurveyVersion,
    DateOnly Date,
    string Unit,
    string? Channel,
    string Language,
    IReadOnlyDictionary<string, string> Answers);

/// <summary>
/// The responses of one month for open data. <paramref name="Questions"/> lists every question id in the order the CSV
/// columns take (surveys by id, questions as defined); <paramref name="SuppressedResponses"/> counts the responses of
/// survey/unit groups smaller than <paramref name="MinimumCellSize"/>, left out.
/// </summary>
public sealed record OpenDataExport(
    string Month,
    int MinimumCellSize,
    int SuppressedResponses,
    IReadOnlyList<string> Questions,
    IReadOnlyList<OpenDataResponse> Responses);
