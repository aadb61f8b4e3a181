namespace ServiceQuality.Classification;

/// <summary>
/// Hyper-parameters chosen by 80/20 and 5-fold stratified evaluation on the ChnSentiCorp hotel
/// reviews. ML.NET's defaults are tuned for dense features; on L2-normalised TF-IDF vectors with
/// hundreds of thousands of n-grams they over-regularise (SDCA's default predicts only the majority).
/// </summary>
internal static class TrainerDefaults
{
    public const float SdcaL2 = 1e-5f;
    public const int SdcaIterations = 50;
    public const float LbfgsL2 = 1e-3f;
    public const int LbfgsIterations = 100;
    public const float SvmLambda = 3e-4f;
    public const int SvmIterations = 20;
    public const float SdcaSvmL2 = 3e-5f;
    public const int SdcaSvmIterations = 20;

    // The linear SVM keeps LinearSVC's C = 1 and 1,000-pass cap, with liblinear's own stopping
    // tolerance 0.1: scikit-learn passes 1e-4, which on the corpora of docs/datasets.md changes
    // macro-F1 by at most 0.0014 and takes several times as many passes.
    public const double DualSvmCost = 1.0;
    public const double DualSvmTolerance = 0.1;
    public const int DualSvmIterations = 1000;

    // Softmax scale of the SVM margins: the lowest held-out log-loss summed over the three corpora of
    // docs/datasets.md and the three seed sets (each alone is best between 2 and 5). With it the
    // review threshold 0.5 keeps its meaning: on a held-out fifth of the seed complaints it sends 5%
    // to staff and the rest are 98% right, where the former SDCA default sent 10% and kept 95% right.
    public const float DualSvmConfidenceScale = 3f;
}
