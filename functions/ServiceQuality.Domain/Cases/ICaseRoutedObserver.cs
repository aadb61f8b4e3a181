namespace ServiceQuality.Domain.Cases;

/// <summary>
/// Told of a case routed to a category, by the classifier or by a staff correction, so that features built on
/// routed cases (seller leads) react to routing without Cases knowing them. Observers must be idempotent: the
/// classifier tells them before it saves the case, so a retried message tells them again.
/// </summary>
public interface ICaseRoutedObserver
{
    Task RoutedAsync(Case routed, CancellationToken cancellationToken);
}
