using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>Writes a period as "2026-P2", the form people read in reports and type in queries.</summary>
public sealed class TestPeriodJsonConverter : JsonConverter<TestPeriod>
{
    public override TestPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TestPeriod.TryParse(reader.GetString(), out var period) ? period : throw new JsonException("A test period must look like 2026-P2.");

    public override void Write(Utf8JsonWriter writer, TestPeriod value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
