// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookreceiver.h"

#include "message/jsondocument.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

WebhookReceiver::WebhookReceiver(HistoryStore *history, QObject *parent)
    : QObject(parent), m_history(history),
      m_server(new GuardedHttpServer([this](const HttpServerRequest &request) { return handle(request); }, this)),
      m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

bool WebhookReceiver::start(quint16 port, QString *error, const QHostAddress &address)
{
    if (m_server->isListening())
        return true;
    return m_server->listen(address, port, error);
}

void WebhookReceiver::stop()
{
    m_server->close();
}

QString WebhookReceiver::localUrl() const
{
    QHostAddress address = m_server->address();
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4)
        address = QHostAddress::LocalHost;
    const QString host =
        address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']' : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_server->port());
}

QString WebhookReceiver::callbackUrl(const QString &provider) const
{
    QString base = m_publicUrl.trimmed().isEmpty() ? localUrl() : m_publicUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + path(provider);
}

HttpServerResponse WebhookReceiver::reject(const QString &provider, int status, const QString &reason)
{
    emit rejected(provider, status, reason);
    return HttpServerResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact));
}

HttpServerResponse WebhookReceiver::answerGet(const Provider *provider, const HttpServerRequest &request)
{
    // A provider's subscription check (Meta's hub.challenge), at its path or at /webhooks.
    for (const Provider *candidate : provider ? QList<const Provider *>{provider} : Providers::all()) {
        if (const std::optional<HttpServerResponse> answer =
                candidate->answerCallbackCheck(request, m_keys.verifyTokens.value(candidate->id()))) {
            if (answer->status >= 400)
                emit rejected(candidate->id(), answer->status, QString::fromUtf8(answer->body));
            return *answer;
        }
    }
    return HttpServerResponse::text(200, "Wabench webhook receiver: POST callbacks to /webhooks/<provider>\n");
}

bool WebhookReceiver::signatureOk(const Provider *provider, const HttpServerRequest &request, QString *why)
{
    const QByteArray own = m_keys.own.value(provider->id());
    if (own.isEmpty())
        return true;
    const QByteArray sandbox = m_keys.sandbox.value(provider->id());
    const qint64 now = m_clock();
    QByteArray replay;
    QString second; // the person's key's failure is the one reported
    if (!provider->verifyCallback(request, own, now, why, &replay) &&
        !(!sandbox.isEmpty() && provider->verifyCallback(request, sandbox, now, &second, &replay)))
        return false;
    if (replay.isEmpty())
        return true;
    // A signature good once: the same one again is a replay.
    m_seenSignatures.removeIf(
        [now](const QHash<QByteArray, qint64>::iterator &seen) { return now - seen.value() > 300; });
    if (m_seenSignatures.contains(replay)) {
        *why = tr("this signature was already used: a replayed callback");
        return false;
    }
    m_seenSignatures.insert(replay, now);
    return true;
}

HttpServerResponse WebhookReceiver::handle(const HttpServerRequest &request)
{
    // Exactly /webhooks or /webhooks/<provider>; "/" answers what this is to GET alone.
    const std::optional<QList<QString>> segments = request.pathSegments();
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    if (segments && segments->isEmpty() && isGet)
        return answerGet(nullptr, request);
    if (!segments || segments->isEmpty() || segments->size() > 2 || segments->constFirst() != u"webhooks")
        return reject(QString(), 404, tr("nothing here; callbacks go to /webhooks/<provider>"));
    QString providerId = segments->value(1);
    const Provider *provider = providerId.isEmpty() ? nullptr : Providers::find(providerId);
    if (!providerId.isEmpty() && !provider)
        return reject(providerId.left(64), 404, tr("no provider \"%1\"").arg(providerId.left(64)));
    if (isGet)
        return answerGet(provider, request);
    if (request.method != "POST")
        return reject(providerId, 405, tr("callbacks are POSTed"));

    const JsonParseResult parsed = JsonDocument::parse(request.body);
    if (!parsed.ok() || !parsed.document.isObject())
        return reject(providerId, 400,
                      !parsed.ok() ? tr("the body is not JSON: %1").arg(parsed.error)
                                   : tr("the body is not a JSON object"));
    const QJsonObject body = parsed.document.object();
    if (!provider) {
        for (const Provider *candidate : Providers::all()) {
            if (candidate->recogniseCallback(body)) {
                provider = candidate;
                break;
            }
        }
        if (!provider)
            return reject(QString(), 400, tr("not a callback of any provider Wabench knows"));
        providerId = provider->id();
    }
    if (QString why; !signatureOk(provider, request, &why))
        return reject(providerId, 401, why);
    // Exotel's newer webhooks check the URL first with a challenge to echo.
    if (body.value(QStringLiteral("type")).toString() == u"verification" && body.contains(QStringLiteral("challenge")))
        return HttpServerResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("challenge"), body.value(QStringLiteral("challenge"))}})
                     .toJson(QJsonDocument::Compact));

    const QList<CallbackEvent> events = provider->parseCallback(body);
    if (events.isEmpty() && !provider->takesCallback(body))
        return reject(providerId, 400, tr("not a callback %1 sends").arg(provider->displayName()));
    int applied = 0;
    QString notStored; // why an event of this callback was not stored: the provider must retry all of it
    for (CallbackEvent event : events) {
        // A failure code the callback does not explain is explained from the provider's table.
        if (event.description.isEmpty() && !event.errorCode.isEmpty())
            event.description = provider->describeCode(event.errorCode);
        QString why;
        if (event.kind == CallbackEvent::Kind::Inbound) {
            if (m_history && m_history->recordInbound(providerId, event, &why) == HistoryStore::Stored::Failed) {
                notStored = why;
                continue;
            }
            emit inboundReceived(providerId, event);
            continue;
        }
        qint64 record = 0;
        const HistoryStore::Applied result =
            m_history ? m_history->applyEvent(providerId, event, &record, &why) : HistoryStore::Applied::Unmatched;
        if (result == HistoryStore::Applied::Failed) {
            notStored = why;
            continue;
        }
        applied += result == HistoryStore::Applied::Updated ? 1 : 0;
        emit statusReceived(providerId, event, result, record);
    }
    // A template's review decided: the definitions kept of it take its status.
    if (m_history) {
        const QList<QJsonObject> accountEvents = provider->accountEvents(body);
        for (const QJsonObject &event : accountEvents) {
            const QJsonObject status = event.value(QStringLiteral("template_status")).toObject();
            if (QString why; !status.isEmpty() && !m_history->setTemplateStatus(status, nullptr, &why))
                notStored = why;
        }
    }
    // Acknowledged only once stored: a 503 makes the provider send it again, and what was stored of it then
    // is a duplicate.
    if (!notStored.isEmpty())
        return reject(providerId, 503,
                      tr("the history could not store this callback (%1); send it again").arg(notStored));
    return HttpServerResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("received"), int(events.size())},
                                                                   {QStringLiteral("applied"), applied}})
                                             .toJson(QJsonDocument::Compact));
}
