using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Privacy;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Cases;

public sealed class ReplyTemplatesTests : IDisposable
{
    private static readonly ReplyTemplates Shipped = ReplyTemplates.LoadFrom(Path.Combine(Definitions.Folder, "replies"), Definitions.Organisation);
    private readonly string _folder = Directory.CreateTempSubdirectory("reply-templates-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> ShippedTemplates()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Shipped.All)
        {
            data.Add(template.Id, Language.TraditionalChinese);
            data.Add(template.Id, Language.English);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates))]
    public void A_shipped_template_fills_every_placeholder_and_masking_keeps_the_agencys_contacts(string id, string language)
    {
        var c = CaseBuilder.Numbered(123, new DateOnly(2026, 3, 17)).Build();
        var masker = new PersonalDataMasker(Definitions.Organisation.PublicContactDetails);

        var text = Shipped.Find(id)!.Render(language, ReplyTemplateValues.For(c, Definitions.Organisation, language));

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains("2026-000123", text, StringComparison.Ordinal);
        Assert.Contains(Definitions.Organisation.Contacts.Phones[0], text, StringComparison.Ordinal);
        Assert.Equal(text, masker.Mask(text));
    }

    [Fact]
    public void Values_name_the_cases_unit_and_dates_in_the_citizens_language()
    {
        var c = CaseBuilder.Numbered(7, new DateOnly(2026, 3, 17)).Build();

        var zh = ReplyTemplateValues.For(c, Definitions.Organisation, Language.TraditionalChinese);
        var en = ReplyTemplateValues.For(c, Definitions.Organisation, Language.English);

        Assert.Equal("民國115年3月17日（2026-03-17）", zh[ReplyTemplateValues.DueDate]);
        Assert.Equal("2026-03-17", en[ReplyTemplateValues.DueDate]);
        Assert.Equal(Definitions.Organisation.Find("metrology")!.Name["en"], en[ReplyTemplateValues.UnitName]);
        Assert.Equal(Definitions.Organisation.Contacts.Addresses[0]["zh-TW"], zh[ReplyTemplateValues.AgencyAddress]);
    }

    [Fact]
    public void A_case_without_a_unit_is_answered_in_the_agencys_name()
    {
        var c = CaseBuilder.Numbered(7, new DateOnly(2026, 3, 17)).NeedingReview().Build();

        Assert.Equal(Definitions.Organisation.AgencyName["zh-TW"], ReplyTemplateValues.For(c, Definitions.Organisation, "zh-TW")[ReplyTemplateValues.UnitName]);
    }

    [Theory]
    [InlineData("bad.json", """{"title":{"zh-TW":"甲","en":"A"},"text":{"zh-TW":"{{caseNumber}} {{secret}}","en":"{{caseNumber}}"}}""", "unknown placeholders {{secret}}")]
    [InlineData("half.json", """{"title":{"zh-TW":"甲","en":"A"},"text":{"zh-TW":"只有中文"}}""", "'text' needs both zh-TW and en")]
    [InlineData("Upper_Case.json", """{"title":{"zh-TW":"甲","en":"A"},"text":{"zh-TW":"甲","en":"A"}}""", "lowercase kebab-case")]
    [InlineData("broken.json", """{"title":""", "not valid JSON")]
    public void A_broken_template_file_stops_loading_with_its_reason(string file, string json, string reason)
    {
        File.WriteAllText(Path.Combine(_folder, file), json);

        var error = Assert.Throws<ReplyTemplateException>(() => ReplyTemplates.LoadFrom(_folder, Definitions.Organisation));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_quoting_a_phone_the_organisation_lacks_stops_loading()
    {
        File.WriteAllText(Path.Combine(_folder, "call-us.json"), """{"title":{"zh-TW":"甲","en":"A"},"text":{"zh-TW":"請撥 {{agencyPhone}}","en":"Call {{agencyPhone}}"}}""");
        var withoutContacts = new AgencyOrganisation(Definitions.Organisation.AgencyName, Definitions.Organisation.Units);

        var error = Assert.Throws<ReplyTemplateException>(() => ReplyTemplates.LoadFrom(_folder, withoutContacts));

        Assert.Contains("{{agencyPhone}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_refused()
    {
        Assert.Throws<ReplyTemplateException>(() => ReplyTemplates.LoadFrom(_folder, Definitions.Organisation));
    }

    [Fact]
    public void Shipped_templates_are_listed_in_file_name_order()
    {
        Assert.Equal(Shipped.All.Select(t => t.Id).Order(StringComparer.Ordinal), Shipped.All.Select(t => t.Id));
        Assert.True(Shipped.All.Count >= 3);
    }
}
