using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Etiquette;
using ServiceQuality.Handlers.Http.Etiquette;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Handlers.Composition;

public static class EtiquetteServiceCollectionExtensions
{
    /// <summary>The phone-etiquette tests: rubric, rules, figures, their endpoints, timer and tables.</summary>
    public static IServiceCollection AddEtiquetteTests(this IServiceCollection services)
    {
        services.AddSingleton(sp => EtiquetteRubric.LoadFrom(RubricPath(sp.GetRequiredService<IOptions<DefinitionsOptions>>().Value)));
        services.AddSingleton<EtiquetteTestValidator>();
        services.AddSingleton<EtiquetteTestService>();
        services.AddSingleton<EtiquetteCoverageService>();
        services.AddSingleton<EtiquetteFiguresService>();
        services.AddSingleton<EtiquetteCoverageTimer>();

        services.AddSingleton<EtiquetteTestEndpoints>();
        services.AddSingleton<EtiquetteReportEndpoints>();
        services.AddSingleton<EtiquetteTestFormEndpoint>();

        services.AddEtiquetteStorage();
        services.AddHostedService<EtiquetteStartupChecks>();
        return services;
    }

    public static string RubricPath(DefinitionsOptions definitions) => Path.Combine(definitions.Path, "etiquette", "rubric.json");
}
