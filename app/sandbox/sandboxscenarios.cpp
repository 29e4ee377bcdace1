// SPDX-License-Identifier: GPL-3.0-or-later
// What the Sandbox says of itself: its scenarios, and the page at GET / with its keys and scenarios.
#include "sandbox.h"

#include "providers/registry.h"

QList<Sandbox::Scenario> Sandbox::scenarios()
{
    return {
        {QStringLiteral("any other"), tr("a customer who wrote an hour ago: accepted, then sent, delivered and read")},
        {QStringLiteral("901"), tr("failed: not a WhatsApp number (Meta 131026, Exotel 30005)")},
        {QStringLiteral("902"), tr("a customer who never wrote: a template is delivered, anything else fails as "
                                   "outside the 24-hour window (Meta 131047, Exotel 30018)")},
        {QStringLiteral("903"), tr("failed: template parameters do not match (Meta 132000, Exotel 30023)")},
        {QStringLiteral("904"), tr("refused at once: the template cannot be used (Telnyx 40008, Meta 132015)")},
        {QStringLiteral("910"), tr("sent, never delivered")},
        {QStringLiteral("911"), tr("delivered, never read")},
        {QStringLiteral("912"), tr("statuses out of order: read, then delivered, then sent")},
        {QStringLiteral("913"), tr("every status callback twice")},
        {QStringLiteral("920"), tr("a slow answer (3 s)")},
        {QStringLiteral("921"), tr("HTTP 500")},
        {QStringLiteral("922"), tr("HTTP 429 with Retry-After: 30")},
        {QStringLiteral("923"), tr("the connection closes after the body, with no answer")},
        {tr("above the rate"),
         tr("with a rate limit set (wabench sandbox --rate-limit N), more than N messages a second from one "
            "number: HTTP 429 with the provider's code (Meta 130429)")},
    };
}

QList<Sandbox::Scenario> Sandbox::templateScenarios()
{
    return {
        {QStringLiteral("any other"), tr("pending, then approved")},
        {QStringLiteral("_rejected"), tr("pending, then rejected (INVALID_FORMAT)")},
        {QStringLiteral("_paused"), tr("approved, then paused: sends fail with Meta 132015")},
        {QStringLiteral("_disabled"), tr("approved, then disabled: sends fail with Meta 132016")},
    };
}

QByteArray Sandbox::describe() const
{
    QStringList played;
    QString keys;
    for (const Provider *provider : Providers::all()) {
        if (!provider->sandboxRole() || provider->offline())
            continue;
        played << provider->displayName();
        if (const QByteArray key = verifyingKey(provider->id()); !key.isEmpty())
            keys += QStringLiteral("  %1: %2\n").arg(provider->displayName(), QString::fromLatin1(key));
    }
    QString text = tr("Wabench Sandbox: a simulated WhatsApp provider on this machine.\n\n"
                      "Send to it as %1 by giving an account the base URL %2.\n"
                      "Statuses are called back to the request's status_callback or webhook_url, else to %3.\n\n"
                      "Callbacks are signed as each provider signs them; the keys that check them:\n%4\n"
                      "Media uploads go to the media endpoint as Meta's and Kaleyra's do (POST .../media, form data);\n"
                      "GET /v21.0/{media-id} says where an id's file is, and it is served from there.\n\n"
                      "What happens depends on the last three digits of the recipient's number:\n")
                       .arg(played.join(QStringLiteral(", ")), baseUrl(),
                            m_callbackBase.isEmpty() ? tr("(no callback URL set)") : m_callbackBase, keys);
    for (const Scenario &scenario : scenarios())
        text += QStringLiteral("  %1  %2\n").arg(scenario.digits, -9).arg(scenario.what);
    text += tr("\nA template created on .../{waba}/message_templates, each decision with Meta's status webhook, "
               "by how its name ends:\n");
    for (const Scenario &scenario : templateScenarios())
        text += QStringLiteral("  %1  %2\n").arg(scenario.digits, -9).arg(scenario.what);
    return text.toUtf8();
}
