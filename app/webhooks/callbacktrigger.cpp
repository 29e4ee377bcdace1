// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacktrigger.h"

#include "providers/provider.h"
#include "providers/sandboxrole.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace {

struct TriggerText
{
    Q_DECLARE_TR_FUNCTIONS(CallbackTrigger)
};

QString kindOf(const QString &name)
{
    QString kind = name;
    return kind.replace(u'-', u'_');
}

// What a customer's message of `kind` says unless told otherwise, and its media's type and name.
struct Sample
{
    QString text;
    QString choice;
    QString mimeType;
    QString fileName;
};
Sample sampleOf(const QString &kind)
{
    if (kind == u"text")
        return {TriggerText::tr("Hello, is my order on its way?"), {}, {}, {}};
    if (kind == u"button")
        return {TriggerText::tr("Track my order"), QStringLiteral("track_order"), {}, {}};
    if (kind == u"button_reply")
        return {TriggerText::tr("Yes"), QStringLiteral("yes"), {}, {}};
    if (kind == u"list_reply")
        return {TriggerText::tr("Tomorrow morning"), QStringLiteral("slot_1"), {}, {}};
    if (kind == u"image")
        return {TriggerText::tr("The parcel as it arrived"), {}, QStringLiteral("image/jpeg"), {}};
    if (kind == u"video")
        return {{}, {}, QStringLiteral("video/mp4"), {}};
    if (kind == u"audio")
        return {{}, {}, QStringLiteral("audio/ogg; codecs=opus"), {}};
    return {{}, {}, QStringLiteral("application/pdf"), QStringLiteral("receipt.pdf")};
}

QString digitsId(int digits)
{
    QString id;
    for (int i = 0; i < digits; ++i)
        id += QChar(u'0' + QRandomGenerator::global()->bounded(i == 0 ? 1 : 0, 10));
    return id;
}

} // namespace

