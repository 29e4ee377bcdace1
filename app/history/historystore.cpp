// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "message/phonenumbers.h"
#include "processowner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace {

// This file's messages, in the catalogue's "HistoryStore" context (lupdate reads the macro).
struct HistoryStoreText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// The schema at each version, as statements; migrations run in order from the file's version to the newest.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // version 1
        {QStringLiteral("CREATE TABLE messages ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " created TEXT NOT NULL, provider TEXT NOT NULL, account TEXT, sender TEXT, recipient TEXT,"
                        " kind TEXT, message_id TEXT, state TEXT NOT NULL, error TEXT, correlation TEXT,"
                        " request BLOB, response BLOB, elapsed_ms INTEGER, rank INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX messages_message_id ON messages(message_id)"),
         QStringLiteral("CREATE INDEX messages_created ON messages(created)"),
         QStringLiteral("CREATE TABLE events ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT, message INTEGER REFERENCES messages(id),"
                        " provider TEXT NOT NULL, message_id TEXT, time TEXT, status TEXT, provider_status TEXT,"
                        " error_code TEXT, description TEXT, applied INTEGER NOT NULL DEFAULT 0,"
                        " UNIQUE(provider, message_id, provider_status, time))"),
         QStringLiteral("CREATE INDEX events_message ON events(message)")},
        // version 2: an index for every column the table sorts by.
        {QStringLiteral("CREATE INDEX messages_recipient ON messages(recipient, id)"),
         QStringLiteral("CREATE INDEX messages_kind ON messages(kind, id)"),
         QStringLiteral("CREATE INDEX messages_provider ON messages(provider, created, id)"),
         QStringLiteral("CREATE INDEX messages_rank ON messages(rank, id)"),
         QStringLiteral("CREATE INDEX messages_state ON messages(state, created, id)"),
         QStringLiteral("CREATE INDEX messages_error ON messages(error, id)"),
         QStringLiteral("CREATE INDEX messages_message_id_order ON messages(message_id, id)")},
        // version 3: the table lists in sending order (id), so the provider and state indexes end in id; and
        // search is a trigram full-text index, kept by triggers, so that finding nothing in a million rows
        // does not read them all.
        {QStringLiteral("DROP INDEX messages_provider"), QStringLiteral("DROP INDEX messages_state"),
         QStringLiteral("CREATE INDEX messages_provider ON messages(provider, id)"),
         QStringLiteral("CREATE INDEX messages_state ON messages(state, id)"),
         QStringLiteral("CREATE VIRTUAL TABLE messages_search USING fts5(recipient, message_id, error, kind,"
                        " content='messages', content_rowid='id', tokenize='trigram')"),
         QStringLiteral("INSERT INTO messages_search(messages_search) VALUES ('rebuild')"),
         QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN"
                        " INSERT INTO messages_search(rowid, recipient, message_id, error, kind)"
                        " VALUES (new.id, new.recipient, new.message_id, new.error, new.kind); END"),
         QStringLiteral("CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
                        " INSERT INTO messages_search(messages_search, rowid, recipient, message_id, error, kind)"
                        " VALUES ('delete', old.id, old.recipient, old.message_id, old.error, old.kind); END"),
         QStringLiteral("CREATE TRIGGER messages_search_update AFTER UPDATE OF recipient, message_id, error, kind"
                        " ON messages BEGIN"
                        " INSERT INTO messages_search(messages_search, rowid, recipient, message_id, error, kind)"
                        " VALUES ('delete', old.id, old.recipient, old.message_id, old.error, old.kind);"
                        " INSERT INTO messages_search(rowid, recipient, message_id, error, kind)"
                        " VALUES (new.id, new.recipient, new.message_id, new.error, new.kind); END")},
        // version 4: messages customers send, so the app knows each one's 24-hour window.
        {QStringLiteral("CREATE TABLE inbound (id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL,"
                        " message_id TEXT, customer TEXT NOT NULL, time TEXT NOT NULL, type TEXT, text TEXT,"
                        " received TEXT NOT NULL, UNIQUE(provider, message_id))"),
         QStringLiteral("CREATE INDEX inbound_customer ON inbound(customer, time)"),
         QStringLiteral("CREATE INDEX messages_correlation ON messages(correlation, id)")},
        // version 5: which process sends each row, so that rows a killed process left "sending" can be told
        // from rows another running process is sending.
        {QStringLiteral("ALTER TABLE messages ADD COLUMN owner_host TEXT"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN owner_pid INTEGER"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN owner_started TEXT")},
    };
    return steps;
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// A write transaction that takes the write lock at its start (waiting up to the busy timeout for another
// process), so that what it reads is what it writes over; rolled back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_query(db) {}
    ~WriteTransaction()
    {
        // A rollback that fails leaves nothing to undo: SQLite has ended the transaction itself.
        if (m_open)
            m_query.exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error)
    {
        m_open = run(m_query, QStringLiteral("BEGIN IMMEDIATE"), error);
        return m_open;
    }
    bool commit(QString *error)
    {
        if (!run(m_query, QStringLiteral("COMMIT"), error))
            return false; // the destructor rolls back what is left
        m_open = false;
        return true;
    }

