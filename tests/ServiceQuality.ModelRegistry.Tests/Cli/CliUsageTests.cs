using ServiceQuality.Cli;

namespace ServiceQuality.ModelRegistry.Tests.Cli;

/// <summary>Usage errors stop a run before any storage or file is touched, so these need no Azurite.</summary>
public sealed class CliUsageTests
{
    [Theory]
    [InlineData("unrecognized command or argument '--epochs'; see 'train --help'.", "train", "--model", "a", "--data", "a.csv", "--epochs", "3")]
    [InlineData("unrecognized command or argument '--split'; see 'retrain --help'.", "retrain", "--split", "0.5")]
    [InlineData("unknown command 'evaluate'; the commands are train, retrain, compare and help.", "evaluate")]
    [InlineData("--folds must be a whole number of at least 2, not 'many'; see 'train --help'.", "train", "--model", "a", "--data", "a.csv", "--folds", "many")]
    public async Task An_unknown_option_or_bad_value_exits_with_the_usage_code_and_one_clear_line(string message, params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"error: {message}", run.Error.TrimEnd());
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Help_for_a_command_lists_its_options_with_their_defaults()
    {
        var run = await RunAsync("train", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--model <name>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--folds", run.Output, StringComparison.Ordinal);
        Assert.Contains("[default: 5]", run.Output, StringComparison.Ordinal);
        Assert.Contains("[default: text]", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--seed", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public async Task The_overview_names_storage_and_exit_codes()
    {
        var run = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("compare --data <file.csv>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 done, 1 failed, 2 bad arguments", run.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, Path.GetTempPath(), new Dictionary<string, string?>());
        var exitCode = await CliApp.RunAsync(args, context, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
