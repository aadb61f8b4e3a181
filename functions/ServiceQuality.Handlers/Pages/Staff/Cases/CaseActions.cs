namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>What a post to the case page does, named in its <see cref="Field"/> field.</summary>
public static class CaseActions
{
    public const string Field = "action";

    public const string Contact = "contact";
    public const string Category = "category";
    public const string Reply = "reply";
    public const string Close = "close";

    public static IReadOnlyList<string> All { get; } = [Contact, Category, Reply, Close];
}
