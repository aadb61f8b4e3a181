namespace ServiceQuality.Domain.Reports;

/// <summary>
/// The 95% Wilson score interval of a proportion. Unlike the normal approximation it stays inside 0–100% and
/// behaves for the small groups and the near-100% satisfaction that a unit's monthly figures often have.
/// </summary>
public static class WilsonInterval
{
    /// <summary>The two-sided 95% normal quantile.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>The bounds as proportions from 0 to 1; null when there are no trials.</summary>
    public static (double Low, double High)? Of(int successes, int trials, double z = Z95)
    {
        if (trials <= 0 || successes < 0 || successes > trials)
        {
            return null;
        }
        double n = trials;
        var p = successes / n;
        var z2 = z * z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var margin = z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return (Math.Max(0, centre - margin), Math.Min(1, centre + margin));
    }
}
