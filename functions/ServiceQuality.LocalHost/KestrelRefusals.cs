using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;
using ServiceQuality.Handlers.Security;

namespace ServiceQuality.LocalHost;

/// <summary>
/// Kestrel refuses some requests while parsing them, before any middleware runs: a path that decodes to a NUL
/// (/api/cases/%00), a malformed request line or header. It answers those itself with a bare status line,
/// "Content-Length: 0" and "Connection: close", so they lacked the problem details and security headers
/// every other answer has. This connection middleware sees each response as it leaves: a response head with
/// no Content-Security-Policy was not written through the request guard, so it is Kestrel's own refusal, and
/// it is sent as problem details with the security headers instead, keeping its status and closing the
/// connection as Kestrel does. Everything else passes through unchanged.
/// </summary>
public static class KestrelRefusals
{
    private static readonly byte[] StatusLinePrefix = "HTTP/1.1 "u8.ToArray();
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    public static ConnectionDelegate Middleware(ConnectionDelegate next) => async connection =>
    {
        var transport = connection.Transport;
        var responses = new Pipe();
        connection.Transport = new Duplex(transport.Input, responses.Writer);
        var forwarding = ForwardAsync(responses.Reader, transport.Output);
        try
        {
            await next(connection);
        }
        finally
        {
            await responses.Writer.CompleteAsync();
            await forwarding;
            connection.Transport = transport;
        }
    };

    private static async Task ForwardAsync(PipeReader responses, PipeWriter output)
    {
        try
        {
            while (true)
            {
                var read = await responses.ReadAsync();
                var buffer = read.Buffer;
                if (Refusal(buffer) is { } replacement)
                {
                    await output.WriteAsync(replacement);
                }
                else
                {
                    foreach (var segment in buffer)
                    {
                        output.Write(segment.Span);
                    }
                    await output.FlushAsync();
                }
                responses.AdvanceTo(buffer.End);
                if (read.IsCompleted || read.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away; Kestrel sees the same and ends the connection.
        }
        finally
        {
            await responses.CompleteAsync();
            await output.CompleteAsync();
        }
    }

    /// <summary>The problem-details answer in place of a bare refusal, or null when <paramref name="buffer"/> is not one.</summary>
    public static byte[]? Refusal(ReadOnlySequence<byte> buffer)
    {
        if (buffer.Length < StatusLinePrefix.Length + 3 || buffer.Length > 4096)
        {
            return null;
        }
        var bytes = buffer.ToArray();
        if (!bytes.AsSpan().StartsWith(StatusLinePrefix) || !bytes.AsSpan().EndsWith(HeadEnd))
        {
            return null;
        }
        var head = Encoding.ASCII.GetString(bytes);
        var status = head.Substring(StatusLinePrefix.Length, 3);
        var refused = status[0] is '4' or '5'
            && head.Contains("\r\nContent-Length: 0\r\n", StringComparison.OrdinalIgnoreCase)
            && head.Contains("\r\nConnection: close\r\n", StringComparison.OrdinalIgnoreCase)
            && !head.Contains("\r\nContent-Security-Policy:", StringComparison.OrdinalIgnoreCase);
        if (!refused)
        {
            return null;
        }
        var statusLine = head[..head.IndexOf("\r\n", StringComparison.Ordinal)];
        var body = System.Text.Json.JsonSerializer.Serialize(new
        {
            type = "https://tools.ietf.org/html/rfc9110#section-15." + (status[0] == '4' ? "5" : "6"),
            title = "The request is malformed.",
            status = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture),
            detail = "The server refused the request line or headers before reading it; a path must not contain control characters such as %00.",
        });
        var answer = new StringBuilder(statusLine).Append("\r\n");
        answer.Append("Content-Type: application/problem+json\r\n");
        answer.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(body)).Append("\r\n");
        answer.Append("Connection: close\r\n");
        foreach (var (name, value) in SecurityHeaders.All)
        {
            answer.Append(name).Append(": ").Append(value).Append("\r\n");
        }
        answer.Append("\r\n").Append(body);
        return Encoding.UTF8.GetBytes(answer.ToString());
    }

    private sealed class Duplex(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
