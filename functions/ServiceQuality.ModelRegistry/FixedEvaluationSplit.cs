using System.Security.Cryptography;
using System.Text;
using ServiceQuality.Classification;

namespace ServiceQuality.ModelRegistry;

/// <summary>
/// The evaluation split every stored version is trained without and judged on: one text in
/// <see cref="Share"/>, chosen by a fixed hash of the text as the classifier sees it (trimmed, case and
/// width folded), never by a random draw. A text is on the same side in every run, on every machine, so
/// the current version has never seen the evaluation texts a retrained one is compared on, and a staff
/// correction of a text's label changes the label the text is judged by, not its side.
/// </summary>
public static class FixedEvaluationSplit
{
    /// <summary>One text in this many is held out for evaluation.</summary>
    public const int Share = 5;

    /// <summary>How the split is named in metrics.json, so a changed rule is visible.</summary>
    public const string Rule = "fnv1a64(normalised text) mod 5 == 0";

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static bool IsEvaluation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = FnvOffset;
        foreach (var c in TextNormalizer.Normalize(text.Trim()))
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash % Share == 0;
    }

    public static (IReadOnlyList<LabelledText> Training, IReadOnlyList<LabelledText> Evaluation) Split(IReadOnlyList<LabelledText> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var training = new List<LabelledText>();
        var evaluation = new List<LabelledText>();
        foreach (var example in data)
        {
            (IsEvaluation(example.Text) ? evaluation : training).Add(example);
        }

        return (training, evaluation);
    }

    /// <summary>A SHA-256 of the evaluation examples (text and label, in order), recorded so that two versions can be seen to have been judged on the same texts.</summary>
    public static string Fingerprint(IReadOnlyList<LabelledText> evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var builder = new StringBuilder();
        foreach (var example in evaluation.OrderBy(e => e.Text, StringComparer.Ordinal).ThenBy(e => e.Label, StringComparer.Ordinal))
        {
            builder.Append(example.Text).Append('\t').Append(example.Label).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}
