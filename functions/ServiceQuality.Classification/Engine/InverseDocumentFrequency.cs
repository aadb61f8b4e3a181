using Microsoft.ML;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification.Engine;

/// <summary>
/// Smoothed idf, ln((1 + n) / (1 + df)) + 1 as scikit-learn computes it, kept in a standard ML.NET
/// transform so that it is saved and loaded with the model. ML.NET has no transform that multiplies
/// each slot by a given weight, but a min-max normaliser that keeps zero at zero scales slot j by
/// 1 / max |x_j| of the data it is fitted on: fitted on one row holding 1 / idf_j (and an empty row,
/// so that min &lt; max), it scales by exactly idf_j, and it keeps sparse vectors sparse.
/// </summary>
internal static class InverseDocumentFrequency
{
    public static ITransformer Fit(MLContext context, IReadOnlyList<int> documentFrequencies, int documents)
    {
        var size = documentFrequencies.Count;
        var reciprocals = new float[size];
        for (var slot = 0; slot < size; slot++)
        {
            var idf = HashedVocabulary.Idf(documentFrequencies[slot], documents);
            reciprocals[slot] = (float)(1.0 / idf);
        }

        var definition = SchemaDefinition.Create(typeof(ScaleRow));
        var values = definition[nameof(ScaleRow.Values)];
        values.ColumnType = new VectorDataViewType(NumberDataViewType.Single, size);
        values.ColumnName = Columns.Vocabulary;
        var scales = context.Data.LoadFromEnumerable(
            [new ScaleRow { Values = new VBuffer<float>(size, reciprocals) }, new ScaleRow { Values = new VBuffer<float>(size, 0, [], []) }],
            definition);
        return context.Transforms.NormalizeMinMax(Columns.Weighted, Columns.Vocabulary, fixZero: true).Fit(scales);
    }

    private sealed class ScaleRow
    {
        public VBuffer<float> Values { get; set; }
    }
}
