namespace ServiceQuality.Domain.Cases;

/// <summary>A reply template file breaks a rule; the host refuses to start with the reason.</summary>
public sealed class ReplyTemplateException(string message) : Exception(message);
