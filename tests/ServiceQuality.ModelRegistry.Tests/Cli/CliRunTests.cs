using ServiceQuality.Cli;
using ServiceQuality.ModelRegistry.Tests.Support;

namespace ServiceQuality.ModelRegistry.Tests.Cli;

[Collection(AzuriteCollection.Name)]
public sealed class CliRunTests(AzuriteFixture azurite) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Train_prints_the_cross_validated_report_where_it_stored_the_model_and_that_it_was_promoted()
    {
        var model = TestModelNames.New("cli");
        _folder.Write("complaints.csv", TrainingData.ToCsv(TrainingData.Separable()));

        var run = await RunAsync("train", "--model", model, "--data", "complaints.csv", "--folds", "3");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Macro-F1: 1.0000", run.Output, StringComparison.Ordinal);
        Assert.Contains("3-fold stratified cross-validation", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"parking\s+1\.0000\s+1\.0000\s+1\.0000\s+48", run.Output);
        Assert.Contains("Confusion matrix", run.Output, StringComparison.Ordinal);
        Assert.Matches($@"Stored model:   http://127\.0\.0\.1:{azurite.Azurite.BlobPort}/devstoreaccount1/models/{model}/versions/\d{{8}}T\d{{6}}Z/model\.zip", run.Output);
        Assert.Matches($@"Stored metrics: .*/models/{model}/versions/\d{{8}}T\d{{6}}Z/metrics\.json", run.Output);
        Assert.Contains("Promoted: yes, there was no current model.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_keeps_the_current_model_when_the_new_one_is_worse_and_promotes_it_when_forced()
    {
        var model = TestModelNames.New("cli");
        _folder.Write("good.csv", TrainingData.ToCsv(TrainingData.Separable()));
        _folder.Write("noisy.csv", TrainingData.ToCsv(TrainingData.Noisy(), textColumn: "review", labelColumn: "category"));
        Assert.Equal(ExitCodes.Success, (await RunAsync("train", "--model", model, "--data", "good.csv", "--folds", "3")).ExitCode);

        var worse = await RunAsync("train", "--model", model, "--data", "noisy.csv", "--folds", "3", "--text-column", "review", "--label-column", "category");
        var forced = await RunAsync("train", "--model", model, "--data", "noisy.csv", "--folds", "3", "--text-column", "review", "--label-column", "category", "--force");

        Assert.Equal(ExitCodes.Success, worse.ExitCode);
        Assert.Contains("Promoted: no, macro-F1 ", worse.Output, StringComparison.Ordinal);
        Assert.Contains("--force promotes anyway", worse.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Contains("Promoted: yes, promotion was forced", forced.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retrain_uses_the_seed_data_of_the_configured_definitions()
    {
        var model = TestModelNames.New("cli");
        _folder.WriteSeed(model, TrainingData.Separable());

        var run = await RunAsync(
            new Dictionary<string, string?> { ["Definitions__Path"] = _folder.Path, ["Models__Folds"] = "3" },
            "retrain",
            "--model",
            model);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"Model {model}, version ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Promoted: yes", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("train --model a")]
    [InlineData("train --model a --data missing.csv")]
    [InlineData("train --model a --data one-label.csv")]
    [InlineData("train --model a --data no-header.csv")]
    [InlineData("train --model a --data one-label.csv --label-column category")]
    [InlineData("frobnicate")]
    [InlineData("")]
    public async Task Bad_arguments_and_unusable_files_exit_with_2_and_one_line(string commandLine)
    {
        _folder.Write("one-label.csv", "text,label\nthe clerk was rude,staff\nno seat,staff\nrude again,staff\n");
        _folder.Write("no-header.csv", "");

        var run = await RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_missing_data_file_is_named_in_full()
    {
        var run = await RunAsync("train", "--model", "a", "--data", "missing.csv");

        Assert.Equal($"error: the data file {Path.Combine(_folder.Path, "missing.csv")} does not exist.", run.Error.TrimEnd());
    }

    [Fact]
    public async Task Help_prints_the_commands_and_succeeds()
    {
        var run = await RunAsync("help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("train --model <name> --data <file.csv>", run.Output, StringComparison.Ordinal);
        Assert.Contains("retrain [--model <name>]", run.Output, StringComparison.Ordinal);
    }

    private Task<CliRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);

    private async Task<CliRun> RunAsync(Dictionary<string, string?> environment, params string[] args)
    {
        environment["AzureWebJobsStorage"] = azurite.ConnectionString;
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, new CliContext(output, error, _folder.Path, environment), CancellationToken.None);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
