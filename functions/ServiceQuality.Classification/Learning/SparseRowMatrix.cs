using Microsoft.ML;
using Microsoft.ML.Data;

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

    /// <summary>Collects the rows of one vector column of an ML.NET data view.</summary>
    public static SparseRowMatrix FromColumn(IDataView data, string column, CancellationToken cancellationToken)
    {
        var source = data.Schema[column];
        var columnCount = ((VectorDataViewType)source.Type).Size;
        var rowStarts = new List<int> { 0 };
        var indices = new List<int>();
        var values = new List<float>();
        using var cursor = data.GetRowCursor([source]);
        var getter = cursor.GetGetter<VBuffer<float>>(source);
        VBuffer<float> row = default;
        while (cursor.MoveNext())
        {
            if ((rowStarts.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            getter(ref row);
            foreach (var (index, value) in row.Items())
            {
                if (value != 0)
                {
                    indices.Add(index);
                    values.Add(value);
                }
            }

            rowStarts.Add(indices.Count);
        }

        return new SparseRowMatrix(columnCount, [.. rowStarts], [.. indices], [.. values]);
    }
}
