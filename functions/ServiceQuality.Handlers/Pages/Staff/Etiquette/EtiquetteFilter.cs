namespace ServiceQuality.Handlers.Pages.Staff.Etiquette;

/// <summary>The etiquette page's filter: the fields as typed (to show them again) and as understood.</summary>
public sealed record EtiquetteFilter(string YearText, string MonthText, string UnitText, int Year, int? Month, string? UnitId);
