using System.Globalization;
using System.Net.Mail;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Localization;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Complaints;

/// <summary>The rules for a complaint: text required and at most 4,000 characters, contact details well formed.</summary>
public static class ComplaintValidator
{
    public const int MaxTextLength = 4000;
    public const int MaxSubjectLength = 200;
    public const int MaxNameLength = 100;

    public sealed record Valid(string? Subject, string Text, string? Name, string? Email, string? Phone, string Language, string Channel);

    public static (Valid? Complaint, ValidationErrors Errors) Validate(ComplaintSubmission submission)
    {
        var errors = new ValidationErrors();
        var text = FreeText.Clean(submission.Text);
        if (text is null)
        {
            errors.Add("text", "請填寫陳情內容。", "The text of the complaint is required.");
        }
        else if (Length(text) > MaxTextLength)
        {
            errors.Add("text", $"內容不可超過 {MaxTextLength} 字。", $"The text must be at most {MaxTextLength} characters.");
        }
        var subject = FreeText.Clean(submission.Subject)?.Replace('\n', ' ');
        if (subject is not null && Length(subject) > MaxSubjectLength)
        {
            errors.Add("subject", $"主旨不可超過 {MaxSubjectLength} 字。", $"The subject must be at most {MaxSubjectLength} characters.");
        }
        var name = FreeText.Clean(submission.Name)?.Replace('\n', ' ');
        if (name is not null && Length(name) > MaxNameLength)
        {
            errors.Add("name", $"姓名不可超過 {MaxNameLength} 字。", $"The name must be at most {MaxNameLength} characters.");
        }
        var email = FreeText.Clean(submission.Email);
        if (email is not null && !IsEmail(email))
        {
            errors.Add("email", "電子郵件格式不正確。", "The e-mail address is not valid.");
        }
        var phone = FreeText.Clean(submission.Phone);
        if (phone is not null && !IsPhone(phone))
        {
            errors.Add("phone", "電話號碼格式不正確。", "The phone number is not valid.");
        }
        var channel = FreeText.Clean(submission.Channel) ?? CaseChannels.Web;
        if (!CaseChannels.All.Contains(channel))
        {
            errors.Add("channel", $"管道須為 {string.Join("、", CaseChannels.All)} 之一。", $"The channel must be one of: {string.Join(", ", CaseChannels.All)}.");
        }
        var language = FreeText.Clean(submission.Language);
        if (language is not null && !Language.IsSupported(language))
        {
            errors.Add("language", "語言須為 zh-TW 或 en。", "The language must be zh-TW or en.");
        }
        return errors.IsEmpty
            ? (new Valid(subject, text!, name, email, phone, Language.Normalise(language), channel), errors)
            : (null, errors);
    }

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    private static bool IsEmail(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('.', StringComparison.Ordinal);

    private static bool IsPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 20 && phone.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')' or '#');
    }
}
