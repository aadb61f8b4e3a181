using ServiceQuality.Domain.Localization;

namespace ServiceQuality.Domain.Organisation;

/// <summary>The agency's own published phone numbers, e-mail addresses and postal addresses.</summary>
public sealed record AgencyContacts(IReadOnlyList<string> Phones, IReadOnlyList<string> Emails, IReadOnlyList<LocalizedText> Addresses)
{
    public static AgencyContacts None { get; } = new([], [], []);
}
