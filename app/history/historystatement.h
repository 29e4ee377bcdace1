// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A statement the history prepares once and runs again and again (each message sent, each callback
// stored): on SQLite straight on the connection's own handle (QSqlDriver::handle()), else as a QSqlQuery.
// Qt 6.4's QSqlResult names every bound value with a string of its own (":0", ":1", ...) made and hashed on
// each bind; for the receiver's writer that was a third of what storing a callback cost. Values are bound
// and read as Qt's SQLite driver binds and reads them (QByteArray a blob, a string text, integers and
// doubles as such, anything else as its string), so that either way the same rows are written.
class HistoryStatement
{
public:
    HistoryStatement() = default;
    ~HistoryStatement();
    HistoryStatement(const HistoryStatement &) = delete;
    HistoryStatement &operator=(const HistoryStatement &) = delete;

    // False, and why, when `sql` does not prepare on `db`.
    bool prepare(const QSqlDatabase &db, const QString &sql, QString *error);
    void bindValue(int index, const QVariant &value);
    // Runs it with the values bound (which stay bound); false, and why, when it fails.
    bool exec(QString *error);
    // The next row of what it selected.
    bool next();
    QVariant value(int column) const;
    int numRowsAffected() const;
    qint64 lastInsertId() const;
    // Done with its rows before they ran out (a read it holds is let go).
    void finish();

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_native = nullptr;
    bool m_rowPending = false; // exec() stepped onto the first row, next() has not taken it
    bool m_onRow = false;
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
    std::optional<QSqlQuery> m_query; // the driver is not SQLite
    bool m_returnsId = false;         // ... and the statement is an INSERT that returns its row's id
};
