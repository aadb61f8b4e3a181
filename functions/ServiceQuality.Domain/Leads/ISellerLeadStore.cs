namespace ServiceQuality.Domain.Leads;

public interface ISellerLeadStore
{
    Task<(SellerLead Lead, string Version)?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Saves a new lead (no version) or replaces one still at <paramref name="version"/>; false when it changed meanwhile.</summary>
    Task<bool> TrySaveAsync(SellerLead lead, string? version, CancellationToken cancellationToken);

    /// <summary>The lead a seller key belongs to.</summary>
    Task<string?> FindByKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>Points a key at a lead, replacing where it pointed before.</summary>
    Task SetKeyAsync(string key, string leadId, CancellationToken cancellationToken);

    IAsyncEnumerable<SellerLead> ListAsync(CancellationToken cancellationToken);
}