namespace CallbackTrigger {

QList<Event> events()
{
    QList<Event> all;
    for (const char *status : {"sent", "delivered", "read", "failed"})
        all.append({QLatin1String(status), Family::Status, QLatin1String(status),
                    TriggerText::tr("the status \"%1\" of a message").arg(QLatin1String(status))});
    const QList<std::pair<QString, QString>> kinds{
        {QStringLiteral("text"), TriggerText::tr("a customer's text")},
        {QStringLiteral("button"), TriggerText::tr("a customer's tap on a template's quick reply button")},
        {QStringLiteral("button-reply"), TriggerText::tr("a customer's tap on a reply button")},
        {QStringLiteral("list-reply"), TriggerText::tr("a customer's choice from a list")},
        {QStringLiteral("image"), TriggerText::tr("a customer's image")},
        {QStringLiteral("video"), TriggerText::tr("a customer's video")},
        {QStringLiteral("audio"), TriggerText::tr("a customer's voice message")},
        {QStringLiteral("document"), TriggerText::tr("a customer's document")}};
    for (const auto &[name, summary] : kinds)
        all.append({name, Family::Inbound, kindOf(name), summary});
    for (const char *status : {"approved", "rejected", "paused", "disabled"})
        all.append({QStringLiteral("template-") + QLatin1String(status), Family::Template,
                    QString::fromLatin1(status).toUpper(),
                    TriggerText::tr("a template's review: %1").arg(QLatin1String(status))});
    return all;
}

std::optional<Event> event(const QString &name)
{
    for (const Event &each : events()) {
        if (each.name == name.trimmed().toLower())
            return each;
    }
    return std::nullopt;
}

QString unsupported(const Provider &provider, const Event &event)
{
    const SandboxRole *role = provider.sandboxRole();
    if (!role)
        return TriggerText::tr("Wabench cannot make %1's callbacks").arg(provider.displayName());
    switch (event.family) {
    case Family::Status:
        return {};
    case Family::Inbound:
        return role->inboundUnsupported(event.value);
    case Family::Template:
        return role->templateStatusUnsupported(event.value);
    }
    return {};
}

Built build(const Provider &provider, const QString &name, const Options &options, const QByteArray &signingKey)
{
    Built built;
    const std::optional<Event> found = event(name);
    if (!found) {
        QStringList names;
        for (const Event &each : events())
            names << each.name;
        built.error = TriggerText::tr("no event \"%1\"; the events are %2").arg(name, names.join(QStringLiteral(", ")));
        return built;
    }
    if (const QString why = unsupported(provider, *found); !why.isEmpty()) {
        built.error = TriggerText::tr("%1 cannot send \"%2\": %3").arg(provider.displayName(), found->name, why);
        return built;
    }
    const SandboxRole *role = provider.sandboxRole();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QString recipient = options.recipient.isEmpty() ? QStringLiteral("+919876543210") : options.recipient;
    const QString business = QStringLiteral("+15550100001");
    switch (found->family) {
    case Family::Status: {
        SandboxRole::Message message;
        message.provider = provider.id();
        message.messageId = options.messageId.isEmpty() ? role->newMessageId() : options.messageId;
        message.sender = business;
        message.recipient = recipient;
        message.correlation = options.correlation;
        message.status = found->value;
        std::optional<SandboxRole::Words> failure;
        if (found->value == u"failed") {
            failure = role->failureWords(SandboxRole::Failure::NotOnWhatsApp);
            if (!options.errorCode.isEmpty()) {
                const QString code = options.errorCode.trimmed();
                if (!provider.failureCodes().contains(code)) {
                    built.error =
                        TriggerText::tr("%1's error tables have no failure code %2; they have %3")
                            .arg(provider.displayName(), code, provider.failureCodes().join(QStringLiteral(", ")));
                    return built;
                }
                failure = role->failureOf(code, provider.describeCode(code));
            }
        } else if (!options.errorCode.isEmpty()) {
            built.error = TriggerText::tr("an error code goes with \"failed\" only");
            return built;
        }
        built.body = role->callbackBody(message, found->value, failure ? &*failure : nullptr, now);
        built.messageId = message.messageId;
        built.summary = failure ? TriggerText::tr("%1: %2 failed with %3 (%4)")
                                      .arg(provider.displayName(), message.messageId, failure->code, failure->text)
                                : TriggerText::tr("%1: %2 %3 to %4")
                                      .arg(provider.displayName(), message.messageId, found->value, recipient);
        break;
    }
    case Family::Inbound: {
        SandboxRole::Inbound message;
        message.kind = found->value;
        message.messageId = role->newMessageId();
        message.from = recipient;
        message.name = TriggerText::tr("Test Customer");
        message.business = business;
        const Sample sample = sampleOf(message.kind);
        message.text = options.text.isEmpty() ? sample.text : options.text;
        message.choice = sample.choice;
        message.replyTo = options.messageId;
        message.mimeType = sample.mimeType;
        message.fileName = sample.fileName;
        if (!sample.mimeType.isEmpty())
            message.media = role->inboundMediaById()
                                ? digitsId(16)
                                : QStringLiteral("https://media.example/wabench/") + message.messageId;
        built.body = role->inboundBody(message, now);
        built.messageId = message.messageId;
        built.summary =
            TriggerText::tr("%1: %2 from %3%4")
                .arg(provider.displayName(), found->summary, recipient,
                     message.replyTo.isEmpty() ? QString() : TriggerText::tr(", answering %1").arg(message.replyTo));
        break;
    }
    case Family::Template: {
        SandboxRole::TemplateStatus status;
        status.name = options.text.isEmpty() ? QStringLiteral("order_update") : options.text;
        status.id = options.messageId.isEmpty() ? digitsId(15) : options.messageId;
        status.language = QStringLiteral("en_US");
        status.status = found->value;
        if (status.status == u"REJECTED")
            status.reason = QStringLiteral("INVALID_FORMAT");
        else if (status.status == u"DISABLED" || status.status == u"PAUSED")
            status.reason = QStringLiteral("LOW_QUALITY");
        built.body = role->templateStatusBody(status, now);
        built.messageId = status.id;
        built.summary = TriggerText::tr("%1: template %2 (id %3) %4")
                            .arg(provider.displayName(), status.name, status.id, status.status);
        break;
    }
    }
    built.headers.append(HttpRequest::Header("Content-Type", "application/json"));
    if (!signingKey.isEmpty())
        built.headers += provider.signCallback(built.body, signingKey, now.toSecsSinceEpoch());
    return built;
}

QList<HttpRequest::Header> resigned(const Provider &provider, const QList<HttpRequest::Header> &headers,
                                    const QByteArray &body, const QByteArray &signingKey)
{
    const QList<HttpRequest::Header> signature =
        provider.signCallback(body, signingKey, QDateTime::currentSecsSinceEpoch());
    QList<HttpRequest::Header> kept = headers;
    kept.removeIf([&signature](const HttpRequest::Header &header) {
        return std::any_of(signature.cbegin(), signature.cend(), [&header](const HttpRequest::Header &made) {
            return made.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
    });
    return kept + signature;
}

} // namespace CallbackTrigger
