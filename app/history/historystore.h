// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyrecords.h"
#include "historyworkspace.h"
#include "providers/events.h"
#include "webhooklog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <memory>
#include <optional>
#include <unordered_map>

class DatabaseLocation;
class HistoryFeed;
class HistoryStatement;

class QSqlQuery;

// Every send, its answer and its status events, in SQLite (WAL, durable commits, file mode 0600, a schema
// version with migrations), or in a team's workspace on PostgreSQL (the same migrations in its words). A send is
// inserted as "sending" before the request leaves, so a kill at any moment loses no record of anything a provider may
// have accepted.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    static QString defaultPath();
    static constexpr int SchemaVersion = 15;
    // How long a write waits for another process's transaction (the window and `wabench receive` share a
    // history) before it fails as busy.
    static constexpr int DefaultBusyTimeoutMs = 5000;

    // The name sends are recorded under (HistoryRecord::sentBy when a record leaves it empty): the one given
    // in Preferences; empty, the OS account's.
    void setSentBy(const QString &name) { m_sentBy = name; }
    QString sentBy() const;
    // Before open(): tests shorten the wait.
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }
    int busyTimeout() const { return m_busyTimeoutMs; }
    // Opens (creating and migrating) the history, then marks the sends of processes that are gone.
    bool open(const QString &path, QString *error);
    // The same wherever the location names: a SQLite file as above, or a team's workspace on PostgreSQL,
    // reached with `password` (from the keychain or the service's credentials) unless the URL holds one;
    // false and why (the location shown masked) when it cannot be reached or its schema is newer.
    // On PostgreSQL the schema is made and migrated, and everything below works as on SQLite (the tests of
    // the history run on both).
    bool open(const DatabaseLocation &location, QString *error, const QString &password = {});
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };
    Backend backend() const { return postgres() ? Backend::PostgreSQL : Backend::SQLite; }
    // Where it was opened, and the password it was opened with (in memory only), for another connection
    // of this process to the same history (the webhook receiver's writer).
    const DatabaseLocation &location() const;
    QString connectionPassword() const { return m_password; }
    bool postgres() const;
    bool isOpen() const;
    // The file it was opened on (empty when it is not open).
    QString path() const;
    // On a workspace: hears what other desktops and receivers commit, within a second and without polling
    // (LISTEN/NOTIFY on a connection of its own), and says it with the signals below as if this store had
    // written it; a lost connection is made again, this store's own with it, and what was missed caught up.
    // False and why when it cannot listen; on SQLite there is nothing to hear (true).
    bool listen(QString *error = nullptr);
    bool listening() const;
    // The workspace's connection closed and opened again (after the server was lost); opened() follows.
    bool reconnect(QString *error = nullptr);
    // On a workspace, this connection's backend (0 on SQLite); another connection of this process whose
    // commits this store says itself (the receiver's writer), which listen()'s feed then leaves out.
    int sessionId() const { return m_sessionId; }
    void addOwnSession(int session);
    // Says what another connection in this process committed (the webhook receiver's writer), as if this
    // store had written it: views follow one store.
    void announce(const QList<qint64> &changed, const QList<qint64> &webhooks, bool templates);
    // What views read before is to be read again (another connection rewrote much of the history).
    void reloadViews() { emit opened(); }
    // The reason the last write or read failed (empty when it did not).
    QString lastError() const { return m_lastError; }

    // Writes between beginBatch() and commitBatch() are one durable transaction, one commit for many
    // (a campaign's rows taken together, its answers recorded together); the signals for them come once it
    // is committed. A failed commit, or rollbackBatch(), undoes them all; after a write fails inside a batch
    // the batch must be rolled back. Batches do not nest.
    bool beginBatch(QString *error = nullptr);
    bool commitBatch(QString *error = nullptr);
    void rollbackBatch();
    bool inBatch() const { return m_batch; }

    // The record of a send about to leave, owned by this process; returns its id, or 0 and the reason.
    qint64 insertSending(const HistoryRecord &record, QString *error = nullptr);
    // What the provider answered (or why there is no answer); false and the reason when it was not stored.
    bool recordOutcome(qint64 id, DeliveryStatus status, const QString &messageId, const QString &error,
                       const QByteArray &response, qint64 elapsedMs, QString *why = nullptr,
                       const ResponseHead &head = {});
    // Rows left "sending" by a process that is gone (killed, crashed) become "unknown", with the reason:
    // the provider may have received them. Rows of running processes, here or on other hosts, stay.
    // Returns how many were marked, or -1 (and the reason) when the history could not be written.
    int markOrphanedSends(QString *error = nullptr);
    // A status event from a callback: matched by message id (or correlation), kept even when it matches
    // nothing ("unmatched"), ignored when it is a duplicate, and never moving a state backwards. Failed:
    // it was not stored (busy, full, read-only, I/O error), and the caller must not acknowledge it.
    enum class Applied
    {
        Updated,
        Recorded,
        Duplicate,
        Unmatched,
        Failed
    };
    // `record`, when given, is the matched record's id (0 when none); `request`, the kept webhook request
    // (recordWebhook) the event came in, if any. `again`: a replay, applied on purpose when it is stored
    // already (the event it repeats takes the message it now matches; the state rules hold).
    Applied applyEvent(const QString &provider, const CallbackEvent &event, qint64 *record = nullptr,
                       QString *error = nullptr, qint64 request = 0, bool again = false);
    enum class Stored
    {
        New,
        Duplicate,
        Failed
    };
    // A message a customer sent (an inbound callback); a duplicate is not stored twice. One without an id
    // of its own (Exotel's classic ICM carries none) is known by its customer, time and content instead
    // ("wabench-" and a hash), so that the provider's retry of it is a duplicate too.
    Stored recordInbound(const QString &provider, const CallbackEvent &event, QString *error = nullptr,
                         qint64 request = 0);
    // The conversation with `customer` (by number or business-scoped user id, and by the other where a
    // webhook linked them): its last `limit` messages, both ways, oldest first.
    QList<ConversationMessage> conversation(const QString &customer, int limit = 500) const;
    // Everything the history holds about one customer (by number or business-scoped user id, and the other
    // where a webhook linked them): the messages sent to them with their status events, the messages they
    // sent, the raw webhook requests that carried either or name them, and their links. Their campaign rows
    // stay, without their number, so that a campaign run again does not send to them. One transaction;
    // what was removed, or nothing and why.
    struct Erased
    {
        int messages = 0;
        int events = 0;
        int inbound = 0;
        int webhooks = 0;
    };
    std::optional<Erased> eraseCustomer(const QString &customer, QString *error = nullptr);
    // The customers whose number or id contains `search` (all for ""), the latest contact first.
    QList<ConversationCustomer> customers(const QString &search, int limit = 200) const;
    // When `customer` last wrote to us (any provider), or an invalid time: their 24-hour window opens then.
    QDateTime lastInbound(const QString &customer) const;
    // Customers' messages that carry media, newest first.
    QList<ReceivedMedia> receivedMedia(int limit = 500) const;
    struct UnmatchedEvent
    {
        QString provider;
        QString messageId;
        HistoryEvent event;
    };
    // Status events that matched no message, newest first.
    QList<UnmatchedEvent> unmatchedEvents(int limit = 200) const;

    // Campaigns. A row goes on record as queued (queueRows), then, in one transaction, as sent with its
    // message record "sending" just before its request leaves (takeRow): a row is taken once, whatever
    // other process works on the same campaign. A refusal for rate queues it again (requeueRow). A row
    // whose process died while it was in flight is left sent, its message unknown: it is never re-sent.
    enum class RowState
    {
        Queued,
        RateLimited,
        Sent
    };
    // Creates the campaign, or leaves the one of that name as it is (true either way).
    bool saveCampaign(const Campaign &campaign, QString *error = nullptr);
    std::optional<Campaign> campaign(const QString &name, QString *error = nullptr) const;
    // The state of each of its rows on record, by row number (rows not on record are absent); nothing,
    // with the reason, when the history could not be read.
    std::optional<QHash<qint64, RowState>> campaignRows(const QString &name, QString *error = nullptr) const;
    // Rows (number, recipient) on record as queued, in one transaction (the open batch's, in one); rows
    // already on record stay as they are.
    bool queueRows(const QString &campaign, const QList<QPair<qint64, QString>> &rows, QString *error = nullptr);
    // Row `record.campaignRow` of `record.campaign` taken to be sent: its message record "sending" and the
    // row sent, together. Returns the message's id, or 0 and why: then the request must not leave.
    // `elsewhere` says whether that is because the row is not waiting any more (another send took it).
    qint64 takeRow(const HistoryRecord &record, QString *error = nullptr, bool *elsewhere = nullptr);
    // A row refused for rate: queued again, for a later attempt (its message keeps the refusal).
    bool requeueRow(const QString &campaign, qint64 row, QString *error = nullptr);
    std::optional<CampaignReport> campaignReport(const QString &name, QString *error = nullptr) const;
    // Its rows whose latest message was rejected or failed, by row number, each with the error on record.
    std::optional<QHash<qint64, QString>> campaignFailedRows(const QString &name, QString *error = nullptr) const;
    // Every campaign's name, the newest first.
    QStringList campaignNames(QString *error = nullptr) const;

    // Template definitions kept with the history: the local library's (account "") and each account's, one
    // per account, name and language. Saving writes all of `definitions` or none (one without a name or a
    // language refuses the whole batch, with which one in `error`); a definition saved again replaces itself.
    struct StoredTemplate
    {
        QString account;
        QJsonObject definition;
        QDateTime updated;
    };
    // `replace`: the account's kept definitions are `definitions`, those not among them removed (a pull).
    bool saveTemplates(const QString &account, const QList<QJsonObject> &definitions, QString *error = nullptr,
                       bool replace = false);
    bool removeTemplate(const QString &account, const QString &name, const QString &language, QString *error = nullptr);
    // A provider's word on a template's review (Meta's message_template_status_update: {"id", "name",
    // "language", "status", "reason"}): every account's definition of it (by id where both have one, else by
    // name and language) takes the status and the reason, in one transaction; `changed` says how many.
    bool setTemplateStatus(const QJsonObject &update, int *changed = nullptr, QString *error = nullptr);
    // Every account's and the local library's, by account, name and language; empty, with lastError() set,
    // when the history could not be read.
    QList<StoredTemplate> templates() const;

    // The requests the webhook receiver got (webhooklog.h), kept for the inspector. recordWebhook() keeps
    // one (credentials in its headers and target masked) under `record.id` when it is given (else the next
    // id) and returns its id, or 0 and why; recordForward() what the person's own handler answered when it
    // was passed on.
    qint64 recordWebhook(const WebhookRecord &record, QString *error = nullptr);
    // `count` ids for requests about to be recorded, inside a batch, or none and why: its events name
    // their request before the request is written (with what they did) in one statement. New ids, never
    // those of requests since pruned, nor another receiver's of a shared workspace.
    QList<qint64> reserveWebhookIds(int count, QString *error = nullptr);
    bool recordForward(qint64 id, const QString &url, int status, qint64 elapsedMs, const QString &failure,
                       QString *error = nullptr);
    std::optional<WebhookRecord> webhook(qint64 id) const;
    enum class Bodies
    {
        Included,
        Left
    };
    // A page of the kept requests `query` selects, newest first.
    QList<WebhookRecord> webhooks(const WebhookQuery &query, int limit, int offset = 0,
                                  Bodies bodies = Bodies::Included) const;
    // Removes the requests past `retention` (older, beyond the count, and with `bySize` beyond the size,
    // which reads every kept request's length); how many, or -1 and why.
    int pruneWebhooks(const WebhookRetention &retention, QString *error = nullptr, bool bySize = true);

    // A team's workspace (historyworkspace.h). The accounts it shares, by name; saving one replaces the
    // one of its id. Its own settings by key (an empty value removes one). Both work on SQLite as well.
    QList<SharedAccount> sharedAccounts(QString *error = nullptr) const;
    bool saveSharedAccount(const SharedAccount &account, QString *error = nullptr);
    bool removeSharedAccount(const QString &id, QString *error = nullptr);
    QString workspaceSetting(const QString &key) const;
    bool setWorkspaceSetting(const QString &key, const QString &value, QString *error = nullptr);
    // This history's own id, kept in it since it was made (another history it is copied into knows it by it).
    QString identity() const;
    // Copies every row of `source` (another history, open) into this one: messages with their status
    // events, customers' messages, kept webhook requests, templates, campaigns; each in this history's
    // ids, what refers to it following. Copying the same history again copies only what is new in it;
    // a template or campaign of a name this one has already stays this one's. In transactions of a few
    // thousand rows: stopped midway, it goes on from there the next time.
    std::optional<HistoryImport> importHistory(const HistoryStore &source, QString *error = nullptr);
    // Removes the messages (with their events) and customers' messages past `retention`; how many
    // messages, or -1 and why.
    int pruneMessages(const HistoryRetention &retention, QString *error = nullptr);
    // On a workspace: the log of changes windows listen to keeps its latest KeptChanges rows (pruneMessages
    // does it too); how many were removed, or -1 and why. Nothing to do on SQLite (0).
    int trimChanges(QString *error = nullptr);
    static constexpr int KeptChanges = 100000;

    std::optional<HistoryRecord> record(qint64 id) const;
    // The records of these ids (those there are), without their bodies, in the order of their ids.
    QList<HistoryRecord> recordsWithIds(const QList<qint64> &ids) const;
    QList<HistoryRecord> records(int limit = 200, int offset = 0) const;
    // A page of the records `query` selects; lists usually leave the request and response bodies out.
    QList<HistoryRecord> records(const HistoryQuery &query, int limit, int offset, Bodies bodies = Bodies::Left) const;
    int count(const HistoryQuery &query) const;
    QList<HistoryEvent> events(qint64 recordId) const;
    int unmatchedEventCount() const;

