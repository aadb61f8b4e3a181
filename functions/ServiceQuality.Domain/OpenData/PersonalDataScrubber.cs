using ServiceQuality.Domain.Privacy;

namespace ServiceQuality.Domain.OpenData;

/// <summary>
/// Removes what identifies a person from free text before it is published. What counts as personal data is decided
/// in one place, <see cref="PersonalDataMasker"/>; text stored since masking began is already masked, and masking it
/// again changes nothing, so older responses are covered too.
/// </summary>
public sealed class PersonalDataScrubber(PersonalDataMasker masker)
{
    public const string EmailMark = "[email]";
    public const string PhoneMark = "[phone]";
    public const string NationalIdMark = "[id]";

    public PersonalDataScrubber()
        : this(new PersonalDataMasker())
    {
    }

    public string Scrub(string text) => masker.Mask(text);
}
