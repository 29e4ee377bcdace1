// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookreceiver.h"

#include "net/signatures.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

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

HttpServerResponse WebhookReceiver::verifyMeta(const HttpServerRequest &request)
{
    // Meta's subscription check: GET ?hub.mode=subscribe&hub.verify_token=...&hub.challenge=...
    const QUrlQuery query(request.url);
    if (query.queryItemValue(QStringLiteral("hub.mode")) != u"subscribe")
        return HttpServerResponse::text(200, "Wabench webhook receiver: POST callbacks to /webhooks/<provider>\n");
    const QByteArray token = query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    if (m_keys.metaVerifyToken.isEmpty() || token != m_keys.metaVerifyToken)
        return reject(QStringLiteral("meta"), 403, tr("hub.verify_token does not match the verify token set"));
    return HttpServerResponse::text(200,
                                    query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded).toUtf8());
}

bool WebhookReceiver::signatureOk(const QString &provider, const HttpServerRequest &request, QString *why)
{
    if (provider == u"telnyx" && !(m_keys.telnyxPublicKey.isEmpty() && m_keys.sandboxTelnyxPublicKey.isEmpty())) {
        const QByteArray signature = request.header("telnyx-signature-ed25519");
        const QByteArray timestamp = request.header("telnyx-timestamp");
        const qint64 now = m_clock();
        // The person's key first (its failure is the one reported), then the Sandbox's.
        const auto verifiedBy = [&](const QByteArray &key, QString *reason) {
            return !key.isEmpty() && Signatures::verifyTelnyx(request.body, signature, timestamp, key, now, reason);
        };
        QString other;
        if (!verifiedBy(m_keys.telnyxPublicKey, why) &&
            !verifiedBy(m_keys.sandboxTelnyxPublicKey, m_keys.telnyxPublicKey.isEmpty() ? why : &other))
            return false;
        // A signature is good once: the same one again is a replay.
        for (auto it = m_seenSignatures.begin(); it != m_seenSignatures.end();)
            it = now - it.value() > 300 ? m_seenSignatures.erase(it) : std::next(it);
        if (m_seenSignatures.contains(signature)) {
            *why = tr("this signature was already used: a replayed callback");
            return false;
        }
        m_seenSignatures.insert(signature, now);
    }
    const QByteArray header = request.header("X-Hub-Signature-256");
    if (provider == u"meta" && !m_keys.metaAppSecret.isEmpty()) {
        QString second;
        return Signatures::verifyMeta(request.body, header, m_keys.metaAppSecret, why) ||
               (!m_keys.sandboxAppSecret.isEmpty() &&
                Signatures::verifyMeta(request.body, header, m_keys.sandboxAppSecret, &second));
    }
    if (provider == u"sandbox" && !m_keys.sandboxAppSecret.isEmpty())
        return Signatures::verifyMeta(request.body, header, m_keys.sandboxAppSecret, why);
    return true;
}

HttpServerResponse WebhookReceiver::handle(const HttpServerRequest &request)
{
    const QString path = request.url.path();
    if (!path.startsWith(QStringLiteral("/webhooks")) && path != u"/")
        return reject(QString(), 404, tr("nothing here; callbacks go to /webhooks/<provider>"));
    QString providerId = path.section(u'/', 2, 2);
    const Provider *provider = providerId.isEmpty() ? nullptr : Providers::find(providerId);
    if (!providerId.isEmpty() && !provider)
        return reject(providerId, 404, tr("no provider \"%1\"").arg(providerId));
    if (request.method == "GET")
        return verifyMeta(request);
    if (request.method != "POST")
        return reject(providerId, 405, tr("callbacks are POSTed"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return reject(
            providerId, 400,
            parseError.error != QJsonParseError::NoError
                ? tr("the body is not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                : tr("the body is not a JSON object"));
    const QJsonObject body = document.object();
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
    if (QString why; !signatureOk(providerId, request, &why))
        return reject(providerId, 401, why);
    // Exotel's newer webhooks check the URL first with a challenge to echo.
    if (body.value(QStringLiteral("type")).toString() == u"verification" && body.contains(QStringLiteral("challenge")))
        return HttpServerResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("challenge"), body.value(QStringLiteral("challenge"))}})
                     .toJson(QJsonDocument::Compact));

    const QList<CallbackEvent> events = provider->parseCallback(body);
    if (events.isEmpty() && !provider->recogniseCallback(body))
        return reject(providerId, 400, tr("not a %1 callback").arg(provider->displayName()));
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
    // Acknowledged only once stored: a 503 makes the provider send it again, and what was stored of it then
    // is a duplicate.
    if (!notStored.isEmpty())
        return reject(providerId, 503,
                      tr("the history could not store this callback (%1); send it again").arg(notStored));
    return HttpServerResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("received"), int(events.size())},
                                                                   {QStringLiteral("applied"), applied}})
                                             .toJson(QJsonDocument::Compact));
}
