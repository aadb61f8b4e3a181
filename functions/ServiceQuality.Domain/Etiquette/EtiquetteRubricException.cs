namespace ServiceQuality.Domain.Etiquette;

/// <summary>A rubric file that cannot be used; raised at start-up so no test is ever scored against a broken rubric.</summary>
public sealed class EtiquetteRubricException(string message) : Exception(message);
