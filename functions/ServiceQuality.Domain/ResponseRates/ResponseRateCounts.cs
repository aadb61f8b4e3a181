namespace ServiceQuality.Domain.ResponseRates;

/// <summary>
/// The counts behind one survey, unit and channel's response rates ("" when the unit or channel is not known): counts
/// only, so that the months of a year add up to the year without reading its responses again.
/// </summary>
/// <param name="TokenResponses">Responses given with a transaction's token, set against <paramref name="TokensMinted"/>.</param>
/// <param name="FormResponses">The other responses sent through the form, set against <paramref name="FormViews"/> (forms opened without a token).</param>
/// <param name="ApiResponses">Responses without a token sent to the API, which opened no form: reported on their own, against nothing.</param>
public sealed record ResponseRateCounts(
    string Survey,
    string Unit,
    string Channel,
    long TokensMinted,
    long TokenResponses,
    long FormViews,
    long FormResponses,
    long ApiResponses = 0)
{
    public ResponseRateCounts Plus(ResponseRateCounts other) => this with
    {
        TokensMinted = TokensMinted + other.TokensMinted,
        TokenResponses = TokenResponses + other.TokenResponses,
        FormViews = FormViews + other.FormViews,
        FormResponses = FormResponses + other.FormResponses,
        ApiResponses = ApiResponses + other.ApiResponses,
    };
}
