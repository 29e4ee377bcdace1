// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookforwarder.h"

#include "callbackpost.h"

#include "history/historystore.h"
#include "net/sendonce.h"
#include "net/urls.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

WebhookForwarder::WebhookForwarder(HistoryStore *history, QObject *parent)
    : QObject(parent), m_history(history), m_network(new QNetworkAccessManager(this))
{
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setInterval(0);
    connect(&m_recordTimer, &QTimer::timeout, this, &WebhookForwarder::record);
}

WebhookForwarder::~WebhookForwarder()
{
    // What is still on its way is said as such (the handler may yet get it); what waits is not sent.
    for (const Job &job : m_queue)
        m_done.append({job.request, 0, 0, tr("not forwarded: Wabench stopped first")});
    m_queue.clear();
    record();
}

bool WebhookForwarder::setTarget(const QString &url, QString *why)
{
    if (url.trimmed().isEmpty()) {
        m_target.clear();
        return true;
    }
    QUrl target;
    if (!Urls::postTarget(url, &target, why))
        return false;
    m_target = target;
    return true;
}

void WebhookForwarder::forward(const WebhookRecord &record)
{
    if (m_target.isEmpty() || record.id == 0)
        return;
    if (int(m_queue.size()) >= MaxQueued) {
        done({record.id, 0, 0,
              tr("not forwarded: %1 callbacks were already waiting for %2").arg(MaxQueued).arg(Urls::shown(m_target))});
        return;
    }
    m_queue.push_back({record.id, record.method, record.headers, record.body});
    startNext();
}

void WebhookForwarder::startNext()
{
    while (m_inFlight < MaxInFlight && !m_queue.empty()) {
        const Job job = std::move(m_queue.front());
        m_queue.pop_front();
        QNetworkRequest request(m_target);
        for (const auto &[name, value] : job.headers) {
            if (!CallbackPost::hopByHop(name)) // Qt writes the connection's own
                request.setRawHeader(name, value);
        }
        request.setTransferTimeout(m_timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QElapsedTimer clock;
        clock.start();
        ++m_inFlight;
        QNetworkReply *reply = SendOnce::send(m_network, request, job.method, job.body);
        const qint64 id = job.request;
        connect(reply, &QNetworkReply::finished, this, [this, reply, id, clock] { finished(reply, id, clock); });
    }
}

void WebhookForwarder::finished(QNetworkReply *reply, qint64 request, const QElapsedTimer &clock)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (SendOnce::resent(reply))
        error = tr("the connection closed after the callback was sent; it was not sent again");
    else if (status == 0)
        error = reply->error() == QNetworkReply::OperationCanceledError
                    ? tr("no answer within %1 s").arg(m_timeoutMs / 1000.0)
                    : reply->errorString();
    done({request, SendOnce::resent(reply) ? 0 : status, clock.elapsed(), error});
    startNext();
}

void WebhookForwarder::done(const Done &outcome)
{
    emit forwarded(outcome.request, outcome.status, outcome.elapsedMs, outcome.error);
    m_done.append(outcome);
    if (!m_recordTimer.isActive())
        m_recordTimer.start();
}

void WebhookForwarder::record()
{
    if (m_done.isEmpty() || !m_history)
        return;
    if (m_history->inBatch()) {
        m_recordTimer.start(); // another part of the app is writing a batch: the next turn
        return;
    }
    const QList<Done> outcomes = std::exchange(m_done, {});
    const QString target = Urls::shown(m_target);
    // Together, in one commit; a history that cannot take them loses only this note beside the requests.
    if (!m_history->beginBatch())
        return;
    for (const Done &outcome : outcomes) {
        if (!m_history->recordForward(outcome.request, target, outcome.status, outcome.elapsedMs, outcome.error)) {
            m_history->rollbackBatch();
            return;
        }
    }
    if (!m_history->commitBatch())
        m_history->rollbackBatch();
}
