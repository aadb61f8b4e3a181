using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using ServiceQuality.Classification.Engine;
using ServiceQuality.Classification.Learning;

namespace ServiceQuality.Classification.Tests;

public sealed class EngineTests(TrainedComplaintModel trained) : IClassFixture<TrainedComplaintModel>
{
    [Fact]
    public void The_stored_model_loads_with_MLContext_Model_Load_and_predicts_the_right_categories()
    {
        using var archive = new MemoryStream();
        trained.Model.Save(archive);
        archive.Position = 0;
        using var zip = new ZipArchive(archive, ZipArchiveMode.Read);
        using var stored = new MemoryStream();
        using (var entry = zip.GetEntry(TrainedModel.ModelEntry)!.Open())
        {
            entry.CopyTo(stored);
        }

        stored.Position = 0;

        // A fresh context with nothing registered: the saved model names the assembly of its custom mapping.
        var context = new MLContext();
        var chain = context.Model.Load(stored, out var inputSchema);
        var engine = context.Model.CreatePredictionEngine<TextRow, Distances>(chain, inputSchema);

        Assert.Equal(nameof(TextRow.Text), Assert.Single(inputSchema).Name);
        foreach (var example in ComplaintExamples.Unseen())
        {
            var distances = engine.Predict(new TextRow { Text = example.Text }).Score;
            Assert.Equal(trained.Model.Labels.Count, distances.Length);
            Assert.Equal(example.Label, trained.Model.Labels[Array.IndexOf(distances, distances.Min())]);
        }
    }

    [Fact]
    public void The_chain_features_are_l2_normalised_sublinear_tf_idf_of_the_kept_n_grams()
    {
        var context = TrainedModel.CreateContext();
        var texts = new[] { "停車 位", "停車 費", "帳單 錯", "停車" };
        var input = context.Data.LoadFromEnumerable(texts.Select(text => new TextRow { Text = text }));
        var termFrequencies = context.Transforms
            .CustomMapping(new CharNGramTermFrequencyMapping().GetMapping(), CharNGramTermFrequencyMapping.ContractName)
            .Fit(input);
        var vocabulary = HashedVocabulary.Count(texts, minimumDocumentFrequency: 2, CancellationToken.None);
        var chain = termFrequencies.Append(vocabulary.FitSelection(context)).Append(vocabulary.FitIdf(context));
        var normalize = context.Transforms.NormalizeLpNorm(Columns.Features, Columns.Weighted).Fit(chain.Transform(input));
        var features = context.Data.CreateEnumerable<FeatureVector>(chain.Append(normalize).Transform(input), reuseRowObject: false).ToArray();

        // "停車" (and its padded n-grams) occur in three of four texts; nothing else in two or more.
        var kept = CharNGramExtractor.Extract("停車").Select(gram => CharNGramHashing.Bucket(gram)).Distinct().Order().ToArray();
        Assert.Equal(kept, vocabulary.Slots);
        var last = features[3].Features;
        Assert.Equal(kept.Length, last.Length);
        Assert.Equal(1f, last.GetValues().ToArray().Sum(v => v * v), 4);
        Assert.DoesNotContain(features[2].Features.GetValues().ToArray(), v => v != 0);

        // Every kept n-gram of "停車" occurs once there and has df 3 of n = 4: equal weights.
        var idf = (float)(Math.Log(5.0 / 4.0) + 1);
        Assert.All(vocabulary.DocumentFrequencies, df => Assert.Equal(3, df));
        Assert.All(last.GetValues().ToArray(), v => Assert.Equal(idf / MathF.Sqrt(kept.Length * idf * idf), v, 4));
    }

