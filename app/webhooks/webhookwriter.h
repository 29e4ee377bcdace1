// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QObject>
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
};

// The webhook receiver's writer, in a thread of its own with a connection of its own to the history: it
// stores each batch in one durable transaction while the receiver goes on reading the next callbacks, so
// that what arrives during one commit is the next commit (group commit), and the disk's wait for one
// commit holds up no one's answer but that batch's.
class WebhookWriter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~WebhookWriter() override;

    // In the writer's thread: `batch` stored in the history at `path` (opened on first use), with the
    // inspector's retention kept now and then in the same commit; or, when it cannot be, nothing of it but
    // the requests themselves (with the verdict "not stored"), if the history takes them.
    void write(WebhookBatch &batch, const QString &path, int busyTimeoutMs, const WebhookRetention &retention);

private:
    bool store(WebhookJob &job, QString *why);

    std::unique_ptr<HistoryStore> m_history;
    QString m_path;
    int m_keptSincePrune = -1;       // requests kept since the last prune; -1: none yet
    WebhookBatch *m_batch = nullptr; // the one being written, whose changes the store's signals note
};
