namespace ServiceQuality.Domain.Cases;

/// <summary>What the citizen is sent after a staff action on the case has been stored: the reply, and on closing the survey invitation.</summary>
public interface ICaseCorrespondence
{
    /// <summary>The reply as the case stores it: what staff see on the case is what the citizen is sent.</summary>
    Task RepliedAsync(Case c, string reply, CancellationToken cancellationToken);

    Task ClosedAsync(Case closed, CancellationToken cancellationToken);
}
