using System.Reflection;
using System.Text.RegularExpressions;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.LocalHost;
using ServiceQuality.DevHosting;
using Xunit;

namespace ServiceQuality.Integration.Tests.Hosting;

/// <summary>Every [TimerTrigger] function of the Functions app runs in the local host under the same name and schedule.</summary>
public sealed partial class TimerParityTests
{
    [Fact]
    public void Every_timer_function_has_the_same_schedule_in_the_local_host()
    {
        var source = string.Join('\n',
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "functions", "ServiceQuality.Functions"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText));
        var declared = TimerFunction().Matches(source)
            .Select(m => (Name: m.Groups["name"].Value,
                Schedule: (string)typeof(Schedules).GetField(m.Groups["schedule"].Value, BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!))
            .OrderBy(t => t.Name)
            .ToList();
        var local = LocalFunctions.Timers.Select(t => (Name: t.FunctionName, t.Schedule)).OrderBy(t => t.Name).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(declared, local);
    }

    [GeneratedRegex("""\[Function\("(?<name>\w+)"\)\]\s*public[^\[]+\(\[TimerTrigger\(Schedules\.(?<schedule>\w+)\)\]""")]
    private static partial Regex TimerFunction();
}
