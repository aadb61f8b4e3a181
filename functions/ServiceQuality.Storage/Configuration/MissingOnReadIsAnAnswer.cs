using Azure.Core;
using Azure.Core.Pipeline;

namespace ServiceQuality.Storage.Configuration;

/// <summary>
/// A 404 on a blob read (GET or HEAD) is an answer the code expects and handles: a model with no current
/// version yet, a container not created yet on a fresh account. The Azure SDK logs every
/// error response as a warning with its headers, so a first start printed walls of "The specified blob does
/// not exist". Reads that miss are classified as non-errors, which the SDK logs at Information (filtered out);
/// the blob client still throws RequestFailedException 404 (its generated code decides by status, not by
/// this classification), and every other status is classified as the client's own classifier does.
/// </summary>
public sealed class MissingOnReadIsAnAnswer : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Classify(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Classify(message);
        return ProcessNextAsync(message, pipeline);
    }

    private static void Classify(HttpMessage message)
    {
        if ((message.Request.Method == RequestMethod.Get || message.Request.Method == RequestMethod.Head)
            && message.ResponseClassifier is not ReadClassifier)
        {
            message.ResponseClassifier = new ReadClassifier(message.ResponseClassifier);
        }
    }

    private sealed class ReadClassifier(ResponseClassifier inner) : ResponseClassifier
    {
        public override bool IsErrorResponse(HttpMessage message) =>
            message.Response.Status != 404 && inner.IsErrorResponse(message);

        public override bool IsRetriableResponse(HttpMessage message) => inner.IsRetriableResponse(message);

        public override bool IsRetriableException(Exception exception) => inner.IsRetriableException(exception);

        public override bool IsRetriable(HttpMessage message, Exception exception) => inner.IsRetriable(message, exception);
    }
}
