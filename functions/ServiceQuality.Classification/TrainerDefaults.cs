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
}
