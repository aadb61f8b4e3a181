namespace ServiceQuality.Classification.Engine;

/// <summary>Column names of the saved model's chain, from text to scores.</summary>
internal static class Columns
{
    public const string Text = nameof(TextRow.Text);
    public const string TermFrequencies = nameof(TermFrequencyRow.TermFrequencies);
    public const string Vocabulary = "VocabularyTermFrequencies";
    public const string Weighted = "TfIdf";
    public const string Features = "Features";
    public const string Bias = nameof(TermFrequencyRow.Bias);
    public const string SvmInput = "FeaturesAndBias";
    public const string Score = nameof(ScoreRow.Score);
}
