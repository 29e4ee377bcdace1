// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookreceiver.h"

#include "message/jsondocument.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "webhookforwarder.h"
#include "webhookwriter.h"

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
    // Answered here, in the receiver's thread (this outlives the writer's: it waits for it).
    m_writer = new WebhookWriter([this](const std::shared_ptr<WebhookBatch> &batch) {
        QMetaObject::invokeMethod(
            this, [this, batch] { written(*batch); }, Qt::QueuedConnection);
    });
    m_writer->moveToThread(&m_writerThread);
    connect(&m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    m_writerThread.setObjectName(QStringLiteral("webhook writer"));
    m_writerThread.start();
}

WebhookReceiver::~WebhookReceiver()
{
    // The batch being written is finished (its callbacks, never answered, come again from their
    // providers and are then duplicates); what waits for the next one is not acknowledged.
    m_writer->stop();
    m_writerThread.quit();
    m_writerThread.wait();
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

HttpServerResponse WebhookReceiver::reject(WebhookJob *job, const QString &provider, int status, const QString &reason)
{
    job->record.provider = provider;
    job->record.verdict = status == 503 ? WebhookVerdict::NotStored : WebhookVerdict::Refused;
    job->record.reason = reason;
    emit rejected(provider, status, reason);
    return HttpServerResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), reason}}).toJson(QJsonDocument::Compact));
}

HttpServerResponse WebhookReceiver::answerGet(const Provider *provider, const HttpServerRequest &request,
                                              WebhookJob *job)
{
    job->record.verdict = WebhookVerdict::Check;
    // A provider's subscription check (Meta's hub.challenge), at its path or at /webhooks.
    for (const Provider *candidate : provider ? QList<const Provider *>{provider} : Providers::all()) {
        if (const std::optional<HttpServerResponse> answer =
                candidate->answerCallbackCheck(request, m_keys.verifyTokens.value(candidate->id()))) {
            job->record.provider = candidate->id();
            if (answer->status >= 400) {
                job->record.verdict = WebhookVerdict::Refused;
                job->record.reason = QString::fromUtf8(answer->body).trimmed();
                emit rejected(candidate->id(), answer->status, QString::fromUtf8(answer->body));
            }
            return *answer;
        }
    }
    return HttpServerResponse::text(200, "Wabench webhook receiver: POST callbacks to /webhooks/<provider>\n");
}

bool WebhookReceiver::signatureOk(const Provider *provider, const HttpServerRequest &request, const WebhookJob &job,
                                  QString *why)
{
    const QByteArray sandbox = m_keys.sandbox.value(provider->id());
    const bool sandboxOnly = m_keys.sandboxOnly && !provider->offline() && !sandbox.isEmpty();
    const QByteArray own = sandboxOnly ? sandbox : m_keys.own.value(provider->id());
    if (own.isEmpty())
        return true;
    // A replay is checked as at the time it first came.
    const qint64 now = job.signedAt != 0 ? job.signedAt : m_clock();
    QByteArray replay;
    QString other; // the person's key's failure is the one reported
    const auto verifies = [&](const QByteArray &key) {
        return !key.isEmpty() && provider->verifyCallback(request, key, now, &other, &replay);
    };
    if (!provider->verifyCallback(request, own, now, why, &replay) && !verifies(sandbox) &&
        !verifies(m_keys.test.value(provider->id()))) {
        if (sandboxOnly)
            *why = tr("this desktop is on a team workspace, whose own receiver takes %1's callbacks; this one takes "
                      "its Sandbox's alone")
                       .arg(provider->displayName());
        return false;
    }
    if (replay.isEmpty() || job.again)
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
    take(request, Pending(), responder);
}

void WebhookReceiver::replay(const WebhookRecord &original)
{
    HttpServerRequest request;
    request.method = original.method;
    request.target = original.target;
    request.url = QUrl::fromEncoded(original.target);
    request.headers = original.headers;
    request.body = original.body;
    request.peer = QHostAddress(original.peer);
    Pending pending;
    pending.job.again = true;
    pending.job.signedAt = original.time.toSecsSinceEpoch();
    pending.job.record.replayOf = original.id;
    take(request, std::move(pending), std::nullopt); // nobody waits: replayed() says what it did
}

