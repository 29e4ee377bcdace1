// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookreceiver.h"

#include "message/jsondocument.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "webhookforwarder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

WebhookReceiver::WebhookReceiver(HistoryStore *history, QObject *parent)
    : QObject(parent), m_history(history),
      m_server(new GuardedHttpServer(
          [this](const HttpServerRequest &request, const HttpResponder &responder) { handle(request, responder); },
          this)),
      m_forwarder(new WebhookForwarder(history, this)), m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    // At the end of the turn of the event loop in which the first of a batch arrived: every socket with
    // something to say has been read by then.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &WebhookReceiver::flush);
}

WebhookReceiver::~WebhookReceiver()
{
    flush(); // what was read is stored and answered, not dropped
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

HttpServerResponse WebhookReceiver::reject(Pending *pending, const QString &provider, int status, const QString &reason)
{
    pending->record.provider = provider;
    pending->record.verdict = status == 503 ? WebhookVerdict::NotStored : WebhookVerdict::Refused;
    pending->record.reason = reason;
    emit rejected(provider, status, reason);
    return HttpServerResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact));
}

HttpServerResponse WebhookReceiver::answerGet(const Provider *provider, const HttpServerRequest &request,
                                              Pending *pending)
{
    pending->record.verdict = WebhookVerdict::Check;
    // A provider's subscription check (Meta's hub.challenge), at its path or at /webhooks.
    for (const Provider *candidate : provider ? QList<const Provider *>{provider} : Providers::all()) {
        if (const std::optional<HttpServerResponse> answer =
                candidate->answerCallbackCheck(request, m_keys.verifyTokens.value(candidate->id()))) {
            pending->record.provider = candidate->id();
            if (answer->status >= 400) {
                pending->record.verdict = WebhookVerdict::Refused;
                pending->record.reason = QString::fromUtf8(answer->body).trimmed();
                emit rejected(candidate->id(), answer->status, QString::fromUtf8(answer->body));
            }
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

void WebhookReceiver::handle(const HttpServerRequest &request, const HttpResponder &responder)
{
    Pending pending;
    WebhookRecord &record = pending.record;
    record.time = QDateTime::currentDateTimeUtc();
    record.peer = request.peer.toString();
    record.method = request.method;
    record.target = request.target;
    record.headers = request.headers;
    record.body = request.body;
    if (const std::optional<HttpServerResponse> answer = read(request, &pending)) {
        record.status = answer->status;
        responder.respond(*answer);
    } else {
        pending.responder = responder; // once stored
    }
    if (!m_history)
        return answerStored(pending); // nothing to store it in (a receiver for a test of reading alone)
    m_pending.append(std::move(pending));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

std::optional<HttpServerResponse> WebhookReceiver::read(const HttpServerRequest &request, Pending *pending)
{
    // Exactly /webhooks or /webhooks/<provider>; "/" answers what this is to GET alone.
    const std::optional<QList<QString>> segments = request.pathSegments();
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    if (segments && segments->isEmpty() && isGet)
        return answerGet(nullptr, request, pending);
    if (!segments || segments->isEmpty() || segments->size() > 2 || segments->constFirst() != u"webhooks")
        return reject(pending, QString(), 404, tr("nothing here; callbacks go to /webhooks/<provider>"));
    QString providerId = segments->value(1);
    const Provider *provider = providerId.isEmpty() ? nullptr : Providers::find(providerId);
    if (!providerId.isEmpty() && !provider)
        return reject(pending, providerId.left(64), 404, tr("no provider \"%1\"").arg(providerId.left(64)));
    if (isGet)
        return answerGet(provider, request, pending);
    if (request.method != "POST")
        return reject(pending, providerId, 405, tr("callbacks are POSTed"));

    const JsonParseResult parsed = JsonDocument::parse(request.body);
    if (!parsed.ok() || !parsed.document.isObject())
        return reject(pending, providerId, 400,
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
            return reject(pending, QString(), 400, tr("not a callback of any provider Wabench knows"));
        providerId = provider->id();
    }
    pending->record.provider = providerId;
    if (QString why; !signatureOk(provider, request, &why))
        return reject(pending, providerId, 401, why);
    // Exotel's newer webhooks check the URL first with a challenge to echo.
    if (body.value(QStringLiteral("type")).toString() == u"verification" &&
        body.contains(QStringLiteral("challenge"))) {
        pending->record.verdict = WebhookVerdict::Check;
        return HttpServerResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("challenge"), body.value(QStringLiteral("challenge"))}})
                     .toJson(QJsonDocument::Compact));
    }
    pending->events = provider->parseCallback(body);
    if (pending->events.isEmpty() && !provider->takesCallback(body))
        return reject(pending, providerId, 400, tr("not a callback %1 sends").arg(provider->displayName()));
    // A failure code the callback does not explain is explained from the provider's table.
    for (CallbackEvent &event : pending->events) {
        if (event.description.isEmpty() && !event.errorCode.isEmpty())
            event.description = provider->describeCode(event.errorCode);
    }
    pending->provider = provider;
    // A template's review decided: the definitions kept of it take its status.
    const QList<QJsonObject> accountEvents = provider->accountEvents(body);
    for (const QJsonObject &event : accountEvents) {
        if (const QJsonObject status = event.value(QStringLiteral("template_status")).toObject(); !status.isEmpty())
            pending->templateStatuses.append(status);
    }
    return std::nullopt;
}

