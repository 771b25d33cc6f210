namespace Relais.Web.Infrastructure.Email;

/// <summary>One message to one person: a plain-text body always, an HTML body when it helps reading.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);

/// <summary>A message could not be handed to the SMTP server; the caller shows a French message and keeps its data.</summary>
public sealed class EmailDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
