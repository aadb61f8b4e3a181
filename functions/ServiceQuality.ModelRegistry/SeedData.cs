using Microsoft.Extensions.Options;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// The curated examples each model starts from: definitions/training/{model}.csv (header text,label,
/// '#' comment lines first). They make a usable model before any person has labelled anything.
/// </summary>
public sealed class SeedData(IOptions<SeedDataOptions> options)
{
    public string PathFor(string model)
    {
        ModelNameRules.Validate(model);
        return Path.Combine(options.Value.TrainingPath, model + ".csv");
    }

    public bool Exists(string model) => File.Exists(PathFor(model));

    public async Task<IReadOnlyList<LabelledText>> ReadAsync(string model, CancellationToken cancellationToken)
    {
        var path = PathFor(model);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"There is no seed training data for model '{model}' at {path}.", path);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, useAsync: true);
        try
        {
            return await TrainingCsv.ReadCsvAsync(stream, cancellationToken: cancellationToken);
        }
        catch (TrainingCsvException e)
        {
            throw new TrainingDataException($"{path}: {e.Message}", e);
        }
    }
}
