using System.Globalization;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Domain.Surveys;

namespace ServiceQuality.Domain.Tests.Builders;

/// <summary>Builds a phone-etiquette test submission: valid and full marks by default, changed one field at a time.</summary>
public sealed class EtiquetteSubmissionBuilder
{
    private readonly Dictionary<string, AnswerInput> _scores =
        EtiquetteDefinitions.Rubric.Items.ToDictionary(i => i.Id, i => SubmissionBuilder.Number(i.MaxPoints));
    private string? _tester = "張測試";
    private string? _testedAt = "2026-03-05T10:00";
    private string? _unit = "metrology";
    private string? _staff = "王小明";
    private string? _extension = "301";
    private string? _notes;

    public static EtiquetteSubmissionBuilder Valid() => new();

    public EtiquetteSubmissionBuilder At(string testedAt)
    {
        _testedAt = testedAt;
        return this;
    }

    public EtiquetteSubmissionBuilder In(string? unit)
    {
        _unit = unit;
        return this;
    }

    public EtiquetteSubmissionBuilder Of(string? staff, string? extension)
    {
        _staff = staff;
        _extension = extension;
        return this;
    }

    public EtiquetteSubmissionBuilder WithNotes(string? notes)
    {
        _notes = notes;
        return this;
    }

    public EtiquetteSubmissionBuilder WithTester(string? tester)
    {
        _tester = tester;
        return this;
    }

    public EtiquetteSubmissionBuilder Score(string itemId, int score) => Score(itemId, SubmissionBuilder.Number(score));

    public EtiquetteSubmissionBuilder Score(string itemId, AnswerInput score)
    {
        _scores[itemId] = score;
        return this;
    }

    public EtiquetteSubmissionBuilder Without(string itemId)
    {
        _scores.Remove(itemId);
        return this;
    }

    /// <summary>Scores that add up to <paramref name="total"/>: points are taken off the items in rubric order.</summary>
    public EtiquetteSubmissionBuilder Totalling(int total)
    {
        var deficit = EtiquetteRubric.TotalPoints - total;
        foreach (var item in EtiquetteDefinitions.Rubric.Items)
        {
            var taken = Math.Min(deficit, item.MaxPoints);
            _scores[item.Id] = new AnswerInput(AnswerInputKind.Number, (item.MaxPoints - taken).ToString(CultureInfo.InvariantCulture));
            deficit -= taken;
        }
        return this;
    }

    public EtiquetteTestSubmission Build() => new(_tester, _testedAt, _unit, _staff, _extension, new Dictionary<string, AnswerInput>(_scores), _notes);
}
