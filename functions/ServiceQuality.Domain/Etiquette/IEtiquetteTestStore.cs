using ServiceQuality.Domain.Time;

namespace ServiceQuality.Domain.Etiquette;

/// <summary>Where phone-etiquette tests are kept, partitioned by the Taipei month of the test.</summary>
public interface IEtiquetteTestStore
{
    /// <summary>Stores the test; storing the same test again leaves one record.</summary>
    Task SaveAsync(EtiquetteTest test, CancellationToken cancellationToken);

    Task<EtiquetteTest?> FindAsync(MonthKey month, string id, CancellationToken cancellationToken);

    /// <summary>Every test of one month; reads that month's partition only.</summary>
    IAsyncEnumerable<EtiquetteTest> ListMonthAsync(MonthKey month, CancellationToken cancellationToken);
}
