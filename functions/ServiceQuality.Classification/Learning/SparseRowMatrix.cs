namespace ServiceQuality.Classification.Learning;

/// <summary>
/// Featurised rows in compressed sparse row form. The per-class solvers run side by side over the
/// same rows; three flat arrays keep each row's indices and values next to each other in memory and
/// are shared read-only, where one VBuffer per row would scatter them over the heap.
/// </summary>
internal sealed class SparseRowMatrix
{
    private readonly int[] _rowStarts;
    private readonly int[] _indices;
    private readonly float[] _values;

    public SparseRowMatrix(int columnCount, int[] rowStarts, int[] indices, float[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(columnCount);
        ArgumentNullException.ThrowIfNull(rowStarts);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowStarts.Length == 0 || rowStarts[0] != 0 || rowStarts[^1] != indices.Length || indices.Length != values.Length)
        {
            throw new ArgumentException("Row starts, indices and values do not describe the same rows.", nameof(rowStarts));
        }

        ColumnCount = columnCount;
        _rowStarts = rowStarts;
        _indices = indices;
        _values = values;
    }

    public int RowCount => _rowStarts.Length - 1;

    public int ColumnCount { get; }

    public ReadOnlySpan<int> Indices(int row) => _indices.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);

    public ReadOnlySpan<float> Values(int row) => _values.AsSpan(_rowStarts[row], _rowStarts[row + 1] - _rowStarts[row]);
}
