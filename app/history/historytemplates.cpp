// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

// Template definitions kept with the history.

#include <QJsonDocument>
#include <QVariant>

using namespace HistorySql;

namespace {

// The local library's account is "", never NULL (a NULL would match nothing).
QVariant accountValue(const QString &account)
{
    return account.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(account);
}

} // namespace

bool HistoryStore::saveTemplates(const QString &account, const QList<QJsonObject> &definitions, QString *error,
                                 bool replace)
{
    const auto fail = [this, error](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    };
    for (qsizetype i = 0; i < definitions.size(); ++i) {
        if (definitions.at(i).value(QStringLiteral("name")).toString().isEmpty() ||
            definitions.at(i).value(QStringLiteral("language")).toString().isEmpty())
            return fail(Text::tr("Definition %1 has no name or no language: nothing was saved").arg(i + 1));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction transaction(db);
    QString why;
    if (!transaction.begin(&why))
        return fail(why);
    QSqlQuery query(db);
    if (replace) {
        if (!run(query, QStringLiteral("DELETE FROM templates WHERE account = ?"), {accountValue(account)}, &why))
            return fail(why);
    }
    // One definition per account, name and language: a newer one takes its place (both databases' upsert).
    if (!prepare(query,
                 QStringLiteral("INSERT INTO templates (account, name, language, category, status, definition,"
                                " updated) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, name, language)"
                                " DO UPDATE SET category = excluded.category, status = excluded.status,"
                                " definition = excluded.definition, updated = excluded.updated"),
                 &why))
        return fail(why);
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    for (const QJsonObject &definition : definitions) {
        for (const QVariant &value :
             {accountValue(account), QVariant(definition.value(QStringLiteral("name")).toString()),
              QVariant(definition.value(QStringLiteral("language")).toString()),
              QVariant(definition.value(QStringLiteral("category")).toString().toUpper()),
              QVariant(definition.value(QStringLiteral("status")).toString().toUpper()),
              QVariant(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact))), QVariant(now)})
            query.addBindValue(value);
        if (!exec(query, &why))
            return fail(why);
    }
    if (!transaction.commit(&why))
        return fail(why);
    m_lastError.clear();
    emit templatesChanged();
    return true;
}

bool HistoryStore::removeTemplate(const QString &account, const QString &name, const QString &language, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString why;
    if (!run(query, QStringLiteral("DELETE FROM templates WHERE account = ? AND name = ? AND language = ?"),
             {accountValue(account), name, language}, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    }
    if (query.numRowsAffected() == 0) {
        m_lastError =
            Text::tr("No template %1 in %2 is kept%3")
                .arg(name, language, account.isEmpty() ? QString() : Text::tr(" for the account %1").arg(account));
        if (error)
            *error = m_lastError;
        return false;
    }
    m_lastError.clear();
    emit templatesChanged();
    return true;
}

QList<HistoryStore::StoredTemplate> HistoryStore::templates() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    QList<StoredTemplate> out;
    if (!run(query,
             QStringLiteral("SELECT account, definition, updated FROM templates ORDER BY account, name, language"),
             &m_lastError))
        return out;
    while (query.next()) {
        out.append({query.value(0).toString(), QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(),
                    QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
    }
    m_lastError.clear();
    return out;
}

bool HistoryStore::setTemplateStatus(const QJsonObject &update, int *changed, QString *error)
{
    const auto fail = [this, error](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    };
    const QString id = update.value(QStringLiteral("id")).toString();
    const QString name = update.value(QStringLiteral("name")).toString();
    const QString language = update.value(QStringLiteral("language")).toString();
    const QString status = update.value(QStringLiteral("status")).toString().toUpper();
    const QString reason = update.value(QStringLiteral("reason")).toString();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction transaction(db, m_batch);
    QString why;
    if (!transaction.begin(&why))
        return fail(why);
    // An account's definitions of that name (a provider's; the local library has no status to change).
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT account, language, definition FROM templates WHERE name = ? AND account <> ''"),
             {name}, &why))
        return fail(why);
    QList<std::pair<QString, QJsonObject>> matched;
    while (query.next()) {
        const QJsonObject definition = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        const QString keptId = definition.value(QStringLiteral("id")).toString();
        // By the template's id where both have one, else by its language.
        if ((!id.isEmpty() && !keptId.isEmpty()) ? keptId == id : query.value(1).toString() == language)
            matched.append({query.value(0).toString(), definition});
    }
    QSqlQuery write(db);
    if (!prepare(write,
                 QStringLiteral("UPDATE templates SET status = ?, definition = ?, updated = ? WHERE account = ?"
                                " AND name = ? AND language = ?"),
                 &why))
        return fail(why);
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    for (auto &[account, definition] : matched) {
        definition.insert(QStringLiteral("status"), status);
        if (reason.isEmpty() || reason == u"NONE")
            definition.remove(QStringLiteral("rejected_reason"));
        else
            definition.insert(QStringLiteral("rejected_reason"), reason);
        for (const QVariant &value :
             {QVariant(status), QVariant(QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact))),
              QVariant(now), QVariant(account), QVariant(name),
              QVariant(definition.value(QStringLiteral("language")).toString())})
            write.addBindValue(value);
        if (!exec(write, &why))
            return fail(why);
    }
    if (!transaction.commit(&why))
        return fail(why);
    m_lastError.clear();
    if (changed)
        *changed = int(matched.size());
    if (!matched.isEmpty() && m_batch)
        m_batchTemplates = true;
    else if (!matched.isEmpty())
        emit templatesChanged();
    return true;
}
