using Azure;
using Azure.Data.Tables;
using ServiceQuality.Domain.Invitations;

namespace ServiceQuality.Storage.Tables;

/// <summary>Used invitations in table SurveyInvitations, partitioned by survey, one row per token id.</summary>
public sealed class TableInvitationClaimStore(TableServiceClient service) : IInvitationClaimStore
{
    private readonly TableClient _table = service.GetTableClient(TableNames.SurveyInvitations);

    public async Task<InvitationClaim?> FindAsync(string surveyId, string tokenId, CancellationToken cancellationToken)
    {
        var found = await _table.GetEntityIfExistsAsync<TableEntity>(surveyId, tokenId, cancellationToken: cancellationToken);
        return found.HasValue
            ? new InvitationClaim(tokenId, surveyId, found.Value!.GetString("ResponseId"), found.Value.GetDateTimeOffset("ClaimedAt") ?? DateTimeOffset.MinValue)
            : null;
    }

    public async Task<bool> TryClaimAsync(InvitationClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            // An insert fails with 409 when the row exists: the table decides which submission used the token.
            await _table.AddEntityAsync(
                new TableEntity(claim.SurveyId, claim.TokenId) { ["ResponseId"] = claim.ResponseId, ["ClaimedAt"] = claim.ClaimedAt },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }
}
