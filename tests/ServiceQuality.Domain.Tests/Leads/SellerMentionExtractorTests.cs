using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Tests.Builders;
using Xunit;

namespace ServiceQuality.Domain.Tests.Leads;

public sealed class SellerMentionExtractorTests
{
    private static readonly SellerMentionExtractor Extractor =
        new(MarketplaceRules.LoadFrom(Path.Combine(Definitions.Folder, "leads", "marketplaces.json")));

    [Fact]
    public void A_marketplace_address_gives_the_platform_the_shop_id_and_a_normalised_url()
    {
        var mention = Extractor.Extract("我在 https://shopee.tw/XiaoMing3C?sp_atk=abc 買到沒有標章的行動電源");

        Assert.Equal("shopee", mention.Platform);
        Assert.Equal("xiaoming3c", mention.ShopId);
        Assert.Equal("shopee.tw/xiaoming3c", mention.Url);
        Assert.Equal(["power-bank"], mention.ProductTypes);
        Assert.Equal("shopee:id:xiaoming3c", mention.Key);
    }

    [Fact]
    public void The_same_shop_written_in_full_width_letters_and_without_the_scheme_is_the_same_seller()
    {
        var plain = Extractor.Extract("賣場網址 shopee.tw/xiaoming3c");
        var fullWidth = Extractor.Extract("賣場網址 ｈｔｔｐｓ://ｗｗｗ.ｓｈｏｐｅｅ.ｔｗ/ＸｉａｏＭｉｎｇ３Ｃ/");

        Assert.Equal(plain.Key, fullWidth.Key);
    }

    [Fact]
    public void A_quoted_shop_name_on_a_named_platform_is_found_without_an_address()
    {
        var mention = Extractor.Extract("露天拍賣有賣家在賣沒有BSMI標章的延長線，賣場叫「便宜電料行」，請查處。");

        Assert.Equal("ruten", mention.Platform);
        Assert.Equal("便宜電料行", mention.ShopName);
        Assert.Equal(["extension-cord"], mention.ProductTypes);
        Assert.Equal("ruten:name:便宜電料行", mention.Key);
    }

    [Fact]
    public void An_english_report_names_the_shop_and_product()
    {
        var mention = Extractor.Extract("A Facebook page called \"Gadget Paradise TW\" sells heaters without the safety mark.");

        Assert.Equal("facebook", mention.Platform);
        Assert.Equal("gadget paradise tw", mention.ShopName);
        Assert.Equal(["heater"], mention.ProductTypes);
    }

    [Fact]
    public void A_seller_account_id_in_the_text_is_used_when_there_is_no_address()
    {
        var mention = Extractor.Extract("蝦皮賣家帳號：cheap_toys88 賣的玩具沒有檢驗標示");

        Assert.Equal("cheap_toys88", mention.ShopId);
        Assert.Equal("shopee:id:cheap_toys88", mention.Key);
    }

    [Fact]
    public void A_report_that_names_no_seller_gives_no_key()
    {
        var mention = Extractor.Extract("網路上很多人在賣沒有標章的充電器，請你們管一管。");

        Assert.Null(mention.Key);
        Assert.Equal(["charger"], mention.ProductTypes);
    }
}
