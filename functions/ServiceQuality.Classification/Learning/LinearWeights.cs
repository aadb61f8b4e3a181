namespace ServiceQuality.Classification.Learning;

/// <summary>One weight vector and bias per label: label k's margin for x is <c>Weights[k] · x + Biases[k]</c>.</summary>
internal sealed record LinearWeights(float[][] Weights, float[] Biases)
{
    public int LabelCount => Biases.Length;

    public int FeatureCount => Weights[0].Length;
}
