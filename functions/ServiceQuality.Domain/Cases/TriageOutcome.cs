using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Cases;

public abstract record TriageOutcome
{
    private TriageOutcome()
    {
    }

    public sealed record NotFound(CaseNumber Number) : TriageOutcome;

    public sealed record Invalid(ValidationErrors Errors) : TriageOutcome;

    /// <summary>The action does not fit the case's state, e.g. replying to a closed case.</summary>
    public sealed record Conflict(string Reason) : TriageOutcome;

    public sealed record Done(Case Case) : TriageOutcome;
}
