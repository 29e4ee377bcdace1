// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns in the history: a draft sent to a list, and each row's way from queued to sent.
#include "historysql.h"
#include "historystore.h"

#include <QJsonDocument>
#include <QVariant>

using namespace HistorySql;

namespace {

QString stateName(HistoryStore::RowState state)
{
    switch (state) {
    case HistoryStore::RowState::Queued:
        return QStringLiteral("queued");
    case HistoryStore::RowState::RateLimited:
        return QStringLiteral("rate_limited");
    case HistoryStore::RowState::Sent:
        break;
    }
    return QStringLiteral("sent");
}

bool failed(QString *error, const QString &why, QString &last)
{
    last = why;
    if (error)
        *error = why;
    return false;
}

qint64 noRow(QString *error, const QString &why, QString &last)
{
    failed(error, why, last);
    return 0;
}

} // namespace

bool HistoryStore::saveCampaign(const Campaign &campaign, QString *error)
{
    if (campaign.name.trimmed().isEmpty())
        return failed(error, Text::tr("A campaign needs a name"), m_lastError);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString why;
    if (!run(query,
             insertIgnoring(postgres(), QStringLiteral("INSERT INTO campaigns (name, created, provider, account,"
                                                       " list, draft, rate) VALUES (?, ?, ?, ?, ?, ?, ?)")),
             {campaign.name, stamp(campaign.created.isValid() ? campaign.created : QDateTime::currentDateTimeUtc()),
              campaign.provider, campaign.account, campaign.list,
              QString::fromUtf8(QJsonDocument(campaign.draft).toJson(QJsonDocument::Compact)), campaign.rate},
             &why))
        return failed(error, why, m_lastError);
    return true;
}

