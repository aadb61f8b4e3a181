namespace ServiceQuality.Cli;

public static class Usage
{
    public const string Text = """
        ServiceQuality models: train and retrain the text classifiers.

        Usage:
          train --model <name> --data <file.csv> [--force] [--folds 5] [--text-column text] [--label-column label]
              Cross-validates (stratified k-fold) and trains on a CSV with a header, stores the version and
              its metrics in the Blob container 'models', and promotes it to current unless its macro-F1 is
              worse than the current version's (--force promotes anyway). <name> is kebab-case.
          retrain [--model <name>]
              Retrains on the seed data (definitions/training/<name>.csv) plus the labels people gave;
              every model of the pipeline when --model is left out. Promotes only if not worse.
          compare --train <train.csv> --test <test.csv> [--text-column text] [--label-column label]
          compare --data <file.csv> [--split 0.8] [--seed 1] [--seeds 1] [--text-column text] [--label-column label]
              Trains the default pipeline and the scikit-learn baseline (char_wb 1-3 TF-IDF + LinearSVC, run
              with /usr/bin/python3; python3-sklearn is installed with apt-get if missing) on the same split
              and prints macro-F1, accuracy, per-class F1, training time, predictions/s and their ratios.
              No storage is used.
          help
              Shows this text.

        Storage: AzureWebJobsStorage from the environment, else from local.settings.json (Values) in the
        current directory, else UseDevelopmentStorage=true (Azurite on 127.0.0.1).
        Exit codes: 0 done, 1 failed, 2 bad arguments or input files.
        """;
}