private:
    QSqlQuery m_query;
    bool m_open = false;
};

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Created empty and private first, so the history is never readable by others, not even briefly.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = file.errorString();
            return false;
        }
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // The wait for another process first, so that even switching to WAL waits for it; WAL for readers
    // beside a writer; FULL so that a committed state change survives a power cut.
    if (!run(query, QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeoutMs), error) ||
        !run(query, QStringLiteral("PRAGMA journal_mode=WAL"), error) ||
        !run(query, QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !run(query, QStringLiteral("PRAGMA foreign_keys=ON"), error) || !migrate(error)) {
        db.close();
        return false;
    }
    // Not being able to mark them now (another process holds the history) loses nothing: the next open does.
    if (QString why; markOrphanedSends(&why) < 0)
        qWarning("history: sends of stopped processes not marked yet: %s", qPrintable(why));
    return true;
}

bool HistoryStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        if (error)
            *error =
                HistoryStoreText::tr("The history was written by a newer Wabench (schema %1; this one reads up to %2)")
                    .arg(version)
                    .arg(SchemaVersion);
        return false;
    }
    for (int step = version; step < SchemaVersion; ++step) {
        WriteTransaction transaction(db);
        if (!transaction.begin(error))
            return false;
        // Another process may have migrated it while this one waited.
        if (!run(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
            return false;
        if (query.value(0).toInt() > step)
            continue;
        for (const QString &statement : migrations().at(step)) {
            if (!run(query, statement, error))
                return false;
        }
        if (!run(query, QStringLiteral("PRAGMA user_version=%1").arg(step + 1), error) || !transaction.commit(error))
            return false;
    }
    return true;
}

qint64 HistoryStore::insertSending(const HistoryRecord &record, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id,"
                       " state, error, correlation, request, response, elapsed_ms, rank, owner_host, owner_pid,"
                       " owner_started) VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', '', ?, ?, '', 0, 0, ?, ?, ?)"));
    const QDateTime created = record.created.isValid() ? record.created : QDateTime::currentDateTimeUtc();
    const ProcessOwner &owner = ProcessOwner::current();
    for (const QVariant &value :
         {QVariant(stamp(created)), QVariant(record.provider), QVariant(record.account), QVariant(record.sender),
          QVariant(record.recipient), QVariant(record.kind), QVariant(record.messageId), QVariant(record.correlation),
          QVariant(record.request), QVariant(owner.host), QVariant(owner.pid), QVariant(owner.started)})
        query.addBindValue(value);
    QString why;
    if (!exec(query, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    emit recordAdded(id);
    return id;
}

bool HistoryStore::recordOutcome(qint64 id, DeliveryStatus status, const QString &messageId, const QString &error,
                                 const QByteArray &response, qint64 elapsedMs, QString *why)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("UPDATE messages SET state = ?, message_id = ?, error = ?, response = ?, elapsed_ms = ?,"
                       " rank = ? WHERE id = ?"));
    query.addBindValue(Delivery::name(status));
    query.addBindValue(messageId);
    query.addBindValue(error);
    query.addBindValue(response);
    query.addBindValue(elapsedMs);
    query.addBindValue(Delivery::rank(status));
    query.addBindValue(id);
    QString failure;
    if (exec(query, &failure)) {
        if (query.numRowsAffected() == 1) {
            emit recordChanged(id);
            return true;
        }
        failure = HistoryStoreText::tr("there is no record %1").arg(id);
    }
    m_lastError = failure;
    if (why)
        *why = failure;
    return false;
}

