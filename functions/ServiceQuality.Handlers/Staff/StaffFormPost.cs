using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace ServiceQuality.Handlers.Staff;

/// <summary>A staff form post that passed the gate (person, role, anti-forgery token), or the refusal to answer with.</summary>
public sealed record StaffFormPost(StaffMember? Staff, IReadOnlyDictionary<string, string?>? Fields, IResult? Refusal)
{
    [MemberNotNullWhen(false, nameof(Staff), nameof(Fields))]
    [MemberNotNullWhen(true, nameof(Refusal))]
    public bool Refused => Refusal is not null;
}
