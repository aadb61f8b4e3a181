using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace ServiceQuality.Integration.Tests.Deployment;

/// <summary>
/// One template of a compiled deployment (the main one, or a module's nested template) with the parameter values
/// its parent passes. It follows plain <c>[parameters('x')]</c> and <c>[variables('x')]</c> references up to their
/// values; any other expression is returned as written, to be asserted on as text.
/// </summary>
public sealed partial class ArmScope(JsonObject template, JsonObject? parameterValues, ArmScope? parent)
{
    public JsonObject Json => template;

    /// <summary>Every resource of this template and of the modules below it, with the scope it was declared in.</summary>
    public IEnumerable<(JsonObject Resource, ArmScope Scope)> Resources()
    {
        foreach (var resource in template["resources"]!.AsArray().Select(r => r!.AsObject()))
        {
            yield return (resource, this);
            if ((string?)resource["type"] == "Microsoft.Resources/deployments")
            {
                var properties = resource["properties"]!;
                var module = new ArmScope(properties["template"]!.AsObject(), properties["parameters"]?.AsObject(), this);
                foreach (var nested in module.Resources())
                {
                    yield return nested;
                }
            }
        }
    }

    public (JsonObject Resource, ArmScope Scope) Single(string type) => Assert.Single(Resources(), r => (string?)r.Resource["type"] == type);

    /// <summary>The value of a node once its parameter and variable references are followed.</summary>
    public JsonNode? Resolve(JsonNode? node)
    {
        if (node is not JsonValue value || !value.TryGetValue<string>(out var text) || Reference().Match(text) is not { Success: true } match)
        {
            return node;
        }
        var name = match.Groups["name"].Value;
        if (match.Groups["kind"].Value == "variables")
        {
            return Resolve(template["variables"]![name]);
        }
        if (parameterValues?[name] is JsonObject passed && parent is not null)
        {
            return parent.Resolve(passed["value"]);
        }
        return template["parameters"]![name]!["defaultValue"] is { } fallback ? Resolve(fallback) : node;
    }

    public string? ResolveText(JsonNode? node) => Resolve(node) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>[^']+)'\)\]$")]
    private static partial Regex Reference();
}
