namespace ServiceQuality.Classification.Tests;

public sealed class NGramIndexTests
{
    [Fact]
    public void Short_and_long_n_grams_are_found_under_their_ids_and_listed_back_as_strings()
    {
        var index = new NGramIndex();
        string[] grams = ["a", " 很慢", "慢! ", "wifi", "abcde", "停車場車位"];
        for (var id = 0; id < grams.Length; id++)
        {
            Assert.True(index.TryAdd(grams[id], id));
        }

        Assert.False(index.TryAdd("wifi", 99));
        Assert.Equal(grams.Length, index.Count);
        for (var id = 0; id < grams.Length; id++)
        {
            Assert.True(index.TryGetValue(grams[id], out var found));
            Assert.Equal(id, found);
        }

        Assert.False(index.TryGetValue("wif", out _));
        Assert.False(index.TryGetValue("abcdef", out _));
        Assert.Equal(grams, index.GramsById());
    }

    [Fact]
    public void N_grams_that_differ_only_by_a_leading_null_character_stay_apart()
    {
        var index = new NGramIndex();
        index.TryAdd("ab", 0);

        Assert.True(index.TryAdd("\0ab", 1));
        Assert.True(index.TryGetValue("\0ab", out var id));
        Assert.Equal(1, id);
        Assert.Equal(["ab", "\0ab"], index.GramsById());
    }

    [Fact]
    public void Remapping_keeps_the_n_grams_with_a_new_id_and_drops_the_rest()
    {
        var index = new NGramIndex();
        string[] grams = ["x", "yy", "zzzzz", "w"];
        for (var id = 0; id < grams.Length; id++)
        {
            index.TryAdd(grams[id], id);
        }

        var remapped = index.Remap([-1, 1, 0, -1]);

        Assert.Equal(["zzzzz", "yy"], remapped.GramsById());
        Assert.False(remapped.TryGetValue("x", out _));
    }
}