int HistoryStore::markOrphanedSends(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral(
                 "SELECT DISTINCT owner_host, owner_pid, owner_started FROM messages WHERE state = 'sending'"),
             error))
        return -1;
    QList<ProcessOwner> gone;
    while (query.next()) {
        const ProcessOwner owner{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()};
        // Rows without an owner were left by a Wabench from before owners were kept: nothing sends them now.
        if (query.value(0).isNull() || owner.isGone())
            gone.append(owner);
    }
    query.finish();
    if (gone.isEmpty())
        return 0;
    WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return -1;
    int marked = 0;
    for (const ProcessOwner &owner : std::as_const(gone)) {
        QSqlQuery update(db);
        const bool known = !owner.host.isEmpty();
        update.prepare(
            QStringLiteral("UPDATE messages SET state = 'unknown', rank = ?, error = ? WHERE state = 'sending'"
                           " AND ") +
            (known ? QStringLiteral("owner_host = ? AND owner_pid = ? AND owner_started IS ?")
                   : QStringLiteral("owner_host IS NULL")));
        update.addBindValue(Delivery::rank(DeliveryStatus::Unknown));
        update.addBindValue(
            known ? HistoryStoreText::tr("cut off: the sending process (%1 on %2) stopped before the provider's answer "
                                         "was recorded; the provider may have received it")
                        .arg(owner.pid)
                        .arg(owner.host)
                  : HistoryStoreText::tr("cut off: the sending process stopped before the provider's answer was "
                                         "recorded; the provider may have received it"));
        if (known) {
            update.addBindValue(owner.host);
            update.addBindValue(owner.pid);
            update.addBindValue(owner.started.isEmpty() ? QVariant() : QVariant(owner.started));
        }
        if (!exec(update, error))
            return -1;
        marked += update.numRowsAffected();
    }
    if (!transaction.commit(error))
        return -1;
    if (marked > 0)
        emit recordsChanged();
    return marked;
}

HistoryStore::Applied HistoryStore::applyEvent(const QString &provider, const CallbackEvent &event, qint64 *record,
                                               QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString why;
    const auto failed = [&] {
        m_lastError = why;
        if (error)
            *error = why;
        return Applied::Failed;
    };
    // The match and the writes in one transaction: a state another process writes meanwhile is seen.
    WriteTransaction transaction(db);
    if (!transaction.begin(&why))
        return failed();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, rank FROM messages WHERE provider = ? AND message_id = ? AND message_id <> ''"
                       " ORDER BY id DESC LIMIT 1"));
    query.addBindValue(provider);
    query.addBindValue(event.messageId);
    if (!exec(query, &why))
        return failed();
    qint64 message = 0;
    int rank = 0;
    if (query.next()) {
        message = query.value(0).toLongLong();
        rank = query.value(1).toInt();
    } else if (!event.correlation.isEmpty()) {
        // No id to match (the answer never came, or it named none): the callback data and recipient do.
        query.prepare(QStringLiteral("SELECT id, rank FROM messages WHERE provider = ? AND correlation = ?"
                                     " AND (REPLACE(recipient, '+', '') = ? OR ? = '') ORDER BY id DESC LIMIT 1"));
        query.addBindValue(provider);
        query.addBindValue(event.correlation);
        query.addBindValue(PhoneNumbers::digits(event.recipient));
        query.addBindValue(PhoneNumbers::digits(event.recipient));
        if (!exec(query, &why))
            return failed();
        if (query.next()) {
            message = query.value(0).toLongLong();
            rank = query.value(1).toInt();
        }
    }
    query.finish();
    if (record)
        *record = message;
    // A later state wins; an earlier one arriving late is recorded but changes nothing.
    const bool forward = message != 0 && Delivery::rank(event.status) > rank;

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO events (message, provider, message_id, time, status, provider_status,"
                       " error_code, description, applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(message == 0 ? QVariant() : QVariant(message));
    insert.addBindValue(provider);
    insert.addBindValue(event.messageId);
    insert.addBindValue(stamp(event.time));
    insert.addBindValue(Delivery::name(event.status));
    insert.addBindValue(event.providerStatus);
    insert.addBindValue(event.errorCode);
    insert.addBindValue(event.description);
    insert.addBindValue(forward ? 1 : 0);
    if (!exec(insert, &why))
        return failed();
    if (insert.numRowsAffected() == 0)
        return Applied::Duplicate; // the same event is stored already; the transaction ends with nothing written
    if (forward) {
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE messages SET state = ?, rank = ?, error = CASE WHEN ? <> '' THEN ? ELSE error END"
                           " WHERE id = ?"));
        // "131047: Re-engagement message", as the answer to a send says it.
        const QString words = event.errorCode.isEmpty() ? event.description
                              : event.description.isEmpty()
                                  ? event.errorCode
                                  : event.errorCode + QStringLiteral(": ") + event.description;
        update.addBindValue(Delivery::name(event.status));
        update.addBindValue(Delivery::rank(event.status));
        update.addBindValue(words);
        update.addBindValue(words);
        update.addBindValue(message);
        if (!exec(update, &why))
            return failed();
    }
    if (!transaction.commit(&why))
        return failed();
    if (message == 0)
        return Applied::Unmatched;
    emit recordChanged(message); // its state, or its events
    return forward ? Applied::Updated : Applied::Recorded;
}

