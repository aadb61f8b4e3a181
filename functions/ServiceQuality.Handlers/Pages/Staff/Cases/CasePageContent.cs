namespace ServiceQuality.Handlers.Pages.Staff.Cases;

/// <summary>A staff case page before its frame: the title, the main content, and this page's address in the other language.</summary>
public sealed record CasePageContent(string Title, string Body, string SwitchLanguageHref);
