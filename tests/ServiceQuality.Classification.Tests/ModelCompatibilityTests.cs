using System.IO.Compression;

namespace ServiceQuality.Classification.Tests;

/// <summary>Models saved by earlier versions of the library must keep loading and predicting as they did.</summary>
public sealed class ModelCompatibilityTests
{
    [Fact]
    public void A_model_saved_before_featurizer_format_2_loads_and_predicts_as_before()
    {
        // The settings every model had before the linear SVM: ML.NET's SDCA, 1–3-grams cut at script
        // changes, every n-gram kept.
        var options = new TrainingOptions
        {
            Trainer = TrainerKind.SdcaMaximumEntropy,
            MaximumNGramLength = 3,
            MinimumDocumentFrequency = 1,
            TokenBoundaries = TokenBoundaries.WhitespaceAndScriptChanges,
        };
        var model = new ModelTrainer().Train(ComplaintExamples.Training(), options, CancellationToken.None);
        using var saved = new MemoryStream();
        model.Save(saved);

        using var old = AsFeaturizerFormat1(saved);
        var reloaded = TrainedModel.Load(old);

        Assert.Equal(TokenBoundaries.WhitespaceAndScriptChanges, reloaded.Featurizer.Extractor.Boundaries);
        using var original = new PooledTextClassifier(model);
        using var restored = new PooledTextClassifier(reloaded);
        foreach (var example in ComplaintExamples.Unseen().Concat(ComplaintExamples.Training()))
        {
            Assert.Equal(original.Predict(example.Text), restored.Predict(example.Text), PredictionComparer.Instance);
        }
    }

    /// <summary>
    /// Rewrites an archive's featurizer as format 1 wrote it: the same fields less the token
    /// boundaries, which format 1 did not record (it always cut at script changes).
    /// </summary>
    private static MemoryStream AsFeaturizerFormat1(MemoryStream archive)
    {
        archive.Position = 0;
        var result = new MemoryStream();
        using (var source = new ZipArchive(archive, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var content = new MemoryStream();
                using (var input = entry.Open())
                {
                    input.CopyTo(content);
                }

                var bytes = content.ToArray();
                if (entry.FullName == "featurizer.bin")
                {
                    bytes = DowngradeFeaturizer(bytes);
                }

                using var output = target.CreateEntry(entry.FullName).Open();
                output.Write(bytes);
            }
        }

        result.Position = 0;
        return result;
    }

    private static byte[] DowngradeFeaturizer(byte[] format2)
    {
        using var reader = new BinaryReader(new MemoryStream(format2));
        var magic = reader.ReadString();
        Assert.Equal(2, reader.ReadInt32());
        var maximumLength = reader.ReadInt32();
        Assert.Equal((int)TokenBoundaries.WhitespaceAndScriptChanges, reader.ReadInt32());
        var rest = reader.ReadBytes(format2.Length);

        using var format1 = new MemoryStream();
        using (var writer = new BinaryWriter(format1))
        {
            writer.Write(magic);
            writer.Write(1);
            writer.Write(maximumLength);
            writer.Write(rest);
        }

        return format1.ToArray();
    }
}
