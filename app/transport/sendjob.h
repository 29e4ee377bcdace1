// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"
#include "sender.h"

#include <QList>
#include <QObject>

class HistoryStore;
struct Draft;

// One press of Send: every request of the draft, each recipient recorded in the history as "sending"
// before its request leaves and updated with what came back. Nothing the provider may have accepted
// goes unrecorded, whenever the app is stopped.
class SendJob : public QObject
{
    Q_OBJECT

public:
    SendJob(QNetworkAccessManager *network, HistoryStore *history, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_sender.setTimeout(milliseconds); }
    // False (and the reason) when the draft cannot be sent: unknown provider, nothing to send, no history.
    bool start(const Draft &draft, const Account &account, QString *error = nullptr);
    void cancel() { m_sender.cancel(); }
    const QList<HttpRequest> &requests() const { return m_requests; }
    // History row ids, per request, in recipient order (empty for requests not sent yet).
    const QList<QList<qint64>> &rows() const { return m_rows; }

signals:
    void progress(int done, int total);
    void requestFinished(int index, const SendOutcome &outcome);
    void finished();

private:
    void record(int index, const SendOutcome &outcome);

    Sender m_sender;
    HistoryStore *m_history;
    QList<HttpRequest> m_requests;
    QList<QList<qint64>> m_rows;
};

// What came back for one request written to the history's records of its messages (`ids`, in the
// request's order): each message's state, id and error in words, with the answer. The outcome returned
// has the records, and says what could not be stored.
SendOutcome recordOutcome(HistoryStore *history, const QList<qint64> &ids, const SendOutcome &answer);
