using System.Reflection;
using System.Text.RegularExpressions;
using ServiceQuality.Domain.Surveys;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Architecture;

/// <summary>Request bodies are read in the HTTP layer; Domain validates submissions that are already records.</summary>
public sealed partial class RequestParsingPlacementTests
{
    private static readonly Assembly Domain = typeof(SurveySubmission).Assembly;

    private static string DomainFolder => Path.Combine(RepositoryPaths.Root, "functions", "ServiceQuality.Domain");

    [Fact]
    public void No_Domain_file_parses_JSON_or_form_bodies()
    {
        // A Domain file may read JSON definitions and stored rows; a file that meets a submission or an
        // answer and a JSON or form reader in one place is parsing a request body.
        var offenders = Directory.EnumerateFiles(DomainFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (File: Path.GetRelativePath(DomainFolder, f), Text: File.ReadAllText(f)))
            .Where(f => FormReader().IsMatch(f.Text) || (JsonReader().IsMatch(f.Text) && RequestRecord().IsMatch(f.Text)))
            .Select(f => f.File)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Domain_has_no_parse_entry_points_and_no_ASP_NET_dependency()
    {
        var aspNet = Domain.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)).ToList();
        var entryPoints = Domain.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name is "FromJson" or "FromForm"
                || m.GetParameters().Any(p => p.ParameterType == typeof(ReadOnlyMemory<byte>) && m.ReturnType.ToString().Contains("Submission", StringComparison.Ordinal)))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.Empty(aspNet);
        Assert.Empty(entryPoints);
    }

    [GeneratedRegex(@"\b(IFormCollection|IFormFile|QueryHelpers\.ParseQuery|ParseQuery|FormReader)\b")]
    private static partial Regex FormReader();

    [GeneratedRegex(@"\b(JsonDocument|JsonNode|JsonObject|JsonElement|Utf8JsonReader|JsonSerializer)\b")]
    private static partial Regex JsonReader();

    [GeneratedRegex(@"\b(\w*Submission|AnswerInput)\b")]
    private static partial Regex RequestRecord();
}
