using System.Text;
using System.Text.Json.Nodes;

namespace ServiceQuality.Integration.Tests.Builders;

/// <summary>Builds a phone-etiquette test's JSON body: a valid full-marks test of the metrology section unless changed.</summary>
public sealed class EtiquetteTestBody
{
    private readonly JsonObject _scores = new()
    {
        ["answered-promptly"] = 10,
        ["greeting"] = 20,
        ["courtesy"] = 25,
        ["accuracy"] = 25,
        ["transfer"] = 10,
        ["closing"] = 10,
    };
    private readonly JsonObject _root = new()
    {
        ["tester"] = "張測試",
        ["testedAt"] = "2025-03-05T10:00:00+08:00",
        ["unit"] = "metrology",
        ["staff"] = "王小明",
        ["extension"] = "301",
    };

    public static EtiquetteTestBody Valid() => new();

    public EtiquetteTestBody With(string field, JsonNode? value)
    {
        _root[field] = value;
        return this;
    }

    public EtiquetteTestBody Score(string itemId, JsonNode? score)
    {
        _scores[itemId] = score;
        return this;
    }

    public EtiquetteTestBody Without(string itemId)
    {
        _scores.Remove(itemId);
        return this;
    }

    public EtiquetteTestBody At(string testedAt) => With("testedAt", testedAt);

    public EtiquetteTestBody In(string unit) => With("unit", unit);

    /// <summary>Scores that add up to <paramref name="total"/>, taking points off the courtesy and accuracy items.</summary>
    public EtiquetteTestBody Totalling(int total)
    {
        var deficit = 100 - total;
        var courtesy = Math.Min(deficit, 25);
        return Score("courtesy", 25 - courtesy).Score("accuracy", 25 - Math.Min(deficit - courtesy, 25));
    }

    public string ToJson()
    {
        var root = _root.DeepClone().AsObject();
        root["scores"] = _scores.DeepClone();
        return root.ToJsonString();
    }

    public StringContent ToContent(string mediaType = "application/json") => new(ToJson(), Encoding.UTF8, mediaType);
}