std::optional<Campaign> HistoryStore::campaign(const QString &name, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString why;
    if (!run(query,
             QStringLiteral("SELECT name, created, provider, account, list, draft, rate FROM campaigns WHERE name = ?"),
             {name}, &why)) {
        failed(error, why, m_lastError);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Campaign out;
    out.name = query.value(0).toString();
    out.created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    out.provider = query.value(2).toString();
    out.account = query.value(3).toString();
    out.list = query.value(4).toString();
    out.draft = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    out.rate = query.value(6).toDouble();
    return out;
}

std::optional<QHash<qint64, HistoryStore::RowState>> HistoryStore::campaignRows(const QString &name,
                                                                                QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    QString why;
    if (!run(query, QStringLiteral("SELECT row, state FROM campaign_rows WHERE campaign = ?"), {name}, &why)) {
        failed(error, why, m_lastError);
        return std::nullopt;
    }
    QHash<qint64, RowState> out;
    while (query.next()) {
        const QString state = query.value(1).toString();
        out.insert(query.value(0).toLongLong(), state == u"queued"         ? RowState::Queued
                                                : state == u"rate_limited" ? RowState::RateLimited
                                                                           : RowState::Sent);
    }
    return out;
}

bool HistoryStore::queueRows(const QString &campaign, const QList<QPair<qint64, QString>> &rows, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction transaction(db, m_batch);
    QString why;
    if (!transaction.begin(&why))
        return failed(error, why, m_lastError);
    HistoryStatement *query = statement(
        insertIgnoring(postgres(), QStringLiteral("INSERT INTO campaign_rows (campaign, row, recipient, state)"
                                                  " VALUES (?, ?, ?, 'queued')")),
        &why);
    if (!query)
        return failed(error, why, m_lastError);
    for (const auto &[row, recipient] : rows) {
        query->bindValue(0, campaign);
        query->bindValue(1, row);
        query->bindValue(2, recipient);
        if (!exec(*query, &why))
            return failed(error, why, m_lastError);
    }
    if (!transaction.commit(&why))
        return failed(error, why, m_lastError);
    return true;
}

qint64 HistoryStore::takeRow(const HistoryRecord &record, QString *error, bool *elsewhere)
{
    if (elsewhere)
        *elsewhere = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction transaction(db, m_batch);
    QString why;
    if (!transaction.begin(&why))
        return noRow(error, why, m_lastError);
    HistoryStatement *take =
        statement(QStringLiteral("UPDATE campaign_rows SET state = 'sent' WHERE campaign = ? AND row = ?"
                                 " AND state IN ('queued', 'rate_limited')"),
                  &why);
    if (take) {
        take->bindValue(0, record.campaign);
        take->bindValue(1, record.campaignRow);
    }
    if (!take || !exec(*take, &why))
        return noRow(error, why, m_lastError);
    if (take->numRowsAffected() != 1) {
        if (elsewhere)
            *elsewhere = true;
        return noRow(error,
                     Text::tr("row %1 of campaign \"%2\" is not waiting to be sent (another send took it)")
                         .arg(record.campaignRow)
                         .arg(record.campaign),
                     m_lastError);
    }
    HistoryStatement *insert = statement(returningId(postgres(), sendingInsert()), &why);
    if (insert)
        bindSending(*insert, record);
    if (!insert || !exec(*insert, &why))
        return noRow(error, why, m_lastError);
    const qint64 id = insert->lastInsertId();
    HistoryStatement *link =
        statement(QStringLiteral("UPDATE campaign_rows SET message = ? WHERE campaign = ? AND row = ?"), &why);
    if (link) {
        link->bindValue(0, id);
        link->bindValue(1, record.campaign);
        link->bindValue(2, record.campaignRow);
    }
    if (!link || !exec(*link, &why) || !transaction.commit(&why))
        return noRow(error, why, m_lastError);
    if (m_batch)
        m_batchAdded.append(id);
    else
        emit recordAdded(id);
    return id;
}

bool HistoryStore::requeueRow(const QString &campaign, qint64 row, QString *error)
{
    QString why;
    HistoryStatement *query =
        statement(QStringLiteral("UPDATE campaign_rows SET state = ? WHERE campaign = ? AND row = ?"), &why);
    if (query) {
        query->bindValue(0, stateName(RowState::RateLimited));
        query->bindValue(1, campaign);
        query->bindValue(2, row);
    }
    if (!query || !exec(*query, &why))
        return failed(error, why, m_lastError);
    return true;
}

std::optional<CampaignReport> HistoryStore::campaignReport(const QString &name, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    // Each row as its latest message stands, or as it waits.
    QString why;
    if (!run(query,
             QStringLiteral("SELECT CASE WHEN r.state = 'sent' THEN m.state ELSE r.state END, COUNT(*)"
                            " FROM campaign_rows r LEFT JOIN messages m ON m.id = r.message"
                            " WHERE r.campaign = ? GROUP BY 1"),
             {name}, &why)) {
        failed(error, why, m_lastError);
        return std::nullopt;
    }
    CampaignReport report;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int count = query.value(1).toInt();
        report.states.insert(state == u"rate_limited" ? QStringLiteral("rate limited") : state, count);
        report.rows += count;
    }
    query.finish();
    if (!run(query,
             QStringLiteral("SELECT m.error, COUNT(*) FROM campaign_rows r JOIN messages m ON m.id = r.message"
                            " WHERE r.campaign = ? AND r.state = 'sent' AND m.state IN ('rejected', 'failed')"
                            " GROUP BY m.error ORDER BY 2 DESC, 1"),
             {name}, &why)) {
        failed(error, why, m_lastError);
        return std::nullopt;
    }
    while (query.next())
        report.failures.append({query.value(0).toString(), query.value(1).toInt()});
    return report;
}

std::optional<QHash<qint64, QString>> HistoryStore::campaignFailedRows(const QString &name, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    QString why;
    if (!run(query,
             QStringLiteral("SELECT r.row, m.error FROM campaign_rows r JOIN messages m ON m.id = r.message"
                            " WHERE r.campaign = ? AND r.state = 'sent' AND m.state IN ('rejected', 'failed')"),
             {name}, &why)) {
        failed(error, why, m_lastError);
        return std::nullopt;
    }
    QHash<qint64, QString> rows;
    while (query.next())
        rows.insert(query.value(0).toLongLong(), query.value(1).toString());
    return rows;
}

QStringList HistoryStore::campaignNames(QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    QString why;
    if (!run(query, QStringLiteral("SELECT name FROM campaigns ORDER BY created DESC, name"), &why)) {
        failed(error, why, m_lastError);
        return {};
    }
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}
