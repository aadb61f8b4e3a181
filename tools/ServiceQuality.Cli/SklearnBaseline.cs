using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ServiceQuality.Classification;

namespace ServiceQuality.Cli;

/// <summary>
/// Runs baseline/sklearn_baseline.py on the same files with Debian's Python (or SQ_PYTHON): a pyenv
/// or venv <c>python3</c> earlier on PATH usually lacks scikit-learn, while the system one gets it from apt.
/// </summary>
public sealed class SklearnBaseline(CliContext context)
{
    public const string Python = "/usr/bin/python3";
    public const string PythonVariable = "SQ_PYTHON";
    public const string Name = "scikit-learn char_wb 1-3 TF-IDF + LinearSVC";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "baseline", "sklearn_baseline.py");

    public async Task<ClassifierRun> RunAsync(
        string trainPath, string testPath, IReadOnlyList<LabelledText> testData, IReadOnlyList<string> labelSet, CancellationToken cancellationToken)
    {
        var python = await FindPythonAsync(cancellationToken);
        var (exitCode, output, error) = await RunAsync(
            python,
            [ScriptPath, "--train", trainPath, "--test", testPath],
            cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"the scikit-learn baseline failed: {LastLine(error)}");
        }

        var result = JsonSerializer.Deserialize<BaselineOutput>(output, JsonOptions)
            ?? throw new InvalidOperationException("the scikit-learn baseline printed nothing.");
        if (result.Predicted.Count != testData.Count)
        {
            throw new InvalidOperationException($"the scikit-learn baseline predicted {result.Predicted.Count} of {testData.Count} test texts.");
        }

        var report = EvaluationReport.FromPredictions(testData.Select(example => example.Label).ToArray(), result.Predicted, labelSet);
        return new ClassifierRun(Name, report, TimeSpan.FromSeconds(result.TrainSeconds), result.PredictionsPerSecond);
    }

    /// <summary>
    /// SQ_PYTHON if set (it must have scikit-learn), else Debian's Python, which gets scikit-learn
    /// from apt when it lacks it.
    /// </summary>
    private async Task<string> FindPythonAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(PythonVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        if (!File.Exists(Python) || (await RunAsync(Python, ["-c", "import sklearn"], cancellationToken)).ExitCode != 0)
        {
            await InstallAsync(cancellationToken);
        }

        return Python;
    }

    private async Task InstallAsync(CancellationToken cancellationToken)
    {
        context.Out.WriteLine("scikit-learn is missing from Debian's Python; installing python3-sklearn with apt-get.");
        int exitCode;
        string error;
        try
        {
            (exitCode, _, error) = await RunAsync("apt-get", ["install", "-y", "python3-sklearn"], cancellationToken);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            (exitCode, error) = (-1, e.Message);
        }

        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"could not install python3-sklearn (apt-get install -y python3-sklearn needs root): {LastLine(error)}");
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Python would otherwise encode its JSON output in the locale's encoding.
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }

    private static string LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "no message" : lines[^1];
    }

    private sealed record BaselineOutput(double TrainSeconds, double PredictionsPerSecond, double MacroF1, IReadOnlyList<string> Predicted);
}
