using System.CommandLine;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using ServiceQuality.Classification;
using ServiceQuality.ModelRegistry;
using ServiceQuality.Storage;
using ServiceQuality.Storage.Configuration;

namespace ServiceQuality.Cli;

/// <summary>Parses, composes the same services as the hosts, runs one command and turns failures into one line and an exit code.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var parsed = CommandLineParser.Parse(args);
            if (parsed is HelpArguments help)
            {
                WriteHelp(help, context);
                return ExitCodes.Success;
            }

            if (parsed is CompareArguments compare)
            {
                // Storage plays no part in a comparison, so none is configured.
                return await new CompareCommand(context).RunAsync(compare, cancellationToken);
            }

            await using var services = BuildServices(CliConfiguration.Build(context));
            return parsed switch
            {
                TrainArguments train => await new TrainCommand(services.GetRequiredService<ModelTrainingService>(), context)
                    .RunAsync(train, cancellationToken),
                RetrainArguments retrain => await new RetrainCommand(
                        services.GetRequiredService<RetrainingService>(),
                        services.GetRequiredService<StorageInitializer>(),
                        context)
                    .RunAsync(retrain, cancellationToken),
                _ => throw new UsageException($"'{args[0]}' cannot be run."),
            };
        }
        catch (Exception e) when (e is UsageException or TrainingDataException or TrainingCsvException or FileNotFoundException)
        {
            return Fail(context, ExitCodes.Usage, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Fail(context, ExitCodes.Failure, "cancelled.");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0 && e.InnerExceptions.All(inner => inner is RequestFailedException))
        {
            // The storage SDK gives up after its retries with every attempt's error; the last one says enough.
            return Fail(context, ExitCodes.Failure, $"storage could not be reached after {e.InnerExceptions.Count} tries: {FirstLine(e.InnerExceptions[^1].Message)}");
        }
        catch (RequestFailedException e)
        {
            return Fail(context, ExitCodes.Failure, $"storage answered {e.Status} {e.ErrorCode}: {e.Message}");
        }
        catch (Exception e)
        {
            return Fail(context, ExitCodes.Failure, e.Message);
        }
    }

    /// <summary>Storage and ML messages run over several lines; the first carries the meaning.</summary>
    public static string FirstLine(string message)
    {
        var end = message.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? message : message[..end]).Trim();
    }

    private static void WriteHelp(HelpArguments help, CliContext context)
    {
        if (help.Command is null)
        {
            context.Out.WriteLine(Usage.Text);
            return;
        }

        help.Command.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error });
    }

    private static ServiceProvider BuildServices(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        var services = new ServiceCollection();

        // The command prints what matters itself; log output would only interleave with it.
        services.AddLogging();
        services.AddServiceQualityStorage(configuration);
        services.AddServiceQualityModels(configuration);
        return services.BuildServiceProvider();
    }

    private static int Fail(CliContext context, int exitCode, string message)
    {
        context.Error.WriteLine($"error: {FirstLine(message)}");
        return exitCode;
    }
}
