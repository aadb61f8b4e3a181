using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ServiceQuality.Domain.Cases;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Handlers.Http.Email;
using ServiceQuality.Handlers.Queues;
using ServiceQuality.Handlers.Timers;
using ServiceQuality.Storage.Configuration;
using ServiceQuality.Storage.Email;

namespace ServiceQuality.Handlers.Composition;

public static class EmailServiceCollectionExtensions
{
    /// <summary>E-mail: templates, the case e-mails, signed survey invitations, the outbox page, the overdue timer, the sender.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SendGridOptions>().Bind(configuration.GetSection(SendGridOptions.Section));
        services.AddOptions<InvitationOptions>()
            .Bind(configuration.GetSection(InvitationOptions.Section))
            .Validate(o => !o.Problems().Any(), "Invitations:SigningKey is required (at least 32 characters), ExpiryDays 1-365, PublicBaseUrl absolute.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<InvitationOptions>>().Value);
        services.AddSingleton(sp => EmailTemplates.LoadFrom(TemplatesPath(sp.GetRequiredService<IOptions<DefinitionsOptions>>().Value)));
        services.AddOptions<EmailLimitsOptions>()
            .Bind(configuration.GetSection(EmailLimitsOptions.Section))
            .Validate(o => o.AcknowledgementsPerAddressPerDay >= 0, "EmailLimits:AcknowledgementsPerAddressPerDay must not be negative.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<EmailLimitsOptions>>().Value);
        services.AddSingleton<CaseStatusLinks>();
        services.AddSingleton<InvitationTokens>();
        services.AddSingleton<InvitedResponseService>();
        services.AddSingleton<CaseEmails>();
        services.AddSingleton<ICaseCorrespondence, CaseFollowUp>();
        services.AddSingleton<OverdueCaseNotifier>();
        services.AddSingleton<EmailDeliveryHandler>();
        services.AddSingleton<OverdueCaseTimer>();
        services.AddSingleton<OutboxEndpoints>();

        services.AddEmailStorage();
        services.AddHostedService<EmailStartupChecks>();
        return services;
    }

    public static string TemplatesPath(DefinitionsOptions definitions) => Path.Combine(definitions.Path, "email");
}
