using System.Globalization;
using System.Text.RegularExpressions;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.Domain.Time;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>Checks a test against the rubric and the organisation's units, naming every failing field.</summary>
public sealed partial class EtiquetteTestValidator(EtiquetteRubric rubric, AgencyOrganisation organisation)
{
    public const int MaxNameLength = 100;
    public const int MaxExtensionLength = 20;
    public const int MaxNotesLength = 1000;

    // A tester's device clock may run a little ahead of the server's; a test logged "now" must not be refused for it.
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public sealed record Valid(
        string Tester, DateTimeOffset TestedAt, string UnitId, string? Staff, string? Extension, IReadOnlyDictionary<string, int> Scores, string? Notes);

    public (Valid? Test, ValidationErrors Errors) Validate(EtiquetteTestSubmission submission, DateTimeOffset now)
    {
        var errors = new ValidationErrors();

        var tester = SingleLine(submission.Tester);
        if (tester is null)
        {
            errors.Add("tester", "請填寫測試人員。", "The tester is required.");
        }
        else if (Length(tester) > MaxNameLength)
        {
            errors.Add("tester", $"測試人員不可超過 {MaxNameLength} 字。", $"The tester must be at most {MaxNameLength} characters.");
        }

        var testedAt = CheckTestedAt(submission.TestedAt, now, errors);

        var unitId = SingleLine(submission.UnitId);
        if (unitId is null)
        {
            errors.Add("unit", "請選擇受測單位。", "The unit is required.");
        }
        else if (organisation.Find(unitId) is null)
        {
            errors.Add("unit", "查無此單位。", "There is no unit with this id.");
        }

        var staff = SingleLine(submission.Staff);
        var extension = SingleLine(submission.Extension);
        if (staff is null && extension is null)
        {
            errors.Add("staff", "請填寫受測人員姓名或分機。", "Name the staff member tested, or the extension called.");
        }
        if (staff is not null && Length(staff) > MaxNameLength)
        {
            errors.Add("staff", $"受測人員不可超過 {MaxNameLength} 字。", $"The staff member must be at most {MaxNameLength} characters.");
        }
        if (extension is not null && (extension.Length > MaxExtensionLength || !ExtensionPattern().IsMatch(extension)))
        {
            errors.Add("extension", $"分機須為數字（最多 {MaxExtensionLength} 字元）。", $"The extension must be digits (with '-', '#' or '*'), at most {MaxExtensionLength} characters.");
        }

        var scores = CheckScores(submission.Scores, errors);

        var notes = FreeText.Clean(submission.Notes);
        if (notes is not null && Length(notes) > MaxNotesLength)
        {
            errors.Add("notes", $"備註不可超過 {MaxNotesLength} 字。", $"The notes must be at most {MaxNotesLength} characters.");
        }

        return errors.IsEmpty
            ? (new Valid(tester!, testedAt!.Value, unitId!, staff, extension, scores, notes), errors)
            : (null, errors);
    }

    /// <summary>
    /// Reads an ISO 8601 date-time. Without an offset it is a Taipei wall-clock time, which is what the form's
    /// datetime-local field sends and what a tester means.
    /// </summary>
    public static bool TryParseTestedAt(string? text, out DateTimeOffset testedAt)
    {
        testedAt = default;
        var match = text is null ? null : IsoDateTime().Match(text.Trim());
        if (match is null || !match.Success)
        {
            return false;
        }
        var value = match.Value;
        if (match.Groups["offset"].Success)
        {
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out testedAt);
        }
        if (!DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return false;
        }
        testedAt = new DateTimeOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), TaipeiTime.Offset);
        return true;
    }

    /// <summary>
    /// The start of the previous Taipei year: tests are logged within days, and last year's stay open for the yearly
    /// report; anything older (1900-01-01, a mistyped year) would land in a closed report.
    /// </summary>
    public static DateTimeOffset EarliestTestedAt(DateTimeOffset now) =>
        new(TaipeiTime.DateOf(now).Year - 1, 1, 1, 0, 0, 0, TaipeiTime.Offset);

    private static DateTimeOffset? CheckTestedAt(string? text, DateTimeOffset now, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("testedAt", "請填寫測試時間。", "The date and time of the test is required.");
            return null;
        }
        if (!TryParseTestedAt(text, out var testedAt))
        {
            errors.Add("testedAt", "測試時間格式不正確，請用 2026-03-05T14:30 的格式。", "The date and time must be ISO 8601, e.g. 2026-03-05T14:30 (Taipei time) or 2026-03-05T06:30:00Z.");
            return null;
        }
        if (testedAt > now + AllowedClockSkew)
        {
            errors.Add("testedAt", "測試時間不可晚於現在。", "The test cannot be in the future.");
            return null;
        }
        var earliest = EarliestTestedAt(now);
        if (testedAt < earliest)
        {
            var year = TaipeiTime.DateOf(earliest).Year;
            errors.Add("testedAt",
                $"測試時間不可早於去年初（{year} 年 1 月 1 日，民國 {year - 1911} 年）。",
                $"The test cannot be dated before the start of last year ({year}-01-01).");
            return null;
        }
        return testedAt;
    }

    private Dictionary<string, int> CheckScores(IReadOnlyDictionary<string, AnswerInput> inputs, ValidationErrors errors)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in inputs.Keys.Where(k => rubric.Find(k) is null).Order(StringComparer.Ordinal))
        {
            errors.Add($"scores.{(id.Length <= 64 ? id : id[..64])}", "評分表沒有此項目。", "There is no rubric item with this id.");
        }
        foreach (var item in rubric.Items)
        {
            var field = $"scores.{item.Id}";
            inputs.TryGetValue(item.Id, out var input);
            var raw = input?.Raw?.Trim();
            if (input is null || input.Kind == AnswerInputKind.Null || string.IsNullOrEmpty(raw))
            {
                errors.Add(field, $"請為「{item.Name["zh-TW"]}」評分（0 到 {item.MaxPoints} 分）。", $"Score \"{item.Name["en"]}\" from 0 to {item.MaxPoints}.");
                continue;
            }
            if (input.Kind is not (AnswerInputKind.Number or AnswerInputKind.String)
                || !int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score))
            {
                errors.Add(field, $"分數須為 0 到 {item.MaxPoints} 的整數。", $"The score must be a whole number from 0 to {item.MaxPoints}.");
                continue;
            }
            if (score < 0 || score > item.MaxPoints)
            {
                errors.Add(field, $"分數須介於 0 到 {item.MaxPoints} 之間。", $"The score must be from 0 to {item.MaxPoints}.");
                continue;
            }
            scores[item.Id] = score;
        }
        return scores;
    }

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    private static string? SingleLine(string? value) => FreeText.Clean(value)?.Replace('\n', ' ');


    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(?<offset>Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^[0-9][0-9 \-#*]*$")]
    private static partial Regex ExtensionPattern();
}
