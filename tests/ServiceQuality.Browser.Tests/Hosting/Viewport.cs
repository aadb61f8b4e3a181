namespace ServiceQuality.Browser.Tests.Hosting;

/// <summary>The two screens the pages must serve: a citizen's phone and a desktop or counter kiosk.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Phone = new("phone", 390, 844);
    public static readonly Viewport Desktop = new("desktop", 1280, 900);

    public static IReadOnlyList<Viewport> All { get; } = [Phone, Desktop];

    public static Viewport Named(string name) => All.Single(v => v.Name == name);

    public override string ToString() => Name;
}
