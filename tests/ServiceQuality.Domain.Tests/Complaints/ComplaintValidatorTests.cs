using ServiceQuality.Domain.Complaints;
using Xunit;

namespace ServiceQuality.Domain.Tests.Complaints;

public sealed class ComplaintValidatorTests
{
    private static ComplaintSubmission Complaint(string? text = "夜市的秤不準", string? email = null, string? phone = null, string? channel = null) =>
        new("主旨", text, null, email, phone, null, channel);

    [Fact]
    public void A_complaint_needs_only_its_text_and_defaults_to_the_web_channel_in_chinese()
    {
        var (valid, errors) = ComplaintValidator.Validate(new ComplaintSubmission(null, "請問充電器需要檢驗嗎？", null, null, null, null, null));

        Assert.True(errors.IsEmpty);
        Assert.Equal("web", valid!.Channel);
        Assert.Equal("zh-TW", valid.Language);
    }

    [Theory]
    [InlineData("citizen@example.com", true)]
    [InlineData("王小明 <citizen@example.com>", false)]
    [InlineData("citizen@", false)]
    [InlineData("citizen@localhost", false)]
    public void E_mail_addresses_must_be_plain_addresses(string email, bool ok)
    {
        Assert.Equal(ok, ComplaintValidator.Validate(Complaint(email: email)).Errors.IsEmpty);
    }

    [Theory]
    [InlineData("02-2345-6789", true)]
    [InlineData("+886 912 345 678", true)]
    [InlineData("(02)23456789#123", true)]
    [InlineData("12345", false)]
    [InlineData("call me", false)]
    public void Phone_numbers_need_six_to_twenty_digits(string phone, bool ok)
    {
        Assert.Equal(ok, ComplaintValidator.Validate(Complaint(phone: phone)).Errors.IsEmpty);
    }

    [Fact]
    public void Text_is_limited_to_4000_characters_counting_each_chinese_character_once()
    {
        Assert.True(ComplaintValidator.Validate(Complaint(new string('字', 4000))).Errors.IsEmpty);
        Assert.True(ComplaintValidator.Validate(Complaint(new string('字', 4001))).Errors.Has("text"));
    }

    [Fact]
    public void Whitespace_and_control_characters_alone_are_no_text()
    {
        Assert.True(ComplaintValidator.Validate(Complaint(" \u0000\t\r ")).Errors.Has("text"));
    }
}