void WebhookReceiver::take(const HttpServerRequest &request, Pending pending,
                           const std::optional<HttpResponder> &responder)
{
    WebhookRecord &record = pending.job.record;
    record.time = QDateTime::currentDateTimeUtc();
    record.peer = request.peer.toString();
    record.method = request.method;
    record.target = request.target;
    record.headers = request.headers;
    record.body = request.body;
    if (const std::optional<HttpServerResponse> answer = read(request, &pending.job)) {
        record.status = answer->status;
        if (responder)
            responder->respond(*answer);
    } else {
        pending.job.waiting = true;
        pending.responder = responder; // once stored
    }
    if (!m_history) {
        // Nothing to store it in (a receiver for a test of reading alone): answered as read.
        if (pending.responder)
            answerStored(pending.job, *pending.responder);
        return;
    }
    m_pending.append(std::move(pending));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

std::optional<HttpServerResponse> WebhookReceiver::read(const HttpServerRequest &request, WebhookJob *job)
{
    // Exactly /webhooks or /webhooks/<provider>; "/" answers what this is to GET alone.
    const std::optional<QList<QString>> segments = request.pathSegments();
    const bool isGet = request.method == "GET" || request.method == "HEAD";
    if (segments && segments->isEmpty() && isGet)
        return answerGet(nullptr, request, job);
    if (!segments || segments->isEmpty() || segments->size() > 2 || segments->constFirst() != u"webhooks")
        return reject(job, QString(), 404, tr("nothing here; callbacks go to /webhooks/<provider>"));
    QString providerId = segments->value(1);
    const Provider *provider = providerId.isEmpty() ? nullptr : Providers::find(providerId);
    if (!providerId.isEmpty() && !provider)
        return reject(job, providerId.left(64), 404, tr("no provider \"%1\"").arg(providerId.left(64)));
    if (isGet)
        return answerGet(provider, request, job);
    if (request.method != "POST")
        return reject(job, providerId, 405, tr("callbacks are POSTed"));

    const JsonParseResult parsed = JsonDocument::parse(request.body);
    if (!parsed.ok() || !parsed.document.isObject())
        return reject(job, providerId, 400,
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
            return reject(job, QString(), 400, tr("not a callback of any provider Wabench knows"));
        providerId = provider->id();
    }
    job->record.provider = providerId;
    if (QString why; !signatureOk(provider, request, *job, &why))
        return reject(job, providerId, 401, why);
    // Exotel's newer webhooks check the URL first with a challenge to echo.
    if (body.value(QStringLiteral("type")).toString() == u"verification" &&
        body.contains(QStringLiteral("challenge"))) {
        job->record.verdict = WebhookVerdict::Check;
        return HttpServerResponse::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("challenge"), body.value(QStringLiteral("challenge"))}})
                     .toJson(QJsonDocument::Compact));
    }
    job->events = provider->parseCallback(body);
    if (job->events.isEmpty() && !provider->takesCallback(body))
        return reject(job, providerId, 400, tr("not a callback %1 sends").arg(provider->displayName()));
    // A failure code the callback does not explain is explained from the provider's table.
    for (CallbackEvent &event : job->events) {
        if (event.description.isEmpty() && !event.errorCode.isEmpty())
            event.description = provider->describeCode(event.errorCode);
    }
    // A template's review decided: the definitions kept of it take its status.
    const QList<QJsonObject> accountEvents = provider->accountEvents(body);
    for (const QJsonObject &event : accountEvents) {
        if (const QJsonObject status = event.value(QStringLiteral("template_status")).toObject(); !status.isEmpty())
            job->templateStatuses.append(status);
    }
    return std::nullopt;
}

void WebhookReceiver::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_history)
        return;
    if (!m_history->isOpen()) {
        // A workspace not reached (yet, or at all): nothing can be acknowledged; the provider sends it again.
        const QList<Pending> pending = std::exchange(m_pending, {});
        for (Pending each : pending) {
            if (each.responder)
                answerNotStored(each.job, *each.responder, tr("the history is not open"));
        }
        return;
    }
    QList<WebhookJob> jobs;
    jobs.reserve(m_pending.size());
    for (Pending &pending : m_pending) {
        m_answering.append(pending.responder);
        jobs.append(std::move(pending.job));
    }
    m_pending.clear();
    m_writer->submit(std::move(jobs),
                     {m_history->location(), m_history->connectionPassword(), m_history->busyTimeout(), m_retention});
}

void WebhookReceiver::written(WebhookBatch &batch)
{
    // The writer keeps the order the jobs were handed on in: the first of those waiting are this batch's.
    const QList<std::optional<HttpResponder>> responders = m_answering.first(batch.jobs.size());
    m_answering.remove(0, batch.jobs.size());
    // The window's store says what the writer's connection changed.
    if (m_history) {
        if (batch.session != 0)
            m_history->addOwnSession(batch.session); // said here, not heard again from the workspace
        m_history->announce(batch.changed, batch.webhooks, batch.templates);
    }
    for (qsizetype i = 0; i < batch.jobs.size(); ++i) {
        WebhookJob &job = batch.jobs[i];
        if (job.record.replayOf != 0) { // nobody waits for an answer: what it did is said
            if (!batch.stored) {
                job.record.verdict = WebhookVerdict::NotStored;
                job.record.reason = tr("the history could not store the replay (%1)").arg(batch.why);
            } else if (job.waiting) {
                announce(job);
            }
            emit replayed(job.record.replayOf, job.record);
            continue;
        }
        const std::optional<HttpResponder> &responder = responders.at(i);
        if (!responder)
            continue;
        if (batch.stored)
            answerStored(job, *responder);
        else
            answerNotStored(job, *responder, batch.why);
    }
    if (batch.stored)
        emit batchStored(int(batch.jobs.size()));
}

void WebhookReceiver::answerStored(const WebhookJob &job, const HttpResponder &responder)
{
    responder.respond(
        HttpServerResponse::json(200, QJsonDocument(QJsonObject{{QStringLiteral("received"), int(job.events.size())},
                                                                {QStringLiteral("applied"), job.applied}})
                                          .toJson(QJsonDocument::Compact)));
    // Passed on to the person's own handler, now that it is on record (when forwarding is on).
    m_forwarder->forward(job.record);
    announce(job);
}

void WebhookReceiver::announce(const WebhookJob &job)
{
    // Said once stored: whoever listens sees what the history holds.
    for (qsizetype i = 0; i < job.events.size(); ++i) {
        const CallbackEvent &event = job.events.at(i);
        const auto [result, record] = job.results.value(i, {HistoryStore::Applied::Unmatched, 0});
        if (event.kind == CallbackEvent::Kind::Inbound) {
            if (result != HistoryStore::Applied::Duplicate)
                emit inboundReceived(job.record.provider, event);
        } else {
            emit statusReceived(job.record.provider, event, result, record);
        }
    }
}

void WebhookReceiver::answerNotStored(WebhookJob &job, const HttpResponder &responder, const QString &why)
{
    // Acknowledged only once stored: a 503 makes the provider send it again, and what was stored of it then
    // is a duplicate.
    responder.respond(reject(&job, job.record.provider, 503,
                             tr("the history could not store this callback (%1); send it again").arg(why)));
}
