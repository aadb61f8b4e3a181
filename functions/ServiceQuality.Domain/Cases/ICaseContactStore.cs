namespace ServiceQuality.Domain.Cases;

public interface ICaseContactStore
{
    Task SaveAsync(CaseContact contact, CancellationToken cancellationToken);

    Task<CaseContact?> FindAsync(CaseNumber number, CancellationToken cancellationToken);

    Task DeleteAsync(CaseNumber number, CancellationToken cancellationToken);
}
