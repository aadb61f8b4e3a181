using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Classification;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Retraining;

public sealed class SeedDataTests : IDisposable
{
    private readonly TempFolder _definitions = new();

    public void Dispose() => _definitions.Dispose();

    [Fact]
    public async Task Seed_data_is_read_from_the_training_folder_of_the_definitions()
    {
        _definitions.Write(
            Path.Combine("training", "complaint-category.csv"),
            "# provenance\n# more provenance\ntext,label\n\"停車位太少, 很難停\",parking\nbill is wrong,billing\n");

        var data = await SeedDataIn(_definitions.Path).ReadAsync("complaint-category", CancellationToken.None);

        Assert.Equal([new("停車位太少, 很難停", "parking"), new("bill is wrong", "billing")], data);
    }

    [Fact]
    public async Task A_missing_seed_file_is_reported_with_its_path()
    {
        var seedData = SeedDataIn(_definitions.Path);

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => seedData.ReadAsync("comment-topic", CancellationToken.None));

        Assert.False(seedData.Exists("comment-topic"));
        Assert.Equal(Path.Combine(_definitions.Path, "training", "comment-topic.csv"), error.FileName);
    }

    [Fact]
    public async Task A_malformed_seed_file_is_reported_with_its_path_and_line()
    {
        var path = _definitions.Write(Path.Combine("training", "comment-topic.csv"), "text,label\nfine,a\nbroken\n");

        var error = await Assert.ThrowsAsync<TrainingDataException>(
            () => SeedDataIn(_definitions.Path).ReadAsync("comment-topic", CancellationToken.None));

        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seed_data_beside_the_binaries_covers_every_model_of_the_pipeline()
    {
        var seedData = new SeedData(Options.Create(new SeedDataOptions()));

        foreach (var model in ModelNames.All)
        {
            var data = await seedData.ReadAsync(model, CancellationToken.None);
            Assert.True(data.Select(example => example.Label).Distinct().Count() >= 2, $"{model} has fewer than two labels.");
        }
    }

    private static SeedData SeedDataIn(string definitions) => new(Options.Create(new SeedDataOptions { Path = definitions }));
}
