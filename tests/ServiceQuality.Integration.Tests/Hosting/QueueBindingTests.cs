using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Domain.Comments;
using ServiceQuality.LocalHost.Bindings;
using ServiceQuality.Storage;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>Queue messages bind to the [QueueTrigger] parameter's record as the Worker binds them: JSON, names in any case.</summary>
public sealed class QueueBindingTests
{
    private static readonly IServiceProvider NoWorkerOptions = new ServiceCollection().AddOptions().BuildServiceProvider();

    [Fact]
    public void A_message_written_by_the_app_binds_to_the_functions_record()
    {
        var sent = new CommentToClassify("counter", "2026-11", "response-1", "q-comment");

        var bound = QueueFunctionBinding.Deserialize(JsonSerializer.Serialize(sent, QueueJson.Options), typeof(CommentToClassify), NoWorkerOptions, CancellationToken.None);

        Assert.Equal(sent, bound);
    }

    [Fact]
    public void Property_names_bind_in_any_case()
    {
        var bound = QueueFunctionBinding.Deserialize(
            """{"SURVEYID":"counter","Month":"2026-11","responseid":"response-2","QuestionID":"q-comment"}""", typeof(CommentToClassify), NoWorkerOptions, CancellationToken.None);

        Assert.Equal(new CommentToClassify("counter", "2026-11", "response-2", "q-comment"), bound);
    }

    [Fact]
    public void A_message_that_is_not_json_fails_to_bind()
    {
        Assert.ThrowsAny<JsonException>(() =>
            QueueFunctionBinding.Deserialize("not json", typeof(CommentToClassify), NoWorkerOptions, CancellationToken.None));
    }
}
