namespace ServiceQuality.Classification.Tests;

public sealed class FeaturizerTests
{
    private static readonly CharNGramExtractor Extractor = new(maximumLength: 3);

    [Fact]
    public void Full_width_and_upper_case_text_gives_the_same_n_grams_as_half_width_lower_case()
    {
        Assert.Equal(Extractor.Extract("wifi 很慢, abc123!"), Extractor.Extract("ＷｉＦｉ　很慢，ＡＢＣ１２３！"));
    }

    [Fact]
    public void Full_width_and_upper_case_text_gives_the_same_feature_vector()
    {
        var featurizer = TextFeaturizer.Fit(["WiFi 很慢", "停車場 full", "ｗｉｆｉ ＯＫ"]);

        var folded = featurizer.Describe("ＷＩＦＩ　很慢");
        var plain = featurizer.Describe("wifi 很慢");

        Assert.NotEmpty(plain);
        Assert.Equal(plain, folded);
    }

    [Fact]
    public void N_grams_do_not_cross_a_space()
    {
        var grams = Extractor.Extract("abc def");

        Assert.Contains(" ab", grams);
        Assert.Contains("bc ", grams);
        Assert.DoesNotContain(grams, gram => gram.Any("abc".Contains) && gram.Any("def".Contains));
    }

    [Fact]
    public void N_grams_do_not_cross_a_change_of_script()
    {
        Assert.Equal(["wifi", "很慢", "!"], Extractor.Tokenize("WiFi很慢!"));

        var grams = Extractor.Extract("WiFi很慢");

        Assert.Contains("fi ", grams);
        Assert.Contains(" 很慢", grams);
        Assert.DoesNotContain(grams, gram => gram.Any(char.IsAsciiLetter) && gram.Any(c => c >= '\u4E00'));
    }

    [Fact]
    public void Each_token_yields_unigrams_to_trigrams_with_boundary_padding()
    {
        var grams = Extractor.Extract("好棒");

        Assert.Equal(["好", "棒", " 好", "好棒", "棒 ", " 好棒", "好棒 "], grams);
    }

    [Fact]
    public void Term_frequency_is_sublinear_and_vectors_have_unit_length()
    {
        var featurizer = TextFeaturizer.Fit(["好 好 好 好", "差"]);

        var features = featurizer.Describe("好 好 好 好 差");

        // Both n-grams "好" and "差" have the same document frequency, so their weights differ only by
        // term frequency: 1 + ln 4 against 1 + ln 1.
        Assert.Equal(1 + Math.Log(4), features["好"] / features["差"], 4);
        Assert.Equal(1.0, Math.Sqrt(features.Values.Sum(v => (double)v * v)), 4);
    }

    [Fact]
    public void N_grams_never_seen_in_training_are_ignored()
    {
        var featurizer = TextFeaturizer.Fit(["停車場"]);

        Assert.Empty(featurizer.Describe("xyz"));
        Assert.Equal(0, featurizer.Transform("xyz").GetValues().Length);
    }
}
