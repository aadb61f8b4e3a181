using ServiceQuality.Domain.OpenData;
using Xunit;

namespace ServiceQuality.Domain.Tests.OpenData;

public sealed class PersonalDataScrubberTests
{
    private readonly PersonalDataScrubber _scrubber = new();

    [Theory]
    [InlineData("請寄到 wang.xiaoming@example.com 謝謝", "請寄到 [email] 謝謝")]
    [InlineData("信箱:chen_mei+svc@mail.agency.gov.tw。", "信箱:[email]。")]
    [InlineData("信箱ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "信箱[email]")]
    [InlineData("mail me at lin.88@example.com.tw", "mail me at [email]")]
    public void Email_addresses_are_removed(string text, string expected) => Assert.Equal(expected, _scrubber.Scrub(text));

    [Theory]
    [InlineData("手機0912-345-678請回電", "手機[phone]請回電")]
    [InlineData("手機 0912345678", "手機 [phone]")]
    [InlineData("call 0912 345 678", "call [phone]")]
    [InlineData("手機０９１２－３４５－６７８", "手機[phone]")]
    [InlineData("手機０９１２３４５６７８。", "手機[phone]。")]
    public void Mobile_numbers_are_removed_in_any_grouping_and_in_full_width_digits(string text, string expected) =>
        Assert.Equal(expected, _scrubber.Scrub(text));

    [Theory]
    [InlineData("電話(02) 2345-6789分機12", "電話[phone]分機12")]
    [InlineData("電話02-2345-6789", "電話[phone]")]
    [InlineData("電話（０２）２３４５－６７８９", "電話[phone]")]
    [InlineData("台中04-2345678", "台中[phone]")]
    [InlineData("苗栗037-123456", "苗栗[phone]")]
    [InlineData("電話 0223456789", "電話 [phone]")]
    public void Landline_numbers_with_an_area_code_are_removed(string text, string expected) => Assert.Equal(expected, _scrubber.Scrub(text));

    [Theory]
    [InlineData("+886 912 345 678", "[phone]")]
    [InlineData("+886-912-345-678", "[phone]")]
    [InlineData("+886912345678", "[phone]")]
    [InlineData("+886-2-2345-6789", "[phone]")]
    [InlineData("+886 (0)2 2345 6789", "[phone]")]
    [InlineData("00886 912 345 678", "[phone]")]
    [InlineData("聯絡＋８８６９１２３４５６７８", "聯絡[phone]")]
    public void International_forms_are_removed(string text, string expected) => Assert.Equal(expected, _scrubber.Scrub(text));

    [Theory]
    [InlineData("身分證字號A123456789", "身分證字號[id]")]
    [InlineData("ID: F223456789.", "ID: [id].")]
    [InlineData("a123456789", "[id]")]
    [InlineData("統一證號A812345678", "統一證號[id]")]
    [InlineData("居留證AC12345678", "居留證[id]")]
    [InlineData("身分證Ａ１２３４５６７８９", "身分證[id]")]
    public void National_id_numbers_are_removed(string text, string expected) => Assert.Equal(expected, _scrubber.Scrub(text));

    [Theory]
    [InlineData("案件編號 2026-000123 尚未回覆")]
    [InlineData("2026-03-05 下午三點到櫃檯")]
    [InlineData("等了 45 分鐘，罰款 12,000 元")]
    [InlineData("ISO 9001 與 CNS 15364 的檢驗")]
    [InlineData("第3課的人員很親切")]
    [InlineData("型號 AB123456789X")]
    [InlineData("")]
    public void Text_without_personal_data_is_left_as_it_is(string text) => Assert.Equal(text, _scrubber.Scrub(text));

    [Fact]
    public void Every_kind_is_removed_from_one_text()
    {
        var text = "我是王小明，身分證A123456789，手機0912-345-678，公司電話(02)2345-6789，信箱 wang@example.com，請回覆。";

        Assert.Equal("我是王小明，身分證[id]，手機[phone]，公司電話[phone]，信箱 [email]，請回覆。", _scrubber.Scrub(text));
    }

    [Fact]
    public void Two_numbers_next_to_each_other_are_both_removed()
    {
        Assert.Equal("[phone] 或 [phone]", _scrubber.Scrub("0912345678 或 02-2345-6789"));
    }
}
