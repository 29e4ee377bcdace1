// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystatement.h"

#include "historysql.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Null as Qt's drivers take it (QSqlResultPrivate::isVariantNull): a null string, byte array or time too.
bool isNull(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    default:
        return value.isNull();
    }
}

} // namespace

HistoryStatement::~HistoryStatement()
{
    sqlite3_finalize(m_native); // a no-op on nullptr
}

bool HistoryStatement::prepare(const QSqlDatabase &db, const QString &sql, QString *error)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
        const int status =
            sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_native, nullptr);
        if (status != SQLITE_OK || !m_native) {
            *error = sqliteError(m_db);
            sqlite3_finalize(m_native);
            m_native = nullptr;
            return false;
        }
        return true;
    }
    m_query.emplace(db);
    m_returnsId = sql.startsWith(QLatin1String("INSERT")) && sql.endsWith(QLatin1String(" RETURNING id"));
    if (m_query->prepare(sql))
        return true;
    *error = HistorySql::words(m_query->lastError());
    return false;
}

void HistoryStatement::bindValue(int index, const QVariant &value)
{
    if (m_query) {
        m_query->bindValue(index, value);
        return;
    }
    if (m_rowPending || m_onRow)
        finish(); // values are bound to a statement at rest
    const int at = index + 1;
    if (isNull(value)) {
        sqlite3_bind_null(m_native, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob64(m_native, at, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_native, at, value.toLongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_native, at, value.toDouble());
        break;
    case QMetaType::QDateTime: // as Qt's driver writes it
        bindValue(index, value.toDateTime().toString(Qt::ISODateWithMs));
        break;
    default: {
        const QString text = value.toString();
        sqlite3_bind_text16(m_native, at, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
        break;
    }
    }
}

bool HistoryStatement::exec(QString *error)
{
    if (m_query) {
        if (!m_query->exec()) {
            *error = HistorySql::words(m_query->lastError());
            return false;
        }
        if (m_returnsId) {
            m_lastInsertId = m_query->next() ? m_query->value(0).toLongLong() : 0;
            m_query->finish();
        }
        return true;
    }
    sqlite3_reset(m_native);
    m_onRow = false;
    const int status = sqlite3_step(m_native);
    m_rowPending = status == SQLITE_ROW;
    if (status != SQLITE_ROW && status != SQLITE_DONE) {
        *error = sqliteError(m_db);
        sqlite3_reset(m_native);
        return false;
    }
    m_changes = sqlite3_changes(m_db);
    m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    if (!m_rowPending)
        sqlite3_reset(m_native); // done: ready for the next values
    return true;
}

bool HistoryStatement::next()
{
    if (m_query)
        return m_query->next();
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
    } else if (m_onRow) {
        m_onRow = sqlite3_step(m_native) == SQLITE_ROW;
        if (!m_onRow)
            sqlite3_reset(m_native);
    }
    return m_onRow;
}

QVariant HistoryStatement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_onRow)
        return {};
    switch (sqlite3_column_type(m_native, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_native, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_native, column);
    case SQLITE_BLOB: {
        const void *bytes = sqlite3_column_blob(m_native, column);
        return QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_native, column));
    }
    case SQLITE_TEXT: {
        const void *text = sqlite3_column_text16(m_native, column);
        return QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_native, column) / 2);
    }
    default:
        return {};
    }
}

int HistoryStatement::numRowsAffected() const
{
    return m_query ? m_query->numRowsAffected() : m_changes;
}

qint64 HistoryStatement::lastInsertId() const
{
    return m_query && !m_returnsId ? m_query->lastInsertId().toLongLong() : m_lastInsertId;
}

void HistoryStatement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_native);
    m_rowPending = false;
    m_onRow = false;
}
