using ServiceQuality.Cli;

namespace ServiceQuality.ModelRegistry.Tests.Cli;

public sealed class CommandLineParserTests
{
    [Fact]
    public void Train_takes_model_and_data_and_defaults_the_rest()
    {
        var parsed = CommandLineParser.Parse(["train", "--model", "complaint-category", "--data", "data/complaints.csv"]);

        Assert.Equal(new TrainArguments("complaint-category", "data/complaints.csv", Force: false, Folds: 5, TextColumn: "text", LabelColumn: "label"), parsed);
    }

    [Fact]
    public void Train_accepts_every_option_in_either_spelling()
    {
        var parsed = CommandLineParser.Parse(
            ["train", "--data=reviews.csv", "--force", "--folds", "10", "--model=hotel-reviews", "--text-column", "review", "--label-column=sentiment"]);

        Assert.Equal(new TrainArguments("hotel-reviews", "reviews.csv", Force: true, Folds: 10, TextColumn: "review", LabelColumn: "sentiment"), parsed);
    }

    [Fact]
    public void Retrain_names_one_model_or_none()
    {
        Assert.Equal(new RetrainArguments(), CommandLineParser.Parse(["retrain"]));
        Assert.Equal(new RetrainArguments("comment-topic"), CommandLineParser.Parse(["retrain", "--model", "comment-topic"]));
    }

    [Fact]
    public void Compare_takes_a_pair_of_files_or_one_file_with_split_and_seed()
    {
        Assert.Equal(
            new CompareArguments("train.csv", "test.csv", null, Split: 0.8, Seed: 1, TextColumn: "text", LabelColumn: "label"),
            CommandLineParser.Parse(["compare", "--train", "train.csv", "--test", "test.csv"]));
        Assert.Equal(
            new CompareArguments(null, null, "all.csv", Split: 0.7, Seed: -4, TextColumn: "review", LabelColumn: "label"),
            CommandLineParser.Parse(["compare", "--data", "all.csv", "--split", "0.7", "--seed=-4", "--text-column", "review"]));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void The_overview_is_asked_for_by_name_or_flag(string word)
    {
        var help = Assert.IsType<HelpArguments>(CommandLineParser.Parse([word]));

        Assert.Null(help.Command);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("retrain")]
    [InlineData("compare")]
    public void Help_for_one_command_is_that_commands_own(string command)
    {
        var help = Assert.IsType<HelpArguments>(CommandLineParser.Parse([command, "--help"]));

        Assert.Equal(command, help.Command?.CommandResult.Command.Name);
    }

    [Theory]
    [InlineData("no command given", new string[0])]
    [InlineData("unknown command 'evaluate'", new[] { "evaluate" })]
    [InlineData("option '--model' is required", new[] { "train", "--data", "a.csv" })]
    [InlineData("option '--data' is required", new[] { "train", "--model", "a" })]
    [InlineData("required argument missing for option: '--data'", new[] { "train", "--model", "a", "--data" })]
    [InlineData("--model needs a value", new[] { "train", "--model", "--data", "a.csv" })]
    [InlineData("--folds must be a whole number of at least 2, not 'five'", new[] { "train", "--model", "a", "--data", "a.csv", "--folds", "five" })]
    [InlineData("--folds must be a whole number of at least 2, not '1'", new[] { "train", "--model", "a", "--data", "a.csv", "--folds", "1" })]
    [InlineData("--folds must be a whole number of at least 2, not '-3'", new[] { "train", "--model", "a", "--data", "a.csv", "--folds=-3" })]
    [InlineData("unrecognized command or argument '--fold'; see 'train --help'", new[] { "train", "--model", "a", "--data", "a.csv", "--fold", "3" })]
    [InlineData("unrecognized command or argument '--force'; see 'retrain --help'", new[] { "retrain", "--force" })]
    [InlineData("unrecognized command or argument 'yes'", new[] { "train", "--model", "a", "--data", "a.csv", "--force=yes" })]
    [InlineData("option '--model' expects a single argument but 2 were provided", new[] { "train", "--model", "a", "--model", "b", "--data", "a.csv" })]
    [InlineData("unrecognized command or argument 'b.csv'", new[] { "train", "--model", "a", "--data", "a.csv", "b.csv" })]
    [InlineData("'Complaint_Category' is not a model name", new[] { "train", "--model", "Complaint_Category", "--data", "a.csv" })]
    [InlineData("'../etc' is not a model name", new[] { "retrain", "--model", "../etc" })]
    [InlineData("--split must be a fraction between 0 and 1 such as 0.8, not '1.5'", new[] { "compare", "--data", "a.csv", "--split", "1.5" })]
    [InlineData("--seed must be a whole number, not 'x'", new[] { "compare", "--data", "a.csv", "--seed", "x" })]
    [InlineData("'compare' needs either --train and --test, or --data", new[] { "compare", "--train", "a.csv" })]
    [InlineData("'compare' needs either --train and --test, or --data", new[] { "compare", "--train", "a.csv", "--test", "b.csv", "--data", "c.csv" })]
    public void Bad_command_lines_are_refused_with_the_problem_named(string problem, string[] args)
    {
        var error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(args));

        Assert.StartsWith(problem, error.Message, StringComparison.Ordinal);
    }
}
