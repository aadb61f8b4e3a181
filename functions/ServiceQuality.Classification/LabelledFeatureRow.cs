using Microsoft.ML.Data;

namespace ServiceQuality.Classification;

/// <summary>
/// Training row. The label is the 0-based index into the model's sorted label list: ML.NET shifts
/// key values read from classes by one (0 in a class is key 1, since key 0 means missing).
/// </summary>
internal sealed class LabelledFeatureRow
{
    public uint Label { get; set; }

    public VBuffer<float> Features { get; set; }
}
