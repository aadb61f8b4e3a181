using ServiceQuality.Domain.Cases;
using Xunit;

namespace ServiceQuality.Domain.Tests.Complaints;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData("2026-000001")]
    [InlineData("２０２６－０００００１")]
    [InlineData("２０２６-０００００１")]
    [InlineData(" 2026－000001 ")]
    [InlineData("2026‐000001")]
    [InlineData("2026—000001")]
    [InlineData("2026−000001")]
    public void A_case_number_typed_with_full_width_digits_or_another_dash_is_read(string typed)
    {
        Assert.True(CaseNumber.TryParse(typed, out var number));
        Assert.Equal(new CaseNumber(2026, 1), number);
    }

    [Theory]
    [InlineData("2026_000001")]
    [InlineData("２０２６０００００１")]
    [InlineData("2026-00000a")]
    [InlineData("a\ud800b")]
    [InlineData(null)]
    public void Text_that_is_no_case_number_is_refused(string? typed) => Assert.False(CaseNumber.TryParse(typed, out _));
}
