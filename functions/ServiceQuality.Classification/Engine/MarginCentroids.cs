using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification.Engine;

/// <summary>
/// Puts the linear SVM's weights into a standard ML.NET model part, so that the saved chain scores
/// by itself. ML.NET's public API cannot build a linear multiclass model from given weights (the
/// constructor of <c>LinearBinaryModelParameters</c> and <c>OneVersusAllModelParameters.Create</c> are
/// internal), but its k-means model scores a vector x′ by the squared distance to each centroid,
/// ‖x′‖² − 2 c·x′ + ‖c‖², which is linear in x′. With x′ = (x, 1) and centroid
/// c_k = (s·w_k / 2, a_k), −distance_k = s·(w_k·x + b_k) − (‖x′‖² + M) when a_k solves
/// 2a − a² = s·b_k + s²‖w_k‖²/4 − M; M (the largest right-hand side before shifting) makes every
/// such equation solvable, and s = 1 / max ‖w_k‖ keeps the numbers near 1 for float precision. The
/// term in brackets is the same for every label, so the nearest centroid is the label of the largest
/// margin and a softmax of −distance / s equals one of the margins. k-means fitted on exactly these K
/// points, with k-means++ starts, keeps each point as its own centroid (checked below).
/// </summary>
internal static class MarginCentroids
{
    public static (ITransformer Scorer, int[] LabelOfCluster, float MarginsPerDistance) Fit(
        MLContext context, LinearWeights weights, CancellationToken cancellationToken)
    {
        var labels = weights.LabelCount;
        var features = weights.FeatureCount;
        var squaredNorms = weights.Weights.Select(w => w.Sum(v => (double)v * v)).ToArray();
        var largestNorm = Math.Sqrt(squaredNorms.Max());
        var scale = largestNorm > 0 ? 1.0 / largestNorm : 1.0;
        var rightHandSides = Enumerable.Range(0, labels)
            .Select(k => scale * weights.Biases[k] + scale * scale * squaredNorms[k] / 4)
            .ToArray();
        var shift = rightHandSides.Max();

        var centroids = new float[labels][];
        for (var k = 0; k < labels; k++)
        {
            var centroid = new float[features + 1];
            for (var j = 0; j < features; j++)
            {
                centroid[j] = (float)(scale * weights.Weights[k][j] / 2);
            }

            centroid[features] = (float)(1 - Math.Sqrt(1 - (rightHandSides[k] - shift)));
            centroids[k] = centroid;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var definition = SchemaDefinition.Create(typeof(CentroidRow));
        var column = definition[nameof(CentroidRow.Point)];
        column.ColumnType = new VectorDataViewType(NumberDataViewType.Single, features + 1);
        column.ColumnName = Columns.SvmInput;
        var points = context.Data.LoadFromEnumerable(centroids.Select(c => new CentroidRow { Point = new VBuffer<float>(c.Length, c) }), definition);
        var scorer = context.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = Columns.SvmInput,
            NumberOfClusters = labels,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,

            // Every point is its own cluster from the start: one pass confirms it.
            MaximumNumberOfIterations = 1,
            NumberOfThreads = 1,
        }).Fit(points);

        return (scorer, MatchClusters(scorer.Model, centroids), (float)(1 / scale));
    }

    /// <summary>Which label each cluster is: the one whose point it kept; anything else is an error.</summary>
    private static int[] MatchClusters(KMeansModelParameters model, float[][] points)
    {
        VBuffer<float>[] centroids = [];
        model.GetClusterCentroids(ref centroids, out var count);
        var labelOfCluster = new int[count];
        var taken = new bool[points.Length];
        for (var cluster = 0; cluster < count; cluster++)
        {
            var centroid = centroids[cluster].DenseValues().ToArray();
            var best = -1;
            var bestDistance = double.PositiveInfinity;
            for (var k = 0; k < points.Length; k++)
            {
                // Stops at the first coordinates that rule a point out, so matching costs about K × V, not K² × V.
                double distance = 0;
                for (var j = 0; j < centroid.Length && distance <= bestDistance; j++)
                {
                    var difference = (double)centroid[j] - points[k][j];
                    distance += difference * difference;
                }

                if (distance < bestDistance)
                {
                    (best, bestDistance) = (k, distance);
                }
            }

            if (best < 0 || taken[best] || bestDistance > 1e-9)
            {
                throw new InvalidOperationException($"k-means moved cluster {cluster} off the label points (squared distance {bestDistance}).");
            }

            taken[best] = true;
            labelOfCluster[cluster] = best;
        }

        return labelOfCluster;
    }

    private sealed class CentroidRow
    {
        public VBuffer<float> Point { get; set; }
    }
}
