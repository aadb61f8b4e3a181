using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Complaints;

public abstract record ComplaintOutcome
{
    private ComplaintOutcome()
    {
    }

    public sealed record Invalid(ValidationErrors Errors) : ComplaintOutcome;

    public sealed record KeyReused(string Key) : ComplaintOutcome;

    public sealed record Accepted(Case Case, bool Replayed) : ComplaintOutcome;
}
