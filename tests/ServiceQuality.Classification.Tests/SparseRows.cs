
using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification.Tests;

/// <summary>Small sparse problems written densely, for the solver tests.</summary>
internal static class SparseRows
{
    public static SparseRowMatrix FromDense(params double[][] rows)
    {
        var columns = rows.Max(row => row.Length);
        var rowStarts = new List<int> { 0 };
        var indices = new List<int>();
        var values = new List<float>();
        foreach (var row in rows)
        {
            for (var j = 0; j < row.Length; j++)
            {
                if (row[j] != 0)
                {
                    indices.Add(j);
                    values.Add((float)row[j]);
                }
            }

            rowStarts.Add(indices.Count);
        }

        return new SparseRowMatrix(columns, [.. rowStarts], [.. indices], [.. values]);
    }
}
