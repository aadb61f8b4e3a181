using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceQuality.Domain.Audit;
using ServiceQuality.Domain.Leads;
using ServiceQuality.Domain.Validation;
using ServiceQuality.Handlers.Http.Requests;
using ServiceQuality.Handlers.Staff;

namespace ServiceQuality.Handlers.Http.Leads;

/// <summary>Staff list of repeat-seller leads for market surveillance, with merge and split (triage and admin).</summary>
public sealed class LeadEndpoints(SellerLeadService leads, StaffGate gate, IAuditTrail audit, TimeProvider time)
{
    /// <summary>The roles that open the leads API.</summary>
    public static readonly string[] Roles = [StaffRoles.Triage, StaffRoles.Admin];

    public async Task<IResult> ListAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, Roles))
        {
            return refusal;
        }
        var list = new List<SellerLeadDto>();
        await foreach (var lead in leads.ListAsync(cancellationToken))
        {
            list.Add(SellerLeadDto.From(lead));
        }
        return TypedResults.Ok<IReadOnlyList<SellerLeadDto>>(list);
    }

    public async Task<IResult> GetAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out _, out var refusal, Roles))
        {
            return refusal;
        }
        return await leads.GetAsync(id, cancellationToken) is { } lead ? TypedResults.Ok(SellerLeadDto.From(lead)) : NotFound(id);
    }

    /// <summary>POST {"into": "&lt;lead id&gt;"}: this lead is the same seller as that one.</summary>
    public async Task<IResult> MergeAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (JsonBody.String(body!.Value, "into") is not { Length: > 0 } into)
        {
            return Problems.Invalid(new ValidationErrors().Add("into", "請指定要合併到的線索。", "Name the lead to merge into."), ApiLanguage.Of(request));
        }
        if (await leads.MergeAsync(id, into, cancellationToken) is not { } merged)
        {
            return Problems.Conflict("The leads cannot be merged.", "Both leads must exist, differ, and not already be merged.");
        }
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, AuditActions.LeadMerged, $"leads/{id}", $"into {merged.Id}"), cancellationToken);
        return TypedResults.Ok(SellerLeadDto.From(merged));
    }

    /// <summary>POST {"caseNumbers": ["2026-000123", …]}: those reports are about another seller.</summary>
    public async Task<IResult> SplitAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        if (!gate.TryApi(request, out var staff, out var refusal, Roles))
        {
            return refusal;
        }
        var (body, problem) = await JsonBody.ReadObjectAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        if (!body!.Value.TryGetProperty("caseNumbers", out var numbers) || numbers.ValueKind != JsonValueKind.Array
            || numbers.EnumerateArray().Any(n => n.ValueKind != JsonValueKind.String))
        {
            return Problems.Invalid(new ValidationErrors().Add("caseNumbers", "請列出要分出的案件編號。", "List the case numbers to split off."), ApiLanguage.Of(request));
        }
        var cases = numbers.EnumerateArray().Select(n => n.GetString()!).ToHashSet();
        if (await leads.SplitAsync(id, cases, cancellationToken) is not var (remaining, split))
        {
            return Problems.Conflict("The lead cannot be split that way.", "Name some, but not all, of the lead's case numbers.");
        }
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), staff.AuditName, AuditActions.LeadSplit, $"leads/{id}",
            $"{string.Join(",", split.CaseNumbers)} into {split.Id}"), cancellationToken);
        return TypedResults.Ok(new SplitDto(SellerLeadDto.From(remaining), SellerLeadDto.From(split)));
    }

    private static ProblemHttpResult NotFound(string id) => Problems.NotFound("Unknown lead.", $"There is no lead '{id}'.");
}

public sealed record SellerLeadDto(
    string Id, string? Platform, string? ShopName, string? ShopId, string? Url, IReadOnlyList<string> ProductTypes,
    int Count, DateTimeOffset FirstReportedAt, DateTimeOffset LastReportedAt, IReadOnlyList<string> CaseNumbers)
{
    public static SellerLeadDto From(SellerLead l) =>
        new(l.Id, l.Platform, l.ShopName, l.ShopId, l.Url, l.ProductTypes, l.Count, l.FirstReportedAt, l.LastReportedAt, l.CaseNumbers);
}

public sealed record SplitDto(SellerLeadDto Remaining, SellerLeadDto Split);
