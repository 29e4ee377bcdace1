// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/webhooklog.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <deque>

class HistoryStore;
class QNetworkAccessManager;
class QNetworkReply;

// Passes the callbacks the receiver accepted on to the person's own handler (`wabench receive
// --forward-to`, or the window's setting), byte for byte with their headers, once each, while the
// receiver records them: the handler's answer and time, or why there was none, are kept beside the
// request (HistoryStore::recordForward). A handler that is down, slow or failing never slows the
// receiver: nothing waits for it, at most MaxInFlight requests are open and MaxQueued wait; past that a
// callback is not forwarded, and that is recorded too.
class WebhookForwarder : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 6; // what Qt opens to one host at once: none waits inside Qt
    static constexpr int MaxQueued = 1000;
    static constexpr int DefaultTimeoutMs = 10000;

    explicit WebhookForwarder(HistoryStore *history, QObject *parent = nullptr);
    ~WebhookForwarder() override;

    // Where to forward (an http or https URL); empty turns forwarding off. False and why when it is not
    // a URL to post to.
    bool setTarget(const QString &url, QString *why = nullptr);
    QUrl target() const { return m_target; }
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

    // The kept request `record` (its id, and its headers as they arrived) passed on, when forwarding is on.
    void forward(const WebhookRecord &record);

signals:
    // What the handler made of kept request `request`: its status (0: no answer) and time, or why not.
    void forwarded(qint64 request, int status, qint64 elapsedMs, const QString &error);

private:
    struct Job
    {
        qint64 request = 0;
        QByteArray method;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Done
    {
        qint64 request = 0;
        int status = 0;
        qint64 elapsedMs = 0;
        QString error;
    };
    void startNext();
    void finished(QNetworkReply *reply, qint64 request, const QElapsedTimer &clock);
    void done(const Done &outcome);
    void record();

    QPointer<HistoryStore> m_history;
    QNetworkAccessManager *m_network;
    QUrl m_target;
    int m_timeoutMs = DefaultTimeoutMs;
    std::deque<Job> m_queue;
    int m_inFlight = 0;
    QList<Done> m_done; // recorded together, at the end of the turn
    QTimer m_recordTimer;
};
