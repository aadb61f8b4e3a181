using ServiceQuality.Domain.Reports;

namespace ServiceQuality.Domain.Tests.Reports;

/// <summary>Compares records holding lists by their stored JSON, which is what a rollup is judged by.</summary>
public sealed class JsonEquality<T> : IEqualityComparer<T>
{
    public bool Equals(T? x, T? y) => RollupJson.Write(x) == RollupJson.Write(y);

    public int GetHashCode(T obj) => RollupJson.Write(obj).GetHashCode(StringComparison.Ordinal);
}
