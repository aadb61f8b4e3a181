using System.Text.RegularExpressions;

namespace ServiceQuality.Domain.Privacy;

/// <summary>One kind of personal data and the mark that replaces it; <paramref name="Except"/> spares look-alikes such as standard numbers.</summary>
public sealed record PersonalDataPattern(string Kind, string Mark, Regex Pattern, Regex? Except);
