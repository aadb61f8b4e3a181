using ServiceQuality.Domain.Validation;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>What became of a submitted phone-etiquette test.</summary>
public abstract record EtiquetteOutcome
{
    private EtiquetteOutcome()
    {
    }

    public sealed record Invalid(ValidationErrors Errors) : EtiquetteOutcome;

    /// <summary>The idempotency key was already used for a different test.</summary>
    public sealed record KeyReused(string Key) : EtiquetteOutcome;

    /// <summary>Stored durably; <paramref name="Replayed"/> when a retry was answered with the first result.</summary>
    public sealed record Recorded(EtiquetteTest Test, bool Replayed) : EtiquetteOutcome;
}
