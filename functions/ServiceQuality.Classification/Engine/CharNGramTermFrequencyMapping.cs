using Microsoft.ML.Transforms;

namespace ServiceQuality.Classification.Engine;

/// <summary>
/// The project's n-gram step as an ML.NET component that travels inside a saved model: the model
/// records only this contract name, and <c>MLContext.Model.Load</c> finds the mapping again through the
/// component catalog (this assembly is registered by <see cref="TrainedModel"/>, and ML.NET also loads
/// the assembly the model names). It has no state, so nothing else needs saving; the fitted
/// vocabulary and idf live in the standard transforms that follow it.
/// </summary>
[CustomMappingFactoryAttribute(ContractName)]
public sealed class CharNGramTermFrequencyMapping : CustomMappingFactory<TextRow, TermFrequencyRow>
{
    /// <summary>Change the version when the n-grams or the hash change, so older models fail to load rather than mis-predict.</summary>
    public const string ContractName = "ServiceQuality.CharNGramTermFrequency.v1";

    public override Action<TextRow, TermFrequencyRow> GetMapping() =>
        static (input, output) =>
        {
            // The output row is reused from text to text and ML.NET copies the vector out of it, so
            // its arrays can be written over: a prediction allocates no vector of its own.
            var termFrequencies = output.TermFrequencies;
            CharNGramHashing.TermFrequencies(input.Text, ref termFrequencies);
            output.TermFrequencies = termFrequencies;
            output.Bias = 1f;
        };
}