void WebhookReceiver::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_history)
        return;
    if (m_history->inBatch()) {
        m_flushTimer.start(); // another part of the app is writing a batch: the next turn
        return;
    }
    QList<Pending> batch = std::exchange(m_pending, {});
    QString why;
    bool stored = m_history->beginBatch(&why);
    for (Pending &pending : batch) {
        if (!stored)
            break;
        stored = store(pending, &why);
    }
    // The inspector's retention, kept within the same commit now and then.
    if (stored && (m_keptSincePrune < 0 || m_keptSincePrune >= 500)) {
        stored = m_history->pruneWebhooks(m_retention, &why) >= 0;
        m_keptSincePrune = 0;
    }
    if (stored && !m_history->commitBatch(&why))
        stored = false;
    if (!stored) {
        // Nothing of the batch is stored: every callback of it is refused, so that its provider sends it
        // again. The requests themselves are kept if the history takes them now (it may not).
        m_history->rollbackBatch();
        for (Pending &pending : batch)
            answerNotStored(pending, why);
        if (m_history->beginBatch()) {
            bool kept = true;
            for (Pending &pending : batch)
                kept = kept && m_history->recordWebhook(pending.record) != 0;
            if (!kept || !m_history->commitBatch())
                m_history->rollbackBatch();
        }
        return;
    }
    m_keptSincePrune += int(batch.size());
    for (Pending &pending : batch)
        answerStored(pending);
    emit batchStored(int(batch.size()));
}

