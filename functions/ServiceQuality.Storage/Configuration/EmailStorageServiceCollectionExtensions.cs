using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SendGrid;
using ServiceQuality.Domain.Email;
using ServiceQuality.Domain.Invitations;
using ServiceQuality.Storage.Email;
using ServiceQuality.Storage.Tables;

namespace ServiceQuality.Storage.Configuration;

public static class EmailStorageServiceCollectionExtensions
{
    /// <summary>
    /// The e-mail queue, the outbox, the invitation claims and the sender: SendGrid when SendGrid:ApiKey is set,
    /// otherwise the outbox table. The SendGrid client is created once for the app's lifetime.
    /// </summary>
    /// <remarks>Expects <see cref="SendGridOptions"/> bound from configuration by the caller.</remarks>
    public static IServiceCollection AddEmailStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SendGridOptions>>().Value);
        services.AddSingleton<IEmailQueue, StorageEmailQueue>();
        services.AddSingleton<IEmailOutboxStore, TableEmailOutboxStore>();
        services.AddSingleton<IEmailRecipientStore, TableEmailRecipientStore>();
        services.AddSingleton<IInvitationClaimStore, TableInvitationClaimStore>();
        services.AddSingleton<ISendGridClient>(sp =>
        {
            var options = sp.GetRequiredService<SendGridOptions>();
            return new SendGridClient(new SendGridClientOptions { ApiKey = options.ApiKey, Host = options.Host });
        });
        services.AddSingleton<IEmailSender>(sp => sp.GetRequiredService<SendGridOptions>().IsConfigured
            ? ActivatorUtilities.CreateInstance<SendGridEmailSender>(sp)
            : new OutboxEmailSender(sp.GetRequiredService<IEmailOutboxStore>()));
        return services;
    }
}
