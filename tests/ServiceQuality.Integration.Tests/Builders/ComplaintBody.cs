using System.Text;
using System.Text.Json.Nodes;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>
/// Builds a complaint's JSON body: a valid web complaint with contact details unless changed. Each body has an address
/// of its own, as each citizen does: acknowledgements are limited per address and day.
/// </summary>
public sealed class ComplaintBody
{
    private readonly JsonObject _root = new()
    {
        ["subject"] = "網路賣家販售無標章充電器",
        ["text"] = "我在蝦皮的「小明3C專賣」買到沒有商品安全標章的行動電源，賣場網址 shopee.tw/xiaoming3c，請協助查處。",
        ["name"] = "王小明",
        ["email"] = $"citizen-{Guid.NewGuid():N}@example.com",
        ["phone"] = "02-2345-6789",
        ["channel"] = "web",
    };

    public static ComplaintBody Web() => new();

    public string? Email => _root["email"]?.GetValue<string>();

    public ComplaintBody With(string field, JsonNode? value)
    {
        _root[field] = value;
        return this;
    }

    public ComplaintBody Without(string field)
    {
        _root.Remove(field);
        return this;
    }

    public ComplaintBody WithText(string text) => With("text", text);

    public string ToJson() => _root.ToJsonString();

    public StringContent ToContent(string mediaType = "application/json") => new(ToJson(), Encoding.UTF8, mediaType);
}
