using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// A loaded version with a count of its users: the registry holds one reference and each prediction in
/// flight holds another. A replaced version is disposed by whoever lets go last, so a prediction that
/// picked it up just before the swap still finishes on a live classifier.
/// </summary>
internal sealed class ServedModel(string version, PooledTextClassifier classifier)
{
    private int _users = 1;
    private int _retired;

    public string Version { get; } = version;

    public PooledTextClassifier Classifier { get; } = classifier;

    /// <summary>False once the version has been retired and every user has left; read the current one again.</summary>
    public bool TryEnter()
    {
        while (true)
        {
            var users = Volatile.Read(ref _users);
            if (users == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _users, users + 1, users) == users)
            {
                return true;
            }
        }
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _users) == 0)
        {
            Classifier.Dispose();
        }
    }

    /// <summary>Drops the registry's own reference, once.</summary>
    public void Retire()
    {
        if (Interlocked.Exchange(ref _retired, 1) == 0)
        {
            Exit();
        }
    }
}