bool WebhookReceiver::store(Pending &pending, QString *why)
{
    const qint64 id = m_history->recordWebhook(pending.record, why);
    if (id == 0)
        return false;
    pending.record.id = id;
    if (!pending.responder)
        return true; // answered already: kept as it was
    const QString providerId = pending.record.provider;
    QJsonArray outcome;
    bool anyNew = false;
    bool anyUnmatched = false;
    for (const CallbackEvent &event : std::as_const(pending.events)) {
        if (event.kind == CallbackEvent::Kind::Inbound) {
            const HistoryStore::Stored result = m_history->recordInbound(providerId, event, why, id);
            if (result == HistoryStore::Stored::Failed)
                return false;
            anyNew = anyNew || result == HistoryStore::Stored::New;
            pending.results.append({result == HistoryStore::Stored::New ? HistoryStore::Applied::Recorded
                                                                        : HistoryStore::Applied::Duplicate,
                                    0});
            outcome.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("inbound")},
                                       {QStringLiteral("message_id"), event.messageId},
                                       {QStringLiteral("from"), event.from},
                                       {QStringLiteral("type"), event.inboundType},
                                       {QStringLiteral("result"), result == HistoryStore::Stored::New
                                                                      ? QStringLiteral("new")
                                                                      : QStringLiteral("duplicate")}});
            continue;
        }
        qint64 record = 0;
        const HistoryStore::Applied result = m_history->applyEvent(providerId, event, &record, why, id);
        if (result == HistoryStore::Applied::Failed)
            return false;
        pending.results.append({result, record});
        pending.applied += result == HistoryStore::Applied::Updated ? 1 : 0;
        anyNew = anyNew || result == HistoryStore::Applied::Updated || result == HistoryStore::Applied::Recorded;
        anyUnmatched = anyUnmatched || result == HistoryStore::Applied::Unmatched;
        static const QHash<HistoryStore::Applied, QString> words{
            {HistoryStore::Applied::Updated, QStringLiteral("updated")},
            {HistoryStore::Applied::Recorded, QStringLiteral("recorded")},
            {HistoryStore::Applied::Duplicate, QStringLiteral("duplicate")},
            {HistoryStore::Applied::Unmatched, QStringLiteral("unmatched")}};
        QJsonObject done{{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("message_id"), event.messageId},
                         {QStringLiteral("status"), Delivery::name(event.status)},
                         {QStringLiteral("result"), words.value(result)}};
        if (record != 0)
            done.insert(QStringLiteral("record"), record);
        outcome.append(done);
    }
    for (const QJsonObject &status : std::as_const(pending.templateStatuses)) {
        int changed = 0;
        if (!m_history->setTemplateStatus(status, &changed, why))
            return false;
        anyNew = anyNew || changed > 0;
        outcome.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("template")},
            {QStringLiteral("name"), status.value(QStringLiteral("name"))},
            {QStringLiteral("status"), status.value(QStringLiteral("status"))},
            {QStringLiteral("result"), changed > 0 ? QStringLiteral("updated") : QStringLiteral("unmatched")}});
    }
    pending.record.verdict = anyNew         ? WebhookVerdict::Applied
                             : anyUnmatched ? WebhookVerdict::Unmatched
                                            : WebhookVerdict::Duplicate;
    pending.record.status = 200;
    pending.record.outcome = outcome;
    return m_history->finishWebhook(id, pending.record.verdict, 200, {}, outcome, why);
}

void WebhookReceiver::answerStored(Pending &pending)
{
    if (!pending.responder)
        return;
    pending.responder->respond(HttpServerResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("received"), int(pending.events.size())},
                                       {QStringLiteral("applied"), pending.applied}})
                 .toJson(QJsonDocument::Compact)));
    // Passed on to the person's own handler, now that it is on record (when forwarding is on).
    m_forwarder->forward(pending.record);
    // Said once stored: whoever listens sees what the history holds.
    for (qsizetype i = 0; i < pending.events.size(); ++i) {
        const CallbackEvent &event = pending.events.at(i);
        const auto [result, record] = pending.results.value(i, {HistoryStore::Applied::Unmatched, 0});
        if (event.kind == CallbackEvent::Kind::Inbound) {
            if (result != HistoryStore::Applied::Duplicate)
                emit inboundReceived(pending.record.provider, event);
        } else {
            emit statusReceived(pending.record.provider, event, result, record);
        }
    }
}

void WebhookReceiver::answerNotStored(Pending &pending, const QString &why)
{
    if (!pending.responder)
        return;
    // Acknowledged only once stored: a 503 makes the provider send it again, and what was stored of it then
    // is a duplicate.
    pending.record.outcome = {};
    pending.record.status = 503;
    pending.responder->respond(reject(&pending, pending.record.provider, 503,
                                      tr("the history could not store this callback (%1); send it again").arg(why)));
}
