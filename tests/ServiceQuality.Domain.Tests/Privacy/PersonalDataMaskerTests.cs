using ServiceQuality.Domain.Privacy;
using Xunit;

namespace ServiceQuality.Domain.Tests.Privacy;

public sealed class PersonalDataMaskerTests
{
    private readonly PersonalDataMasker _masker = new();

    [Theory]
    [InlineData("我的身分證字號是A123456789，請查詢", "我的身分證字號是[id]，請查詢")]
    [InlineData("身分證 F223456789 女性", "身分證 [id] 女性")]
    [InlineData("身分證Ａ１２３４５６７８９", "身分證[id]")]
    [InlineData("身分證ａ１２３４５６７８９。", "身分證[id]。")]
    public void National_id_numbers_are_masked_in_half_and_full_width(string text, string expected) => Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("居留證號A800000014辦理中", "居留證號[id]辦理中")]
    [InlineData("新式統一證號 F912345678", "新式統一證號 [id]")]
    [InlineData("舊式居留證AC01234567", "舊式居留證[id]")]
    [InlineData("舊式居留證ＡＣ０１２３４５６７", "舊式居留證[id]")]
    public void Resident_certificate_numbers_are_masked_in_the_new_and_the_old_format(string text, string expected) =>
        Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("請打0912-345-678找我", "請打[phone]找我")]
    [InlineData("手機０９１２－３４５－６７８", "手機[phone]")]
    [InlineData("手機０９１２３４５６７８", "手機[phone]")]
    [InlineData("市話(02)2345-6789", "市話[phone]")]
    [InlineData("市話（０２）２３４５－６７８９", "市話[phone]")]
    [InlineData("台中04-2345-6789轉分機", "台中[phone]轉分機")]
    [InlineData("屏東08-7654321", "屏東[phone]")]
    [InlineData("國際+886-912-345-678", "國際[phone]")]
    [InlineData("國際+886 2 2345 6789", "國際[phone]")]
    [InlineData("國際＋８８６９１２３４５６７８", "國際[phone]")]
    public void Mobile_landline_and_international_phone_numbers_are_masked(string text, string expected) => Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("回信到 lin.meiling@example.com.tw 即可", "回信到 [email] 即可")]
    [InlineData("信箱ｃｈｅｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "信箱[email]")]
    public void Email_addresses_are_masked(string text, string expected) => Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("車號ABC-1234的計程車繞路", "車號[plate]的計程車繞路")]
    [InlineData("計程車 TDA-5678 跳表太快", "計程車 [plate] 跳表太快")]
    [InlineData("舊車牌1234-AB", "舊車牌[plate]")]
    [InlineData("機車AB-1234", "機車[plate]")]
    [InlineData("車號ＡＢＣ－１２３４", "車號[plate]")]
    [InlineData("車號abc-1234", "車號[plate]")]
    public void Licence_plates_are_masked(string text, string expected) => Assert.Equal(expected, _masker.Mask(text));

    [Theory]
    [InlineData("案件編號 2026-000123 尚未回覆")]
    [InlineData("案號２０２６－０００１２３")]
    [InlineData("2026-11-23 下午三點到櫃檯")]
    [InlineData("2026/11/23 14:30")]
    [InlineData("規費 NT$1,200 元，另收 350 元")]
    [InlineData("罰款 12,000 元")]
    [InlineData("依 CNS 15364 與 CNS-5000 檢驗，符合 ISO-9001 與 ISO 17025")]
    [InlineData("IEC-6100 測試報告")]
    [InlineData("型號 AB123456789X")]
    [InlineData("第3課的人員很親切，等了 45 分鐘")]
    [InlineData("COVID-19 期間的櫃檯")]
    [InlineData("分機 1234")]
    [InlineData("")]
    public void Case_numbers_prices_dates_and_standard_numbers_are_left_as_they_are(string text) => Assert.Equal(text, _masker.Mask(text));

    [Fact]
    public void Masking_twice_changes_nothing_more()
    {
        var once = _masker.Mask("A123456789、0912345678、ABC-1234、a@b.tw");

        Assert.Equal("[id]、[phone]、[plate]、[email]", once);
        Assert.Equal(once, _masker.Mask(once));
    }

    [Fact]
    public void Every_kind_in_one_complaint_is_masked_and_the_rest_kept()
    {
        var text = "我是陳先生（F123456789），搭計程車ＴＤＡ－５６７８被多收 300 元，案號 2026-000042，請回電０９８７６５４３２１或寄 chen@example.org。";

        Assert.Equal("我是陳先生（[id]），搭計程車[plate]被多收 300 元，案號 2026-000042，請回電[phone]或寄 [email]。", _masker.Mask(text));
    }

    [Fact]
    public void The_patterns_come_from_the_data_file_in_the_order_they_are_listed()
    {
        Assert.Equal(["email", "national-id", "phone", "phone", "phone", "licence-plate"], _masker.Patterns.Select(p => p.Kind));
    }
}
