using ServiceQuality.Domain.Comments;
using ServiceQuality.Handlers.Http;
using ServiceQuality.Handlers.Http.Surveys;
using ServiceQuality.LocalHost.Queues;
using ServiceQuality.LocalHost.Timers;
using ServiceQuality.Storage;

namespace ServiceQuality.LocalHost;

/// <summary>
/// The local twin of every function in ServiceQuality.Functions: same names, routes, queues and schedules,
/// same handlers. A test compares this table with the Functions source so that the two cannot drift apart.
/// </summary>
public static class LocalFunctions
{
    public static void MapHttp(IEndpointRouteBuilder app, string routePrefix)
    {
        var root = app.MapGroup(routePrefix.Length == 0 ? "" : "/" + routePrefix);

        root.MapGet(Routes.Surveys, (ListSurveysEndpoint e) => e.Handle()).WithName("ListSurveys");
        root.MapGet(Routes.Survey, (string id, GetSurveyEndpoint e) => e.Handle(id)).WithName("GetSurvey");
        root.MapPost(Routes.SurveyResponses, (HttpRequest request, string id, PostSurveyResponseEndpoint e, CancellationToken ct) => e.HandleAsync(request, id, ct))
            .WithName("PostSurveyResponse");

        root.MapGet(Routes.SurveyForm, (HttpRequest request, string id, SurveyFormEndpoint e) => e.Get(request, id)).WithName("GetSurveyForm");
        root.MapPost(Routes.SurveyForm, (HttpRequest request, string id, SurveyFormEndpoint e, CancellationToken ct) => e.PostAsync(request, id, ct))
            .WithName("PostSurveyForm");
        root.MapGet(Routes.SurveyThanks, (HttpRequest request, string id, SurveyFormEndpoint e) => e.Thanks(request, id)).WithName("GetSurveyThanks");
        root.MapGet(Routes.Asset, (HttpRequest request, string name, AssetsEndpoint e) => e.Get(request, name)).WithName("GetAsset");
    }

    public static IReadOnlyList<QueueBinding> Queues { get; } =
    [
        new("ClassifyComment", QueueNames.CommentsToClassify,
            (services, message, ct) => services.GetRequiredService<CommentIntakeHandler>().HandleAsync(QueueListener.Deserialize<CommentToClassify>(message), ct)),
    ];

    public static IReadOnlyList<TimerBinding> Timers { get; } = [];
}
