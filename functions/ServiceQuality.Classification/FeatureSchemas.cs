using Microsoft.ML;
using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// ML.NET needs the vector size and the label key range up front; they depend on the fitted
/// vocabulary and label list, so they are given at run time rather than by attributes.
/// </summary>
internal static class FeatureSchemas
{
    public static SchemaDefinition ForPrediction(int featureCount)
    {
        var definition = SchemaDefinition.Create(typeof(FeatureRow), SchemaDefinition.Direction.Read);
        definition[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return definition;
    }

    public static SchemaDefinition ForTraining(int featureCount, int labelCount)
    {
        var definition = SchemaDefinition.Create(typeof(LabelledFeatureRow), SchemaDefinition.Direction.Read);
        definition[nameof(LabelledFeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        definition[nameof(LabelledFeatureRow.Label)].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
        return definition;
    }

    public static DataViewSchema PredictionInputSchema(MLContext context, int featureCount) =>
        context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), ForPrediction(featureCount)).Schema;
}
