namespace ServiceQuality.Domain.Surveys;

/// <summary>The surveys this deployment serves, read once at start-up from the definitions folder.</summary>
public sealed class SurveyCatalog
{
    private readonly Dictionary<string, SurveyDefinition> _surveys;

    public SurveyCatalog(IEnumerable<SurveyDefinition> surveys)
    {
        _surveys = new Dictionary<string, SurveyDefinition>(StringComparer.Ordinal);
        foreach (var survey in surveys)
        {
            if (!_surveys.TryAdd(survey.Id, survey))
            {
                throw new SurveyDefinitionException($"Survey '{survey.Id}' is defined twice.");
            }
        }
    }

    public IReadOnlyCollection<SurveyDefinition> All => _surveys.Values.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    public SurveyDefinition? Find(string id) => _surveys.GetValueOrDefault(id);

    public static SurveyCatalog LoadFrom(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new SurveyDefinitionException($"The survey definitions folder '{directory}' does not exist.");
        }
        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToList();
        var surveys = files.Select(f => SurveyDefinitionReader.Read(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        foreach (var (file, survey) in files.Zip(surveys))
        {
            if (Path.GetFileNameWithoutExtension(file) != survey.Id)
            {
                throw new SurveyDefinitionException($"{Path.GetFileName(file)}: the file name must match the survey id '{survey.Id}'.");
            }
        }
        return new SurveyCatalog(surveys);
    }
}
