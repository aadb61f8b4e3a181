using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Privacy;

/// <summary>A reply gives the citizen the agency's own numbers and addresses; masking keeps those and only those.</summary>
public sealed class AgencyContactMaskingTests
{
    private readonly PersonalDataMasker _masker = new(Definitions.Organisation.PublicContactDetails);

    [Theory]
    [InlineData("請來電 (02)2345-0000 洽詢。")]
    [InlineData("請來電 02-2345-0000 洽詢。")]
    [InlineData("請來電（０２）２３４５－００００洽詢。")]
    [InlineData("Call +886-2-2345-0000.")]
    [InlineData("免付費專線 0800-007-123。")]
    [InlineData("來信 service@branch.example.gov.tw 或 metrology@branch.example.gov.tw。")]
    public void The_agencys_own_phone_numbers_and_addresses_are_kept_as_written(string reply) => Assert.Equal(reply, _masker.Mask(reply));

    [Fact]
    public void A_citizens_number_beside_the_agencys_is_still_masked()
    {
        var masked = _masker.Mask("本局電話 (02)2345-0000；您留的手機 0912-345-678 與 02-2345-6789、信箱 me@example.com 已記錄。");

        Assert.Equal("本局電話 (02)2345-0000；您留的手機 [phone] 與 [phone]、信箱 [email] 已記錄。", masked);
    }

    [Fact]
    public void Every_unit_email_and_the_agency_contacts_come_from_the_organisation_file()
    {
        var kept = Definitions.Organisation.PublicContactDetails;

        Assert.Contains("(02)2345-0000", kept);
        Assert.Contains("service@branch.example.gov.tw", kept);
        Assert.All(Definitions.Organisation.Units, u => Assert.Contains(u.Email!, kept));
    }
}
