using Microsoft.AspNetCore.Http;
using ServiceQuality.Domain.Organisation;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Security;

using ServiceQuality.Handlers.Http.Requests;

namespace ServiceQuality.Handlers.Http.Integrity;

/// <summary>
/// The counter system (function key): POST api/kiosks provisions a kiosk and returns its credential, which retires any
/// earlier one of the device; POST api/kiosks/{deviceId}/revoke revokes it.
/// </summary>
public sealed class KioskEndpoints(KioskTokens kiosks, AgencyOrganisation organisation)
{
    public async Task<IResult> MintAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (body is not { } json)
        {
            return problem!;
        }
        var deviceId = JsonBody.String(json, "deviceId");
        var unit = JsonBody.String(json, "unit");
        var errors = new ValidationErrors();
        if (!KioskTokens.IsValidDeviceId(deviceId))
        {
            errors.Add("deviceId", $"裝置代碼須為 1 至 {KioskTokens.MaxDeviceIdLength} 個英數字、「-」或「_」。",
                $"The device id must be 1 to {KioskTokens.MaxDeviceIdLength} letters, digits, '-' or '_'.");
        }
        if (string.IsNullOrEmpty(unit) || organisation.Find(unit) is null)
        {
            errors.Add("unit", "請填寫正確的單位代碼。", $"The unit must be one of: {string.Join(", ", organisation.Units.Select(u => u.Id))}.");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Invalid(errors, ApiLanguage.Of(request));
        }
        var token = await kiosks.MintAsync(deviceId!, unit!, cancellationToken);
        return TypedResults.Created((string?)null, new KioskCredentialDto(deviceId!, unit!, token, KioskTokens.HeaderName));
    }

    public async Task<IResult> RevokeAsync(string deviceId, CancellationToken cancellationToken) =>
        KioskTokens.IsValidDeviceId(deviceId) && await kiosks.RevokeAsync(deviceId, cancellationToken)
            ? TypedResults.NoContent()
            : Problems.NotFound("Unknown kiosk.", $"No kiosk '{deviceId}' was provisioned.");
}

/// <summary>A kiosk's credential, to be sent in <paramref name="Header"/> with each response (or as form field kioskToken).</summary>
public sealed record KioskCredentialDto(string DeviceId, string Unit, string Token, string Header);
