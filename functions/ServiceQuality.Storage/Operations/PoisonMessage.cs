namespace ServiceQuality.Storage.Operations;

/// <summary>A message the host gave up on after maxDequeueCount failures.</summary>
public sealed record PoisonMessage(string Queue, string MessageId, DateTimeOffset? InsertedOn, string Text);
