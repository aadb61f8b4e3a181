using ServiceQuality.ModelRegistry;
using ServiceQuality.Storage;

namespace ServiceQuality.Cli;

/// <summary>retrain: seed data plus the labels people gave, for one model or all of them; promoted only if not worse.</summary>
public sealed class RetrainCommand(RetrainingService retraining, StorageInitializer storage, CliContext context)
{
    public async Task<int> RunAsync(RetrainArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);

        // The labels table exists once a host has started; a fresh account (a new Azurite) may not have it yet.
        await storage.EnsureCreatedAsync(cancellationToken);
        if (arguments.Model is { } model)
        {
            TrainingRunPrinter.Print(await retraining.RetrainAsync(model, cancellationToken), context.Out);
            return ExitCodes.Success;
        }

        try
        {
            Print(await retraining.RetrainAllAsync(cancellationToken));
            return ExitCodes.Success;
        }
        catch (RetrainingFailedException e)
        {
            Print(e.Completed);
            foreach (var failure in e.InnerExceptions)
            {
                context.Error.WriteLine($"error: {CliApp.FirstLine(failure.Message)}");
            }

            return ExitCodes.Failure;
        }
    }

    private void Print(IReadOnlyList<TrainingRunResult> results)
    {
        foreach (var result in results)
        {
            TrainingRunPrinter.Print(result, context.Out);
            context.Out.WriteLine();
        }
    }
}
