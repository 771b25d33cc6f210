namespace Relais.Web.Infrastructure.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddRelaisEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddScoped<IEmailSender, SmtpEmailSender>();
        return services;
    }
}