QList<HistoryRecord> HistoryStore::select(const QString &where, const QVariantList &values, int limit, int offset,
                                          const QString &order, Bodies bodies) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    // Lists leave the bodies out: a page of a table never shows them, and they are most of the bytes.
    const QString bodyColumns =
        bodies == Bodies::Included ? QStringLiteral("request, response") : QStringLiteral("NULL, NULL");
    query.prepare(QStringLiteral("SELECT id, created, provider, account, sender, recipient, kind, message_id, state,"
                                 " error, correlation, %1, elapsed_ms FROM messages ")
                      .arg(bodyColumns) +
                  QStringLiteral("%1 ORDER BY %2 LIMIT ? OFFSET ?").arg(where, order));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<HistoryRecord> out;
    if (!exec(query, &m_lastError))
        return out;
    while (query.next()) {
        HistoryRecord r;
        r.id = query.value(0).toLongLong();
        r.created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        r.provider = query.value(2).toString();
        r.account = query.value(3).toString();
        r.sender = query.value(4).toString();
        r.recipient = query.value(5).toString();
        r.kind = query.value(6).toString();
        r.messageId = query.value(7).toString();
        r.state = query.value(8).toString();
        r.error = query.value(9).toString();
        r.correlation = query.value(10).toString();
        r.request = query.value(11).toByteArray();
        r.response = query.value(12).toByteArray();
        r.elapsedMs = query.value(13).toLongLong();
        out.append(r);
    }
    return out;
}

std::optional<HistoryRecord> HistoryStore::record(qint64 id) const
{
    const QList<HistoryRecord> found =
        select(QStringLiteral("WHERE id = ?"), {id}, 1, 0, QStringLiteral("id"), Bodies::Included);
    return found.isEmpty() ? std::nullopt : std::optional<HistoryRecord>(found.first());
}

QList<HistoryRecord> HistoryStore::records(int limit, int offset) const
{
    return select(QString(), {}, limit, offset, QStringLiteral("id DESC"), Bodies::Included);
}

