using System.Net;
using System.Text;
using ServiceQuality.DevHosting;

namespace ServiceQuality.Integration.Tests.Email;

/// <summary>A stand-in for the SendGrid API on 127.0.0.1: answers each request with the next scripted status and records what it received.</summary>
public sealed class FakeSendGrid : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Queue<(int Status, string? RetryAfter)> _answers = new();
    private readonly List<(string Path, string? Authorization, string Body)> _requests = [];
    private readonly Task _loop;

    public FakeSendGrid(params (int Status, string? RetryAfter)[] answers)
    {
        foreach (var answer in answers)
        {
            _answers.Enqueue(answer);
        }
        Port = FreePorts.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Host => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<(string Path, string? Authorization, string Body)> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            lock (_requests)
            {
                _requests.Add((context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body));
            }
            var (status, retryAfter) = _answers.Count > 0 ? _answers.Dequeue() : (202, null);
            context.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                context.Response.AddHeader("Retry-After", retryAfter);
            }
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }
}
