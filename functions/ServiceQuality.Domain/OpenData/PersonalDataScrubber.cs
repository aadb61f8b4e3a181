using System.Text.RegularExpressions;

namespace ServiceQuality.Domain.OpenData;

/// <summary>
/// Removes what identifies a person from free text before it is published: e-mail addresses, Taiwanese phone
/// numbers (mobile 09xx-xxx-xxx, landline (0x) xxxx-xxxx, +886 forms) and national ID numbers (A123456789).
/// Citizens type on phones with Chinese input methods, so full-width digits, letters and signs count as well.
/// </summary>
public sealed partial class PersonalDataScrubber
{
    public const string EmailMark = "[email]";
    public const string PhoneMark = "[phone]";
    public const string NationalIdMark = "[id]";

    public string Scrub(string text)
    {
        // Addresses first: their local part may hold digits that would otherwise read as a phone number.
        var scrubbed = Email().Replace(text, EmailMark);
        scrubbed = NationalId().Replace(scrubbed, NationalIdMark);
        scrubbed = InternationalPhone().Replace(scrubbed, PhoneMark);
        scrubbed = MobilePhone().Replace(scrubbed, PhoneMark);
        return LandlinePhone().Replace(scrubbed, PhoneMark);
    }

    // local@domain.tld, with the full-width ＠ and dots that Chinese keyboards produce.
    [GeneratedRegex(@"[A-Za-z0-9Ａ-Ｚａ-ｚ０-９._%+\-]+\s?[@＠]\s?[A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-]+(?:[.．。][A-Za-z0-9Ａ-Ｚａ-ｚ０-９\-]+)+")]
    private static partial Regex Email();

    // A letter, then 1 or 2 (citizens) or 8 or 9 (residents since 2021), or A–D (older resident certificates), then eight digits.
    [GeneratedRegex(@"(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９])[A-Za-zＡ-Ｚａ-ｚ][12891２８９ABCDａ-ｄＡ-Ｄa-d１](?:[0-9０-９]){8}(?![0-9０-９])")]
    private static partial Regex NationalId();

    // +886 or 00886, an optional (0), then eight or nine digits in any grouping.
    [GeneratedRegex(@"(?:[+＋]|00|００)\s?[(（]?\s?[8８][8８][6６]\s?[)）]?[\s\-－‐–.]{0,2}[(（]?[0０]?[)）]?[\s\-－‐–.]{0,2}[0-9０-９](?:[\s\-－‐–.]{0,2}[0-9０-９]){7,8}(?![0-9０-９])")]
    private static partial Regex InternationalPhone();

    // 09 and eight more digits, grouped as 0912-345-678, 0912 345 678 or not at all.
    [GeneratedRegex(@"(?<![0-9０-９])[0０][\s\-－‐–.]?[9９](?:[\s\-－‐–.]?[0-9０-９]){8}(?![0-9０-９])")]
    private static partial Regex MobilePhone();

    // An area code of 0 and one to three digits, in brackets or not, then six to eight digits: (02) 2345-6789, 04-2345678, 037-123456.
    [GeneratedRegex(@"(?<![0-9０-９])[(（]?[0０][1-8１-８][0-9０-９]{0,2}[)）]?[\s\-－‐–.]{0,2}[0-9０-９](?:[\s\-－‐–.]?[0-9０-９]){5,7}(?![0-9０-９])")]
    private static partial Regex LandlinePhone();
}
