using Microsoft.ML.Data;
using ServiceQuality.Classification.Engine;

namespace ServiceQuality.Classification.Tests;

public sealed class FeaturizerTests
{
    [Fact]
    public void Full_width_and_upper_case_text_gives_the_same_n_grams_as_half_width_lower_case()
    {
        Assert.Equal(CharNGramExtractor.Extract("wifi 很慢,abc123!"), CharNGramExtractor.Extract("ＷｉＦｉ　很慢，ＡＢＣ１２３！"));
    }

    [Fact]
    public void Full_width_and_upper_case_text_gives_the_same_term_frequencies()
    {
        var folded = CharNGramHashing.TermFrequencies("ＷＩＦＩ　很慢");
        var plain = CharNGramHashing.TermFrequencies("wifi 很慢");

        Assert.NotEmpty(plain.GetIndices().ToArray());
        Assert.Equal(plain.Items(), folded.Items());
    }

    [Fact]
    public void N_grams_do_not_cross_a_space()
    {
        var grams = CharNGramExtractor.Extract("abc def");

        Assert.Contains(" ab", grams);
        Assert.Contains("bc ", grams);
        Assert.DoesNotContain(grams, gram => gram.Any("abc".Contains) && gram.Any("def".Contains));
    }

    [Fact]
    public void N_grams_span_punctuation_and_a_change_of_script_inside_a_token()
    {
        Assert.Equal(["wifi很慢!"], CharNGramExtractor.Tokenize("WiFi很慢!"));

        var grams = CharNGramExtractor.Extract("WiFi很慢!");

        Assert.Contains(" wi", grams);
        Assert.Contains("fi很", grams);
        Assert.Contains("慢! ", grams);
    }

    [Fact]
    public void Each_token_yields_unigrams_to_four_grams_with_boundary_padding()
    {
        Assert.Equal(["停", "車", " 停", "停車", "車 ", " 停車", "停車 ", " 停車 "], CharNGramExtractor.Extract("停車"));
    }

    [Theory]
    [InlineData("停車場車位太少，每次都要繞好幾圈才找到位置")]
    [InlineData("The parking lot is always full; staff were rude at the counter 2 times!")]
    [InlineData("  多個   空白\t與\n換行  ")]
    [InlineData("a")]
    [MemberData(nameof(LongTexts))]
    public void Hashed_term_frequencies_are_the_sublinear_counts_of_the_extracted_n_grams(string text)
    {
        var expected = CharNGramExtractor.Extract(text)
            .GroupBy(gram => CharNGramHashing.Bucket(gram))
            .ToDictionary(group => group.Key, group => 1f + MathF.Log(group.Count()));

        var actual = CharNGramHashing.TermFrequencies(text);

        Assert.Equal(CharNGramHashing.BucketCount, actual.Length);
        Assert.Equal(expected.OrderBy(pair => pair.Key).Select(pair => pair.Key), actual.GetIndices().ToArray());
        Assert.Equal(expected.OrderBy(pair => pair.Key).Select(pair => pair.Value), actual.GetValues().ToArray());
    }

    // Long enough for each way the slots are put in order: a comparison sort, and radix sorts of 8 and 12-bit digits.
    public static TheoryData<string> LongTexts() => new()
    {
        string.Concat(Enumerable.Repeat("停車場車位太少，每次都要繞好幾圈。", 3)),
        string.Concat(Enumerable.Repeat("停車場車位太少，每次都要繞好幾圈。Staff were rude at the counter! ", 12)),
        string.Concat(Enumerable.Range(0, 400).Select(i => $"第{i}號窗口{(char)('甲' + (i % 50))}")),
    };

    [Fact]
    public void A_vector_written_over_holds_only_the_new_texts_term_frequencies()
    {
        var reused = CharNGramHashing.TermFrequencies(string.Concat(Enumerable.Repeat("很長的一段投訴文字，", 80)));

        CharNGramHashing.TermFrequencies("短", ref reused);

        Assert.Equal(CharNGramHashing.TermFrequencies("短").Items(), reused.Items());
        Assert.Equal(CharNGramHashing.BucketCount, reused.Length);
    }

    [Fact]
    public void Folding_one_character_at_a_time_matches_full_width_folding_then_invariant_lower_case_for_every_character()
    {
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var expected = char.ToLowerInvariant(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                _ => c,
            });

            Assert.True(expected == TextNormalizer.Fold(c), $"U+{code:X4} folds to U+{(int)TextNormalizer.Fold(c):X4}, expected U+{(int)expected:X4}");
        }
    }

    [Fact]
    public void A_repeated_n_gram_counts_one_plus_the_log_of_its_frequency()
    {
        var vector = CharNGramHashing.TermFrequencies("好 好 好 好 差");

        Assert.Equal(1f + MathF.Log(4), Value(vector, CharNGramHashing.Bucket("好")), 5);
        Assert.Equal(1f, Value(vector, CharNGramHashing.Bucket("差")), 5);
    }

    [Fact]
    public void Text_without_n_grams_gives_an_empty_vector()
    {
        Assert.Empty(CharNGramHashing.TermFrequencies(" \t ").GetIndices().ToArray());
        Assert.Empty(CharNGramHashing.TermFrequencies(null).GetIndices().ToArray());
    }

    private static float Value(VBuffer<float> vector, int slot) =>
        vector.Items().Single(item => item.Key == slot).Value;
}
