namespace ServiceQuality.Domain.Classification;

/// <summary>Scores text with the current version of a named model.</summary>
public interface ITextClassifierPort
{
    Task<TextClassification> ClassifyAsync(string model, string text, CancellationToken cancellationToken);
}