namespace {

// The WHERE clause of a query, with its values bound in order.
QString whereOf(const HistoryQuery &query, QVariantList *values)
{
    QStringList conditions;
    const QString search = query.search.trimmed();
    if (search.size() >= 3) {
        // The trigram index finds any substring of three characters or more; the text is one quoted phrase.
        conditions << QStringLiteral("id IN (SELECT rowid FROM messages_search WHERE messages_search MATCH ?)");
        *values << QVariant(u'"' + QString(search).replace(u'"', QStringLiteral("\"\"")) + u'"');
    } else if (!search.isEmpty()) {
        conditions << QStringLiteral("(recipient LIKE ? OR message_id LIKE ? OR error LIKE ? OR kind LIKE ?)");
        const QString like = u'%' + search + u'%';
        *values << like << like << like << like;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (const QString &state : query.states) {
            marks << QStringLiteral("?");
            *values << state;
        }
        conditions << QStringLiteral("state IN (") + marks.join(u',') + u')';
    }
    if (!query.provider.isEmpty()) {
        conditions << QStringLiteral("provider = ?");
        *values << query.provider;
    }
    if (query.from.isValid()) {
        conditions << QStringLiteral("created >= ?");
        *values << query.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("created < ?");
        *values << query.to.toUTC().toString(Qt::ISODateWithMs);
    }
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE %1").arg(conditions.join(QStringLiteral(" AND ")));
}

QString orderOf(const HistoryQuery &query)
{
    // Column names come from this list only, never from the caller.
    // Time is sending order: the id, which every index ends in.
    static const QStringList columns = {QString(),
                                        QStringLiteral("recipient"),
                                        QStringLiteral("kind"),
                                        QStringLiteral("provider"),
                                        QStringLiteral("rank"),
                                        QStringLiteral("message_id"),
                                        QStringLiteral("error")};
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString column = columns.at(int(query.sort));
    return column.isEmpty() ? QStringLiteral("id") + direction : QStringLiteral("%1%2, id%2").arg(column, direction);
}

} // namespace

QList<HistoryRecord> HistoryStore::records(const HistoryQuery &query, int limit, int offset, Bodies bodies) const
{
    QVariantList values;
    const QString where = whereOf(query, &values);
    return select(where, values, limit, offset, orderOf(query), bodies);
}

int HistoryStore::count(const HistoryQuery &query) const
{
    QVariantList values;
    QSqlQuery sql(QSqlDatabase::database(m_connection));
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM messages ") + whereOf(query, &values));
    for (const QVariant &value : std::as_const(values))
        sql.addBindValue(value);
    if (!exec(sql, &m_lastError) || !sql.next())
        return 0;
    return sql.value(0).toInt();
}

QList<HistoryEvent> HistoryStore::events(qint64 recordId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT time, status, provider_status, error_code, description, applied FROM events"
                                 " WHERE message = ? ORDER BY time, id"));
    query.addBindValue(recordId);
    QList<HistoryEvent> out;
    if (!exec(query, &m_lastError))
        return out;
    while (query.next()) {
        out.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), query.value(1).toString(),
                    query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                    query.value(5).toBool()});
    }
    return out;
}

int HistoryStore::unmatchedEventCount() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM events WHERE message IS NULL"), &m_lastError) || !query.next())
        return 0;
    return query.value(0).toInt();
}

HistoryStore::Stored HistoryStore::recordInbound(const QString &provider, const CallbackEvent &event, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO inbound (provider, message_id, customer, time, type, text, received)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime time = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    query.addBindValue(provider);
    query.addBindValue(event.messageId.isEmpty() ? QVariant() : QVariant(event.messageId));
    query.addBindValue(PhoneNumbers::digits(event.from));
    query.addBindValue(stamp(time));
    query.addBindValue(event.inboundType);
    query.addBindValue(event.inboundText);
    query.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    if (QString why; !exec(query, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return Stored::Failed;
    }
    return query.numRowsAffected() == 1 ? Stored::New : Stored::Duplicate;
}

QDateTime HistoryStore::lastInbound(const QString &customer) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT MAX(time) FROM inbound WHERE customer = ?"));
    query.addBindValue(PhoneNumbers::digits(customer));
    if (!exec(query, &m_lastError) || !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

QList<HistoryStore::UnmatchedEvent> HistoryStore::unmatchedEvents(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT provider, message_id, time, status, provider_status, error_code, description"
                                 " FROM events WHERE message IS NULL ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<UnmatchedEvent> out;
    if (!exec(query, &m_lastError))
        return out;
    while (query.next()) {
        UnmatchedEvent event;
        event.provider = query.value(0).toString();
        event.messageId = query.value(1).toString();
        event.event = {QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                       query.value(3).toString(),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       query.value(6).toString(),
                       false};
        out.append(event);
    }
    return out;
}
