using System.Text;

namespace ServiceQuality.Classification.Tests;

public sealed class FeaturizerTests
{
    private static readonly CharNGramExtractor Extractor = new(maximumLength: 3);

    [Fact]
    public void Full_width_and_upper_case_text_gives_the_same_n_grams_as_half_width_lower_case()
    {
        Assert.Equal(Extractor.Extract("wifi 很慢,abc123!"), Extractor.Extract("ＷｉＦｉ　很慢，ＡＢＣ１２３！"));
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
    public void By_default_n_grams_span_punctuation_and_a_change_of_script_inside_a_token()
    {
        Assert.Equal(["wifi很慢!"], Extractor.Tokenize("WiFi很慢!"));

        var grams = Extractor.Extract("WiFi很慢!");

        Assert.Contains(" wi", grams);
        Assert.Contains("fi很", grams);
        Assert.Contains("慢! ", grams);
    }

    [Fact]
    public void With_script_boundaries_n_grams_do_not_cross_a_change_of_script()
    {
        var extractor = new CharNGramExtractor(maximumLength: 3, TokenBoundaries.WhitespaceAndScriptChanges);
        Assert.Equal(["wifi", "很慢", "!"], extractor.Tokenize("WiFi很慢!"));

        var grams = extractor.Extract("WiFi很慢");

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

    [Fact]
    public void N_grams_seen_in_fewer_texts_than_the_minimum_document_frequency_are_dropped()
    {
        var featurizer = TextFeaturizer.Fit(["停車 位", "停車 費", "帳單"], new CharNGramExtractor(maximumLength: 2), minimumDocumentFrequency: 2);

        Assert.Equal([" 停", "停", "停車", "車", "車 "], featurizer.Describe("停車").Keys);
        Assert.Empty(featurizer.Describe("帳單"));
        Assert.Empty(featurizer.Describe("位費"));
    }

    [Fact]
    public void Training_rows_from_the_single_pass_fit_equal_the_vectors_of_transform()
    {
        string[] texts = ["停車場 車位太少，停車費太貴", "the car park is full, full!", "帳單金額錯誤 bill", "停車 bill 停車"];

        var (featurizer, rows) = TextFeaturizer.FitTransform(texts, new CharNGramExtractor(maximumLength: 4), minimumDocumentFrequency: 2);

        Assert.Equal(texts.Length, rows.RowCount);
        for (var i = 0; i < texts.Length; i++)
        {
            var vector = featurizer.Transform(texts[i]);
            Assert.Equal(vector.GetIndices().ToArray(), rows.Indices(i).ToArray());
            Assert.Equal(vector.GetValues().ToArray(), rows.Values(i).ToArray());
        }
    }

    [Fact]
    public void A_featurizer_saved_in_format_1_loads_and_keeps_cutting_at_script_changes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("SQ-TFIDF");
            writer.Write(1);
            writer.Write(3);
            string[] grams = ["fi ", " 很"];
            writer.Write(grams.Length);
            foreach (var gram in grams)
            {
                writer.Write7BitEncodedInt(gram.Length);
                foreach (var c in gram)
                {
                    writer.Write((ushort)c);
                }

                writer.Write(1f);
            }
        }

        buffer.Position = 0;
        var featurizer = TextFeaturizer.Read(buffer);

        Assert.Equal(TokenBoundaries.WhitespaceAndScriptChanges, featurizer.Extractor.Boundaries);
        Assert.Equal([" 很", "fi "], featurizer.Describe("WiFi很慢").Keys);
    }
}
