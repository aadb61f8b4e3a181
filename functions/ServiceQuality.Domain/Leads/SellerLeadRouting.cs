using ServiceQuality.Domain.Cases;

namespace ServiceQuality.Domain.Leads;

/// <summary>A case routed as a report of an uncertified seller joins that seller's lead; recording is idempotent.</summary>
public sealed class SellerLeadRouting(SellerLeadService leads) : ICaseRoutedObserver
{
    public async Task RoutedAsync(Case routed, CancellationToken cancellationToken)
    {
        if (routed.Category == SellerLeadService.Category)
        {
            await leads.RecordAsync(routed, cancellationToken);
        }
    }
}
