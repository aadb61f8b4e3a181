namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>Waits for work done by queue handlers, which finishes after the HTTP response.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan? timeout = null) where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The expected result did not appear in time.");
            }
            await Task.Delay(200);
        }
    }
}
