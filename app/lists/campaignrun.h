// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/draft.h"
#include "providers/account.h"
#include "recipientlist.h"
#include "transport/sender.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class HistoryStore;
class Provider;
class QNetworkAccessManager;

// A draft sent to every row of a list, as one campaign: each row on record as queued before it can leave
// and as sent, with its message, just before it does (HistoryStore::takeRow), so that running the same
// campaign again after a kill, a crash or a cancel sends only the rows that never left or were refused
// for rate. Several requests in flight, paced at the rate asked; a refusal for rate (HTTP 429, Meta's
// 130429 or 131056) halves the pace for a while and sends that row again after Retry-After (the provider
// did not take it); a timeout, a closed connection or a 5xx is unknown and never sent again by us.
class CampaignRun : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString campaign;
        QString list;
        Draft draft; // with its placeholders
        Account account;
        double rate = 0;   // messages a second; 0: as fast as the answers come
        int inFlight = 0;  // requests at once; 0: enough for the rate (4 to 64)
        QSet<qint64> skip; // rows not to send (those the check found errors in)
        qint64 total = 0;  // the list's rows, for progress (the check counts them)
        int timeoutMs = 30000;
    };
    struct Counts
    {
        qint64 accepted = 0;
        qint64 rejected = 0;
        qint64 unknown = 0;
        qint64 retried = 0;    // refusals for rate, each row sent again later
        qint64 sentBefore = 0; // rows an earlier run of the campaign sent (or another process is sending)
        qint64 skipped = 0;    // rows not sent because of their errors
        qint64 leftQueued = 0; // refused for rate time after time: queued, a run again sends them
        qint64 done() const { return accepted + rejected + unknown + sentBefore + skipped + leftQueued; }
        // What a run of `campaign` ended with, in words: the counts, then what to do about rows left queued
        // or unknown. The same sentence on a terminal and in the window.
        QString summary(const QString &campaign) const;
    };

    CampaignRun(QNetworkAccessManager *network, HistoryStore *history, QObject *parent = nullptr);
    ~CampaignRun() override;

    // False, and why, when it cannot start (the list unreadable, no such provider, the history closed).
    bool start(const Options &options, QString *why);
    void pause();
    void resume();
    // No more rows leave; those in flight end as they end; the rest stay queued for a later run.
    void cancel();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_running; }
    const Counts &counts() const { return m_counts; }
    // The pace now (messages a second), lowered after a refusal for rate; 0: unlimited.
    double pace() const { return m_pace; }
    int inFlight() const { return m_inFlight; }
    // How many requests may be in flight now, lowered after a refusal for rate when there is no pace.
    int inFlightLimit() const { return m_maxInFlight; }
    // A time left or waited, as a person reads it: "12 s", "4 min", "2 h 5 min".
    static QString duration(qint64 seconds);

signals:
    void rowFinished(qint64 row, const QString &recipient, const SendOutcome &outcome);
    // A row refused for rate: sent again after `afterMs`, or (-1) refused too often and left for a later run.
    void rowDeferred(qint64 row, const QString &recipient, qint64 afterMs, const QString &reason);
    void progress(qint64 done, qint64 total);
    // It ended: every row sent, or cancelled (`error` empty), or stopped by what `error` says.
    void finished(const QString &error);

private:
    struct Waiting
    {
        RecipientList::Row row;
        qint64 dueMs = 0;
        int attempts = 0;
    };
    struct Answer
    {
        Waiting waiting;
        qint64 id = 0; // its message record
        SendOutcome outcome;
    };
    // A row on record as sent, its request built, about to leave.
    struct Taken
    {
        Waiting waiting;
        QList<HttpRequest> requests;
        qint64 id = 0;
    };
    // Sends the rows whose turn it is (a timer, the start, a resume).
    void pump();
    bool topUp(QString *error);
    // The rows whose turn it is, by the pace and the requests in flight; false, and why, when the list
    // could not be read on.
    bool choose(QList<Waiting> *batch, QString *error);
    // Chooses rows and puts them on record as sent, in the history's open batch when there is one (the
    // answers' of flush(): one commit for both), else in one of its own; false when it stopped the run
    // and the open batch was rolled back.
    bool takeTurn(QList<Taken> *taken);
    // Hands rows on record to the network.
    void launch(const QList<Taken> &taken);
    // Records the answers that came in and takes the next rows, in one commit, then says what became of
    // each answer and sends the rows.
    void flush();
    // No more rows leave, because of `error` (the first one said stays); saying it has ended is left to
    // finishIfDone(), once what was answered has been said.
    void halt(const QString &error);
    void finishIfDone();
    void schedule(qint64 ms);

    QNetworkAccessManager *m_network;
    QList<QNetworkAccessManager *> m_extraNetworks; // more connections, for more requests in flight
    qint64 m_sent = 0;
    HistoryStore *m_history;
    const Provider *m_provider = nullptr;
    Options m_options;
    RecipientList m_list;
    QHash<qint64, int> m_onRecord; // HistoryStore::RowState of rows an earlier run put on record
    QList<Waiting> m_ahead;        // read, queued, waiting their turn
    QList<Waiting> m_retry;        // refused for rate, each with when it may go again
    bool m_fileDone = false;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    QString m_error;
    int m_inFlight = 0;
    int m_maxInFlight = 4;
    int m_fullInFlight = 4; // as many as asked, before any refusal
    double m_pace = 0;
    double m_tokens = 0;
    qint64 m_refilled = 0;
    qint64 m_lastRefusal = -1;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QTimer m_flush;
    QList<Answer> m_answers; // answered, not recorded yet
    Counts m_counts;
};
