using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Reports;
using Xunit;

namespace ServiceQuality.Integration.Tests.Reports;

/// <summary>The Rollups table adapter against Azurite: figures too large for a table property go to a blob.</summary>
[Collection(ReportHostCollection.Name)]
public sealed class RollupStoreTests(ReportHostFixture fixture)
{
    [Fact]
    public async Task Figures_over_the_table_string_limit_are_kept_in_a_blob_the_row_points_at()
    {
        var store = fixture.Host.Services.GetRequiredService<IRollupStore>();
        var figures = "[" + string.Join(",", Enumerable.Range(0, 8_000).Select(i => $"\"{i:D5}\"")) + "]";

        await store.SaveAsync(new StoredRollup("2019-01", RollupKinds.Etiquette, figures, DateTimeOffset.UtcNow), CancellationToken.None);
        var read = await store.FindAsync("2019-01", RollupKinds.Etiquette, CancellationToken.None);

        Assert.True(figures.Length > 32_768);
        Assert.Equal(figures, read!.Figures);
        var row = (await fixture.Tables.GetTableClient("Rollups").GetEntityAsync<TableEntity>("2019-01", RollupKinds.Etiquette)).Value;
        Assert.Null(row.GetString("Figures"));
        Assert.Equal("rollups/2019-01/etiquette.json", row.GetString("FiguresBlob"));
    }

    [Fact]
    public async Task Small_figures_stay_in_the_row_and_a_missing_rollup_is_null()
    {
        var store = fixture.Host.Services.GetRequiredService<IRollupStore>();

        await store.SaveAsync(new StoredRollup("2019-02", RollupKinds.Surveys, "{\"period\":\"2019-02\"}", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal("{\"period\":\"2019-02\"}", (await store.FindAsync("2019-02", RollupKinds.Surveys, CancellationToken.None))!.Figures);
        Assert.Null(await store.FindAsync("2019-03", RollupKinds.Surveys, CancellationToken.None));
    }
}
