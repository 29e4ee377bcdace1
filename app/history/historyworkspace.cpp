// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

#include <QJsonDocument>
#include <QJsonObject>

// What a team shares in its workspace (accounts, settings), the history's identity, and its retention.

using namespace HistorySql;

QList<SharedAccount> HistoryStore::sharedAccounts(QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QList<SharedAccount> out;
    if (!run(query,
             QStringLiteral("SELECT id, provider, name, default_sender, settings, updated, updated_by"
                            " FROM workspace_accounts ORDER BY lower(name), id"),
             error))
        return out;
    while (query.next()) {
        SharedAccount account;
        account.id = query.value(0).toString();
        account.provider = query.value(1).toString();
        account.name = query.value(2).toString();
        account.defaultSender = query.value(3).toString();
        const QJsonObject settings = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
            account.settings.insert(it.key(), it.value().toString());
        account.updated = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        account.updatedBy = query.value(6).toString();
        out.append(account);
    }
    return out;
}

bool HistoryStore::saveSharedAccount(const SharedAccount &account, QString *error)
{
    QJsonObject settings;
    for (auto it = account.settings.constBegin(); it != account.settings.constEnd(); ++it)
        settings.insert(it.key(), it.value());
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction transaction(db, m_batch);
    QSqlQuery query(db);
    QString why;
    const bool saved =
        transaction.begin(&why) &&
        run(query, QStringLiteral("DELETE FROM workspace_accounts WHERE id = ?"), {account.id}, &why) &&
        run(query,
            QStringLiteral("INSERT INTO workspace_accounts (id, provider, name, default_sender, settings, updated,"
                           " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {account.id, account.provider, account.name, account.defaultSender,
             QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
             stamp(QDateTime::currentDateTimeUtc()), sentBy()},
            &why) &&
        transaction.commit(&why);
    if (!saved) {
        m_lastError = why;
        if (error)
            *error = m_lastError;
        return false;
    }
    emit workspaceChanged();
    return true;
}

bool HistoryStore::removeSharedAccount(const QString &id, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QString why;
    if (!run(query, QStringLiteral("DELETE FROM workspace_accounts WHERE id = ?"), {id}, &why)) {
        m_lastError = why;
        if (error)
            *error = m_lastError;
        return false;
    }
    emit workspaceChanged();
    return true;
}

QString HistoryStore::workspaceSetting(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!run(query, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), {key}, &m_lastError))
        return {}; // as unset: the workspace's default
    return query.next() ? query.value(0).toString() : QString();
}

bool HistoryStore::setWorkspaceSetting(const QString &key, const QString &value, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction transaction(db, m_batch);
    QSqlQuery query(db);
    QString why;
    bool saved = transaction.begin(&why) &&
                 run(query, QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"), {key}, &why);
    if (saved && !value.isEmpty())
        saved =
            run(query, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"), {key, value}, &why);
    if (!saved || !transaction.commit(&why)) {
        m_lastError = why;
        if (error)
            *error = m_lastError;
        return false;
    }
    emit workspaceChanged();
    return true;
}

QString HistoryStore::identity() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(QStringLiteral("SELECT id FROM history_identity")) && query.next() ? query.value(0).toString()
                                                                                         : QString();
}

int HistoryStore::pruneMessages(const HistoryRetention &retention, QString *error)
{
    if (retention.keepsAll())
        return 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteTransaction transaction(db, m_batch);
    QSqlQuery query(db);
    QString why;
    const auto failed = [&] {
        m_lastError = why.isEmpty() ? words(query.lastError()) : why;
        if (error)
            *error = m_lastError;
        return -1;
    };
    const auto step = [&](const QString &sql, const QVariantList &values) {
        if (values.isEmpty()) // PostgreSQL does not prepare DDL
            return run(query, sql, &why) ? query.numRowsAffected() : -1;
        return run(query, sql, values, &why) ? query.numRowsAffected() : -1;
    };
    if (!transaction.begin(&why))
        return failed();
    // The messages past the limits, a temporary table's worth: their events, campaign rows' links, then them.
    const QString sending = Delivery::name(DeliveryStatus::Sending);
    QStringList past;
    QVariantList values;
    if (retention.days > 0) {
        past << QStringLiteral("created < ?");
        values << stamp(QDateTime::currentDateTimeUtc().addDays(-retention.days));
    }
    if (retention.count > 0) {
        past << QStringLiteral("id < (SELECT min(id) FROM (SELECT id FROM messages ORDER BY id DESC LIMIT ?) newest)");
        values << retention.count;
    }
    values << sending;
    if (step(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS pruned_messages (id BIGINT PRIMARY KEY)"), {}) < 0 ||
        step(QStringLiteral("DELETE FROM pruned_messages"), {}) < 0 ||
        step(QStringLiteral("INSERT INTO pruned_messages (id) SELECT id FROM messages WHERE (%1) AND state <> ?")
                 .arg(past.join(QStringLiteral(" OR "))),
             values) < 0)
        return failed();
    const QString pruned = QStringLiteral("SELECT id FROM pruned_messages");
    int removed = 0;
    if (step(QStringLiteral("DELETE FROM events WHERE message IN (%1)").arg(pruned), {}) < 0 ||
        step(QStringLiteral("UPDATE campaign_rows SET message = NULL WHERE message IN (%1)").arg(pruned), {}) < 0 ||
        (removed = step(QStringLiteral("DELETE FROM messages WHERE id IN (%1)").arg(pruned), {})) < 0 ||
        step(QStringLiteral("DELETE FROM pruned_messages"), {}) < 0)
        return failed();
    if (retention.days > 0) {
        const QVariantList before{stamp(QDateTime::currentDateTimeUtc().addDays(-retention.days))};
        if (step(QStringLiteral("DELETE FROM inbound WHERE received < ?"), before) < 0 ||
            step(QStringLiteral("DELETE FROM events WHERE message IS NULL AND time < ?"), before) < 0)
            return failed();
    }
    if (trimChanges(&why) < 0)
        return failed();
    if (!transaction.commit(&why))
        return failed();
    m_lastError.clear();
    if (removed > 0 && !m_batch)
        emit recordsChanged();
    return removed;
}

int HistoryStore::trimChanges(QString *error)
{
    if (!postgres())
        return 0; // nothing is logged for a feed on SQLite
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    QString why;
    if (!run(query, QStringLiteral("DELETE FROM history_changes WHERE id < (SELECT max(id) - ? FROM history_changes)"),
             {KeptChanges}, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return -1;
    }
    return query.numRowsAffected();
}
