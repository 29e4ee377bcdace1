// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/databaselocation.h"
#include "history/historystore.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

// One request the receiver read, as the writer stores it.
struct WebhookJob
{
    WebhookRecord record;
    bool waiting = false; // its events wait to be stored before it is answered (else answered already)
    bool again = false;   // a replay: its events applied on purpose when they are stored already
    qint64 signedAt = 0;  // a replay: the time (Unix seconds) its signature is checked as at; 0: now
    QList<CallbackEvent> events;
    QList<QJsonObject> templateStatuses;
    // What each event did (filled in by the writer), for the signals said once it is committed.
    QList<std::pair<HistoryStore::Applied, qint64>> results;
    int applied = 0;
};

// The requests of one turn, stored together.
struct WebhookBatch
{
    QList<WebhookJob> jobs;
    bool stored = false;
    QString why; // why it was not
    // What the commit changed, for the window's store to say (it does not see another connection's writes).
    QList<qint64> changed;
    QList<qint64> webhooks;
    bool templates = false;
    int session = 0; // the writer's connection on a workspace (its backend): the window's feed leaves it out
};

// The webhook receiver's writer, in a thread of its own with a connection of its own to the history: it
// stores what the receiver hands it in one durable transaction at a time while the receiver goes on reading
// the next callbacks. What is handed on during one commit is the next commit, begun as soon as that one is
// done (group commit without a wait for the receiver's thread in between), and the disk's wait for one
// commit holds up no one's answer but that batch's.
class WebhookWriter : public QObject
{
    Q_OBJECT

public:
    struct Target
    {
        DatabaseLocation location; // the history's file or workspace
        QString password;          // the workspace's, when it has one (in memory only)
        int busyTimeoutMs = 0;
        WebhookRetention retention;
    };
    // Said in the writer's thread for each batch written, in the order the jobs were handed on.
    using Written = std::function<void(const std::shared_ptr<WebhookBatch> &batch)>;

    explicit WebhookWriter(Written written, QObject *parent = nullptr);
    ~WebhookWriter() override;

    // From any thread: `jobs` are stored after those handed on before them, in the next batch.
    void submit(QList<WebhookJob> jobs, const Target &target);
    // From any thread: no batch is begun after the one being written (what waits is not acknowledged).
    void stop();

private:
    // In the writer's thread: `batch` stored in the history at `target` (opened on first use), with the
    // inspector's retention kept now and then in the same commit; or, when it cannot be, nothing of it but
    // the requests themselves (with the verdict "not stored"), if the history takes them.
    void write(WebhookBatch &batch, const Target &target);
    // In the writer's thread: batch after batch while jobs wait.
    void drain();
    // `job` stored under the request id `id` (reserved for it).
    bool store(WebhookJob &job, qint64 id, QString *why);

    // At most this many requests in one transaction: a flood is written in several, each answered when done.
    static constexpr qsizetype MaxBatch = 512;

    Written m_written;
    QMutex m_inboxLock; // guards the three below, shared with the threads that submit
    QList<WebhookJob> m_inbox;
    Target m_target;
    bool m_draining = false; // drain() is queued or running
    std::atomic<bool> m_stopped{false};

    std::unique_ptr<HistoryStore> m_history;
    QString m_where;                   // where m_history is open, as shown
    int m_keptSincePrune = -1;         // requests kept since the last prune; -1: none yet
    qint64 m_bytesSinceSizePrune = -1; // about how many bytes of requests kept since; -1: never looked
    WebhookBatch *m_batch = nullptr;   // the one being written, whose changes the store's signals note
};
