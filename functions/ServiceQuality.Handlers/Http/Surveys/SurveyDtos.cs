using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Handlers.Http.Surveys;

public sealed record SurveySummaryDto(string Id, int Version, IReadOnlyDictionary<string, string> Title, string Form);

public sealed record ScalePointDto(string Value, IReadOnlyDictionary<string, string> Label);

public sealed record OptionDto(string Value, IReadOnlyDictionary<string, string> Text);

public sealed record QuestionDto(
    string Id,
    string Type,
    IReadOnlyDictionary<string, string> Text,
    bool Required,
    bool Overall,
    IReadOnlyList<OptionDto>? Options,
    IReadOnlyList<ScalePointDto>? Scale,
    int? MaxLength);

public sealed record UnitDto(string Id, IReadOnlyDictionary<string, string> Name);

public sealed record SurveyDefinitionDto(
    string Id,
    int Version,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Intro,
    IReadOnlyDictionary<string, string> Method,
    IReadOnlyList<string> Channels,
    IReadOnlyList<UnitDto>? Units,
    IReadOnlyList<QuestionDto> Questions)
{
    private static readonly IReadOnlyList<ScalePointDto> Scale =
        LikertScale.Points.Select(p => new ScalePointDto(p.Score.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Label.Values))
            .Append(new ScalePointDto(LikertScale.NotApplicable, LikertScale.NotApplicableLabel.Values))
            .ToList();

    public static SurveyDefinitionDto From(SurveyDefinition survey, AgencyOrganisation organisation) => new(
        survey.Id,
        survey.Version,
        survey.Title.Values,
        survey.Intro.Values,
        survey.Method.Values,
        survey.Channels,
        survey.AsksForUnit ? organisation.UnitsFor(survey).Select(u => new UnitDto(u.Id, u.Name.Values)).ToList() : null,
        survey.Questions.Select(q => new QuestionDto(
            q.Id,
            q.Type.ToString().ToLowerInvariant(),
            q.Text.Values,
            q.Required,
            q.IsOverall,
            q.Type == QuestionType.Choice ? q.Options.Select(o => new OptionDto(o.Value, o.Text.Values)).ToList() : null,
            q.Type == QuestionType.Likert ? Scale : null,
            q.Type == QuestionType.Text ? q.MaxLength : null)).ToList());
}

public sealed record ResponseCreatedDto(string Id, string SurveyId, int SurveyVersion, DateTimeOffset SubmittedAt);
