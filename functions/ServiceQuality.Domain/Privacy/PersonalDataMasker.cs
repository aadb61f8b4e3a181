using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ServiceQuality.Domain.Privacy;

/// <summary>
/// Masks national ID and resident certificate numbers, phone numbers, e-mail addresses and licence plates in free
/// text. It is the one place that decides what counts as personal data: complaints, survey comments and staff
/// replies pass through it before they are stored, classified, labelled for training or published. The patterns are
/// data (personal-data-patterns.json, shipped inside this assembly so that no deployment can run without them).
/// </summary>
public sealed class PersonalDataMasker
{
    public const string ResourceName = "ServiceQuality.Domain.Privacy.personal-data-patterns.json";

    // A pathological pattern must fail loudly rather than let text through unmasked or hold a worker.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly HashSet<string> _kept;

    public PersonalDataMasker()
        : this(LoadEmbedded())
    {
    }

    /// <param name="kept">
    /// The agency's own phone numbers and e-mail addresses (organisation.json): a reply that gives them to the
    /// citizen must keep them, while a citizen's number in the same text is still masked.
    /// </param>
    public PersonalDataMasker(IEnumerable<string> kept)
        : this(LoadEmbedded(), kept)
    {
    }

    public PersonalDataMasker(IReadOnlyList<PersonalDataPattern> patterns, IEnumerable<string>? kept = null)
    {
        Patterns = patterns;
        _kept = (kept ?? []).Select(Comparable).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<PersonalDataPattern> Patterns { get; }

    public static IReadOnlyList<PersonalDataPattern> Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<PatternFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("The personal-data pattern file is empty.");
        if (file.Patterns is not { Count: > 0 })
        {
            throw new InvalidDataException("The personal-data pattern file lists no patterns.");
        }
        return file.Patterns.Select(p => new PersonalDataPattern(
            p.Kind ?? throw new InvalidDataException("A personal-data pattern has no kind."),
            p.Mark ?? throw new InvalidDataException($"The personal-data pattern '{p.Kind}' has no mark."),
            Compile(p.Pattern ?? throw new InvalidDataException($"The personal-data pattern '{p.Kind}' has no pattern.")),
            p.Except is null ? null : Compile(p.Except))).ToList();
    }

    /// <summary>The text with every piece of personal data replaced by its mark; masking masked text changes nothing.</summary>
    public string Mask(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        foreach (var pattern in Patterns)
        {
            text = Replace(text, pattern);
        }
        return text;
    }

    public string? MaskOrNull(string? text) => text is null ? null : Mask(text);

    /// <summary>
    /// A contact detail reduced to what identifies it, so "(02)2345-0000", "02-2345-0000" and "+886-2-2345-0000"
    /// compare equal: letters, digits, '@' and '.', lowercased, with the country code written as the trunk 0.
    /// </summary>
    public static string Comparable(string detail)
    {
        var kept = new string(Fold(detail).ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '@' or '.').ToArray());
        if (kept.Contains('@'))
        {
            return kept;
        }
        var digits = kept.StartsWith("00886", StringComparison.Ordinal) ? kept[5..] : kept.StartsWith("886", StringComparison.Ordinal) && detail.TrimStart().StartsWith('+') ? kept[3..] : null;
        return digits is null ? kept : "0" + digits.TrimStart('0');
    }

    private string Replace(string text, PersonalDataPattern pattern)
    {
        // Matching runs on a folded copy of the same length, so a match's index and length hold in the original.
        var folded = Fold(text);
        StringBuilder? result = null;
        var copied = 0;
        foreach (Match match in pattern.Pattern.Matches(folded))
        {
            if (pattern.Except?.IsMatch(match.Value) == true || (_kept.Count > 0 && _kept.Contains(Comparable(match.Value))))
            {
                continue;
            }
            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, match.Index - copied).Append(pattern.Mark);
            copied = match.Index + match.Length;
        }
        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>
    /// Full-width forms (Ａ, ０, ＠, －, （) become ASCII and dash look-alikes become '-', one character for one, because
    /// citizens type on phones with Chinese input methods.
    /// </summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '\u3002' => '.',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            };
        }
    });

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);

    private static IReadOnlyList<PersonalDataPattern> LoadEmbedded()
    {
        using var stream = typeof(PersonalDataMasker).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the domain assembly.");
        return Load(stream);
    }

    private sealed record PatternFile(List<PatternEntry>? Patterns);

    private sealed record PatternEntry(string? Kind, string? Mark, string? Pattern, string? Except);
}
