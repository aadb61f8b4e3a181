namespace ServiceQuality.Domain.Cases;

public static class CaseChannels
{
    public const string Web = "web";
    public static IReadOnlyList<string> All { get; } = [Web, "email", "phone", "counter"];
}
