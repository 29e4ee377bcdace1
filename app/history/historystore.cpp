// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "message/phonenumbers.h"

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

} // namespace

HistoryStore::HistoryStore()
    : m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
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
    // WAL for readers beside a writer; FULL so that a committed state change survives a power cut.
    if (!run(query, QStringLiteral("PRAGMA journal_mode=WAL"), error) ||
        !run(query, QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !run(query, QStringLiteral("PRAGMA foreign_keys=ON"), error))
        return false;
    return migrate(error);
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
        db.transaction();
        for (const QString &statement : migrations().at(step)) {
            if (!run(query, statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!run(query, QStringLiteral("PRAGMA user_version=%1").arg(step + 1), error) || !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

qint64 HistoryStore::insertSending(const HistoryRecord &record, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id,"
                       " state, error, correlation, request, response, elapsed_ms, rank)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', '', ?, ?, '', 0, 0)"));
    const QDateTime created = record.created.isValid() ? record.created : QDateTime::currentDateTimeUtc();
    for (const QVariant &value :
         {QVariant(created.toUTC().toString(Qt::ISODateWithMs)), QVariant(record.provider), QVariant(record.account),
          QVariant(record.sender), QVariant(record.recipient), QVariant(record.kind), QVariant(record.messageId),
          QVariant(record.correlation), QVariant(record.request)})
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool HistoryStore::recordOutcome(qint64 id, DeliveryStatus status, const QString &messageId, const QString &error,
                                 const QByteArray &response, qint64 elapsedMs)
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
    return query.exec() && query.numRowsAffected() == 1;
}

HistoryStore::Applied HistoryStore::applyEvent(const QString &provider, const CallbackEvent &event, qint64 *record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id, rank FROM messages WHERE provider = ? AND message_id = ? AND message_id <> ''"
                       " ORDER BY id DESC LIMIT 1"));
    query.addBindValue(provider);
    query.addBindValue(event.messageId);
    qint64 message = 0;
    int rank = 0;
    if (query.exec() && query.next()) {
        message = query.value(0).toLongLong();
        rank = query.value(1).toInt();
    } else if (!event.correlation.isEmpty()) {
        // No id to match (the answer never came, or it named none): the callback data and recipient do.
        QSqlQuery byData(db);
        byData.prepare(QStringLiteral("SELECT id, rank FROM messages WHERE provider = ? AND correlation = ?"
                                      " AND (REPLACE(recipient, '+', '') = ? OR ? = '') ORDER BY id DESC LIMIT 1"));
        byData.addBindValue(provider);
        byData.addBindValue(event.correlation);
        byData.addBindValue(PhoneNumbers::digits(event.recipient));
        byData.addBindValue(PhoneNumbers::digits(event.recipient));
        if (byData.exec() && byData.next()) {
            message = byData.value(0).toLongLong();
            rank = byData.value(1).toInt();
        }
    }
    if (record)
        *record = message;
    // A later state wins; an earlier one arriving late is recorded but changes nothing.
    const bool forward = message != 0 && Delivery::rank(event.status) > rank;

    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR IGNORE INTO events (message, provider, message_id, time, status, provider_status,"
                       " error_code, description, applied) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(message == 0 ? QVariant() : QVariant(message));
    insert.addBindValue(provider);
    insert.addBindValue(event.messageId);
    insert.addBindValue(event.time.toUTC().toString(Qt::ISODateWithMs));
    insert.addBindValue(Delivery::name(event.status));
    insert.addBindValue(event.providerStatus);
    insert.addBindValue(event.errorCode);
    insert.addBindValue(event.description);
    insert.addBindValue(forward ? 1 : 0);
    if (!insert.exec() || insert.numRowsAffected() == 0) {
        db.rollback();
        return Applied::Duplicate;
    }
    if (forward) {
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE messages SET state = ?, rank = ?, error = CASE WHEN ? <> '' THEN ? ELSE error END"
                           " WHERE id = ?"));
        // "131047: Re-engagement message", as the answer to a send says it.
        const QString error = event.errorCode.isEmpty() ? event.description
                              : event.description.isEmpty()
                                  ? event.errorCode
                                  : event.errorCode + QStringLiteral(": ") + event.description;
        update.addBindValue(Delivery::name(event.status));
        update.addBindValue(Delivery::rank(event.status));
        update.addBindValue(error);
        update.addBindValue(error);
        update.addBindValue(message);
        update.exec();
    }
    db.commit();
    if (message == 0)
        return Applied::Unmatched;
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
    if (!query.exec())
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
    if (!sql.exec() || !sql.next())
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
    if (!query.exec())
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
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE message IS NULL")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool HistoryStore::recordInbound(const QString &provider, const CallbackEvent &event)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO inbound (provider, message_id, customer, time, type, text, received)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime time = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    query.addBindValue(provider);
    query.addBindValue(event.messageId.isEmpty() ? QVariant() : QVariant(event.messageId));
    query.addBindValue(PhoneNumbers::digits(event.from));
    query.addBindValue(time.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(event.inboundType);
    query.addBindValue(event.inboundText);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return query.exec() && query.numRowsAffected() == 1;
}

QDateTime HistoryStore::lastInbound(const QString &customer) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT MAX(time) FROM inbound WHERE customer = ?"));
    query.addBindValue(PhoneNumbers::digits(customer));
    if (!query.exec() || !query.next() || query.value(0).isNull())
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
    if (!query.exec())
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
