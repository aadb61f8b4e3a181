using Azure;

namespace ServiceQuality.ModelRegistry;

/// <summary>current.json as read, with the ETag a promotion must match so it cannot overwrite a promotion it has not seen.</summary>
public sealed record CurrentModelState(CurrentModel Current, ETag ETag);
