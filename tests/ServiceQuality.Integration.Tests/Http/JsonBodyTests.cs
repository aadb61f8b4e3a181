using System.Text;
using ServiceQuality.Handlers.Http.Requests;
using Xunit;

namespace ServiceQuality.Integration.Tests.Http;

/// <summary>The one reader every JSON body goes through: text that cannot be stored is refused, naming the field.</summary>
public sealed class JsonBodyTests
{
    [Theory]
    [InlineData("""{"text":"a\ud800b"}""", "text")]
    [InlineData("""{"text":"a\udc00"}""", "text")]
    [InlineData("""{"answers":{"overall":"\udfff"}}""", "answers.overall")]
    [InlineData("""{"list":["ok","\ud83d"]}""", "list[1]")]
    public void A_lone_surrogate_in_a_string_is_refused_naming_its_field(string json, string field)
    {
        var errors = JsonBody.Parse(Encoding.UTF8.GetBytes(json), out _);

        Assert.Equal(field, Assert.Single(errors.All).Field);
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_is_refused()
    {
        var errors = JsonBody.Parse(Encoding.UTF8.GetBytes("""{"answers":{"\ud800":5}}"""), out _);

        Assert.Equal("answers", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void A_surrogate_pair_escaped_in_json_is_kept()
    {
        var errors = JsonBody.Parse(Encoding.UTF8.GetBytes("""{"text":"good \ud83d\ude42"}"""), out var body);

        Assert.True(errors.IsEmpty);
        Assert.Equal("good 🙂", JsonBody.String(body, "text"));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public void Bytes_that_are_not_utf8_inside_a_string_are_refused_on_the_body(byte[] invalid)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"a").Concat(invalid).Concat(Encoding.UTF8.GetBytes("b\"}")).ToArray();

        var errors = JsonBody.Parse(bytes, out _);

        Assert.Equal("body", Assert.Single(errors.All).Field);
    }

    [Fact]
    public void Form_text_with_bytes_that_are_not_utf8_is_refused()
    {
        var errors = FormBody.Parse(new byte[] { (byte)'t', (byte)'=', 0xFF }, out _);

        Assert.Equal("body", Assert.Single(errors.All).Field);
    }
}