signals:
    // What this store wrote, once it is committed: views follow the history from here, not from whoever
    // asked for the write. (Another process's writes are not seen.)
    void recordAdded(qint64 id);
    void recordChanged(qint64 id);
    // Many records changed at once (sends of stopped processes marked unknown).
    void recordsChanged();
    // Template definitions were saved or removed.
    void templatesChanged();
    // A webhook request was kept, or what became of it was (its forward).
    void webhookRecorded(qint64 id);
    // The history was opened (or its workspace reconnected): what views read before is to be read again.
    void opened();
    // A customer wrote (heard from a workspace: another desktop's or the always-on receiver's).
    void inboundRecorded();
    // The workspace's shared accounts or settings changed (here, or on another desktop of the workspace).
    void workspaceChanged();
    // The workspace's connection was lost (why), or is back.
    void connectionChanged(bool connected, const QString &why);

private:
    // A workspace connection's own settings, and its backend told to the feed: when it opens, and again.
    bool setUpSession(QString *error);
    bool migrate(QString *error);
    bool migratePostgres(QString *error);
    // Records that the customer known by the number `customer` has the business-scoped user id `userId`,
    // within the caller's transaction; nothing when either is missing or `customer` is an id itself.
    bool link(const QString &customer, const QString &userId, QString *error);
    // The INSERT of a message record "sending", owned by this process, as `query` (prepared and bound).
    void bindSending(HistoryStatement &query, const HistoryRecord &record) const;
    // `sql` prepared once on this store's connection and kept while it is open, for the statements each
    // message sent runs (SQLite parsing them again was a tenth of a list's sending time); nullptr, and
    // why, when it does not prepare.
    HistoryStatement *statement(const QString &sql, QString *error);
    QList<HistoryRecord> select(const QString &where, const QVariantList &values, int limit, int offset,
                                const QString &order, Bodies bodies) const;

    QString m_connection;
    std::unique_ptr<DatabaseLocation> m_location; // where it is open (set before a workspace's migration)
    QString m_password;
    std::unordered_map<QString, std::unique_ptr<HistoryStatement>> m_statements;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    QString m_sentBy;
    HistoryFeed *m_feed = nullptr; // a child: listening on a workspace
    int m_sessionId = 0;
    QSet<int> m_ownSessions; // other connections of this process whose commits this store says
    mutable QString m_lastError;
    bool m_batch = false;
    QList<qint64> m_batchAdded;    // recordAdded to emit once the batch is committed
    QList<qint64> m_batchChanged;  // recordChanged likewise
    QList<qint64> m_batchWebhooks; // webhookRecorded likewise
    bool m_batchTemplates = false; // templatesChanged likewise
};
