// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the history's source files share: checked statements, a write transaction, timestamps. Private to
// app/history.

#include "historystatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace HistorySql {

// The history's messages, in the catalogue's "HistoryStore" context (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// What went wrong, in the database's words where it has them ("file is not a database"), else the driver's:
// QSqlError::text() says both, one after the other ("file is not a database Unable to execute statement").
inline QString words(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    return database.isEmpty() ? error.driverText() : database;
}

inline bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = words(query.lastError());
    return false;
}

inline bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = words(query.lastError());
    return false;
}

// `sql` prepared, its own error when it cannot be: the exec of a statement that failed to prepare would say
// only that its values do not match ("Parameter count mismatch").
inline bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = words(query.lastError());
    return false;
}

// `sql` prepared, `values` bound in order, then run.
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!prepare(query, sql, error))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query, error);
}

inline bool exec(HistoryStatement &statement, QString *error)
{
    QString why;
    if (statement.exec(&why))
        return true;
    if (error)
        *error = why;
    return false;
}

// Where SQLite's and PostgreSQL's SQL differ, said once for every statement that needs it (`postgres`:
// the history is a PostgreSQL workspace).
inline bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}
// The transaction that writes: SQLite takes the write lock at once (no deadlock between two readers that
// both go on to write); PostgreSQL locks rows as it writes them.
inline QString beginWrite(bool postgres)
{
    return postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}
// An INSERT whose new row's id is wanted: PostgreSQL says it only when asked (HistoryStatement reads it).
inline QString returningId(bool postgres, const QString &insert)
{
    return postgres ? insert + QStringLiteral(" RETURNING id") : insert;
}
// An INSERT that does nothing where the row is there already (by any unique key).
inline QString insertIgnoring(bool postgres, const QString &insert)
{
    if (postgres)
        return insert + QStringLiteral(" ON CONFLICT DO NOTHING");
    QString sqlite = insert;
    return sqlite.replace(0, 6, QStringLiteral("INSERT OR IGNORE"));
}
// The larger of two values (SQLite's MAX takes several arguments; PostgreSQL's is an aggregate).
inline QString greatest(bool postgres)
{
    return postgres ? QStringLiteral("GREATEST") : QStringLiteral("MAX");
}
// A column compared without its index: SQLite's unary + (which makes it pick the better index); PostgreSQL
// plans by statistics and has no + for text.
inline QString unindexed(bool postgres, const QString &column)
{
    return postgres ? column : QLatin1Char('+') + column;
}
// "a IS b" with NULLs equal: PostgreSQL's IS takes NULL, TRUE or FALSE alone.
inline QString nullSafeEquals(bool postgres)
{
    return postgres ? QStringLiteral("IS NOT DISTINCT FROM") : QStringLiteral("IS");
}
// Whether `column` holds the bound text anywhere in it (SQLite's instr, PostgreSQL's strpos).
inline QString holds(bool postgres, const QString &column)
{
    return (postgres ? QStringLiteral("strpos(%1, ?) > 0") : QStringLiteral("instr(%1, ?) > 0")).arg(column);
}
// Whether the bytes `column` holds the bound bytes anywhere in them (PostgreSQL's bytea has no strpos).
inline QString holdsBytes(bool postgres, const QString &column)
{
    return (postgres ? QStringLiteral("position(? in %1) > 0") : QStringLiteral("instr(%1, ?) > 0")).arg(column);
}
// The value bound for LIMIT: no limit is -1 to SQLite, NULL to PostgreSQL.
inline QVariant limitValue(bool postgres, int limit)
{
    return limit < 0 && postgres ? QVariant() : QVariant(limit);
}

// A write transaction that takes the write lock at its start (waiting up to the busy timeout for another
// process), so that what it reads is what it writes over; rolled back unless committed.
// Inside a batch (HistoryStore::beginBatch) it does nothing: its writes are the batch's, made durable with
// it, and a failed write fails the whole batch (the caller rolls it back).
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db, bool inBatch = false) : m_db(db), m_inBatch(inBatch) {}
    ~WriteTransaction()
    {
        // A rollback that fails leaves nothing to undo: SQLite has ended the transaction itself.
        if (m_open)
            m_query->exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QString *error)
    {
        if (m_inBatch)
            return true; // nothing to run: no query made (each of a batch's writes would make one)
        m_query.emplace(m_db);
        m_open = run(*m_query, beginWrite(isPostgres(m_db)), error);
        return m_open;
    }
    bool commit(QString *error)
    {
        if (m_inBatch)
            return true;
        if (!run(*m_query, QStringLiteral("COMMIT"), error))
            return false; // the destructor rolls back what is left
        m_open = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_query;
    bool m_inBatch;
    bool m_open = false;
};

// The INSERT of a message record "sending", owned by this process (HistoryStore::bindSending binds it).
inline const QString &sendingInsert()
{
    static const QString sql =
        QStringLiteral("INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id,"
                       " state, error, correlation, request, response, elapsed_ms, rank, owner_host, owner_pid,"
                       " owner_started, campaign, campaign_row, sent_by)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, 'sending', '', ?, ?, '', 0, 0, ?, ?, ?, ?, ?, ?)");
    return sql;
}

inline QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// A column of a unique key, stored as '' when absent: a NULL would count as different from every other
// NULL, and the same thing sent again would be stored again.
inline QString keyPart(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace HistorySql