    [Fact]
    public void The_solver_trains_on_the_features_the_chain_computes_for_the_training_texts()
    {
        var context = TrainedModel.CreateContext();
        var texts = ComplaintExamples.Unseen().Select(example => example.Text)
            .Concat(["停車 位", "停車 費", "帳單 錯", "停車", "", "  ", string.Concat(Enumerable.Repeat("停車場車位太少，每次都要繞好幾圈。", 40)), "停車場車位太少，每次都要繞好幾圈。"])
            .ToArray();
        var input = context.Data.LoadFromEnumerable(texts.Select(text => new TextRow { Text = text }));
        var vocabulary = HashedVocabulary.Count(texts, minimumDocumentFrequency: 2, CancellationToken.None);
        var featurizer = context.Transforms
            .CustomMapping(new CharNGramTermFrequencyMapping().GetMapping(), CharNGramTermFrequencyMapping.ContractName)
            .Fit(input)
            .Append(vocabulary.FitSelection(context))
            .Append(vocabulary.FitIdf(context));
        var chain = featurizer.Append(context.Transforms.NormalizeLpNorm(Columns.Features, Columns.Weighted).Fit(featurizer.Transform(input)));
        var features = context.Data.CreateEnumerable<FeatureVector>(chain.Transform(input), reuseRowObject: false).ToArray();

        Assert.Equal(texts.Length, vocabulary.Features.RowCount);
        Assert.Equal(vocabulary.Slots.Length, vocabulary.Features.ColumnCount);
        for (var i = 0; i < texts.Length; i++)
        {
            var expected = features[i].Features.Items().Where(item => item.Value != 0).ToArray();
            Assert.Equal(expected.Select(item => item.Key), vocabulary.Features.Indices(i).ToArray());
            Assert.Equal(expected.Select(item => item.Value), vocabulary.Features.Values(i).ToArray(), (a, b) => Math.Abs(a - b) < 1e-5f);
        }

        Assert.Contains(Enumerable.Range(0, texts.Length), i => vocabulary.Features.Indices(i).Length > 50);
    }

    [Fact]
    public void K_means_distances_of_the_margin_centroids_are_the_svm_margins_up_to_a_shared_constant()
    {
        var random = new Random(3);
        var labels = 5;
        var features = 40;
        var weights = new LinearWeights(
            Enumerable.Range(0, labels).Select(_ => Enumerable.Range(0, features).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray()).ToArray(),
            Enumerable.Range(0, labels).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray());
        var context = TrainedModel.CreateContext(1);

        var (scorer, labelOfCluster, marginsPerDistance) = MarginCentroids.Fit(context, weights, CancellationToken.None);

        Assert.Equal(Enumerable.Range(0, labels), labelOfCluster.Order());
        var points = Enumerable.Range(0, 20).Select(_ =>
        {
            var x = Enumerable.Range(0, features).Select(_ => random.NextDouble() < 0.7 ? 0f : (float)random.NextDouble()).ToArray();
            var norm = MathF.Sqrt(x.Sum(v => v * v));
            return x.Select(v => norm > 0 ? v / norm : 0).Append(1f).ToArray();
        }).ToArray();
        var definition = SchemaDefinition.Create(typeof(FeaturesAndBias));
        definition[Columns.SvmInput].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features + 1);
        var input = context.Data.LoadFromEnumerable(points.Select(p => new FeaturesAndBias { FeaturesAndBiasColumn = new VBuffer<float>(p.Length, p) }), definition);
        var rows = context.Data.CreateEnumerable<Distances>(scorer.Transform(input), reuseRowObject: false).ToArray();

        for (var i = 0; i < points.Length; i++)
        {
            var fromDistances = rows[i].Score.Select(d => -d * marginsPerDistance).ToArray();
            var margins = labelOfCluster.Select(label =>
                weights.Biases[label] + weights.Weights[label].Select((w, j) => w * points[i][j]).Sum()).ToArray();
            var offsets = fromDistances.Zip(margins, (a, b) => a - b).ToArray();
            Assert.All(offsets, offset => Assert.Equal(offsets[0], offset, 2));
        }
    }

    private sealed class Distances
    {
        public float[] Score { get; set; } = [];
    }

    private sealed class FeatureVector
    {
        public VBuffer<float> Features { get; set; }
    }

    private sealed class FeaturesAndBias
    {
        [ColumnName(Columns.SvmInput)]
        public VBuffer<float> FeaturesAndBiasColumn { get; set; }
    }
}
