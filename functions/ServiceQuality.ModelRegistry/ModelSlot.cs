namespace ServiceQuality.ModelRegistry;

/// <summary>
/// The registry's state for one model name: the version being served, when current.json is next due to be
/// read, and the gate that lets a single caller load or refresh at a time.
/// </summary>
internal sealed class ModelSlot
{
    private ServedModel? _served;
    private long _nextCheckTicks;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public ServedModel? Served => Volatile.Read(ref _served);

    public DateTimeOffset NextCheck => new(Volatile.Read(ref _nextCheckTicks), TimeSpan.Zero);

    /// <summary>Swaps in a version; the one it replaces is disposed after its last prediction.</summary>
    public void Publish(ServedModel model, DateTimeOffset nextCheck)
    {
        Postpone(nextCheck);
        Interlocked.Exchange(ref _served, model)?.Retire();
    }

    public void Postpone(DateTimeOffset nextCheck) => Volatile.Write(ref _nextCheckTicks, nextCheck.UtcTicks);

    public void Clear() => Interlocked.Exchange(ref _served, null)?.Retire();
}
