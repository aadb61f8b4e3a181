namespace ServiceQuality.Handlers.Security;

/// <summary>What a posted citizen form is, before its content is looked at.</summary>
public enum FormVerdict
{
    Genuine,
    /// <summary>The hidden field people never see was filled: a bot. It is thanked and nothing is stored.</summary>
    Bot,
    /// <summary>No valid anti-forgery token for the form's key: forged, or the page is too old.</summary>
    Forged,
}

/// <summary>Checks the honeypot and the anti-forgery token of a posted citizen form.</summary>
public sealed class FormGuard(FormTokens tokens)
{
    /// <summary>A name bots fill eagerly; people never see the field.</summary>
    public const string HoneypotField = "website";

    public string Issue(string idempotencyKey) => tokens.Issue(idempotencyKey);

    public FormVerdict Check(IReadOnlyDictionary<string, string?> fields)
    {
        if (!string.IsNullOrEmpty(fields.GetValueOrDefault(HoneypotField)))
        {
            return FormVerdict.Bot;
        }
        return tokens.IsValid(fields.GetValueOrDefault("idempotencyKey"), fields.GetValueOrDefault(FormTokens.FieldName))
            ? FormVerdict.Genuine
            : FormVerdict.Forged;
    }
}
