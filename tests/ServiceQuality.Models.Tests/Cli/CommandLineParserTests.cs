using ServiceQuality.Cli;

namespace ServiceQuality.Models.Tests.Cli;

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

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_is_asked_for_by_name_or_flag(string word)
    {
        Assert.IsType<HelpArguments>(CommandLineParser.Parse([word]));
        Assert.IsType<HelpArguments>(CommandLineParser.Parse(["train", "--help"]));
    }

    [Theory]
    [InlineData("no command given", new string[0])]
    [InlineData("unknown command 'evaluate'", new[] { "evaluate" })]
    [InlineData("'train' needs --model", new[] { "train", "--data", "a.csv" })]
    [InlineData("'train' needs --data", new[] { "train", "--model", "a" })]
    [InlineData("--data needs a value", new[] { "train", "--model", "a", "--data" })]
    [InlineData("--model needs a value", new[] { "train", "--model", "--data", "a.csv" })]
    [InlineData("--folds must be a whole number of at least 2, not 'five'", new[] { "train", "--model", "a", "--data", "a.csv", "--folds", "five" })]
    [InlineData("--folds must be a whole number of at least 2, not '1'", new[] { "train", "--model", "a", "--data", "a.csv", "--folds", "1" })]
    [InlineData("--folds must be a whole number of at least 2, not '-3'", new[] { "train", "--model", "a", "--data", "a.csv", "--folds=-3" })]
    [InlineData("unknown option '--fold' for 'train'", new[] { "train", "--model", "a", "--data", "a.csv", "--fold", "3" })]
    [InlineData("unknown option '--force' for 'retrain'", new[] { "retrain", "--force" })]
    [InlineData("--force takes no value", new[] { "train", "--model", "a", "--data", "a.csv", "--force=yes" })]
    [InlineData("--model is given more than once", new[] { "train", "--model", "a", "--model", "b", "--data", "a.csv" })]
    [InlineData("unexpected argument 'a.csv' for 'train'", new[] { "train", "--model", "a", "a.csv" })]
    [InlineData("'Complaint_Category' is not a model name", new[] { "train", "--model", "Complaint_Category", "--data", "a.csv" })]
    [InlineData("'../etc' is not a model name", new[] { "retrain", "--model", "../etc" })]
    public void Bad_command_lines_are_refused_with_the_problem_named(string problem, string[] args)
    {
        var error = Assert.Throws<UsageException>(() => CommandLineParser.Parse(args));

        Assert.StartsWith(problem, error.Message, StringComparison.Ordinal);
    }
}
