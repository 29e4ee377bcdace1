// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

// Reading the history: pages of records, filtered and sorted in SQL, their events, and what matched nothing.

#include "message/recipients.h"
#include "net/urls.h"

#include <QVariant>

using namespace HistorySql;

QList<HistoryRecord> HistoryStore::select(const QString &where, const QVariantList &values, int limit, int offset,
                                          const QString &order, Bodies bodies) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    // Lists leave the bodies out: a page of a table never shows them, and they are most of the bytes.
    const QString bodyColumns = bodies == Bodies::Included ? QStringLiteral("request, response, response_head")
                                                           : QStringLiteral("NULL, NULL, NULL");
    QList<HistoryRecord> out;
    if (!run(query,
             QStringLiteral("SELECT id, created, provider, account, sender, recipient, kind, message_id, state,"
                            " error, correlation, %1, elapsed_ms, http_status, campaign, campaign_row, sent_by,"
                            " owner_host FROM messages ")
                     .arg(bodyColumns) +
                 QStringLiteral("%1 ORDER BY %2 LIMIT ? OFFSET ?").arg(where, order),
             values + QVariantList{limitValue(postgres(), limit), offset}, &m_lastError))
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
        r.state = Delivery::fromName(query.value(8).toString());
        r.error = query.value(9).toString();
        r.correlation = query.value(10).toString();
        r.request = Urls::masked(query.value(11).toByteArray()); // rows stored before URLs were masked
        r.response = query.value(12).toByteArray();
        r.responseHead = query.value(13).toByteArray();
        r.elapsedMs = query.value(14).toLongLong();
        r.httpStatus = query.value(15).toInt();
        r.campaign = query.value(16).toString();
        r.campaignRow = query.value(17).toLongLong();
        r.sentBy = query.value(18).toString();
        r.desktop = query.value(19).toString();
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

QList<HistoryRecord> HistoryStore::recordsWithIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QVariantList values;
    values.reserve(ids.size());
    for (const qint64 id : ids)
        values << id;
    const QStringList marks(ids.size(), QStringLiteral("?"));
    return select(QStringLiteral("WHERE id IN (%1)").arg(marks.join(u',')), values, -1, 0, QStringLiteral("id"),
                  Bodies::Left);
}

QList<HistoryRecord> HistoryStore::records(int limit, int offset) const
{
    return select(QString(), {}, limit, offset, QStringLiteral("id DESC"), Bodies::Included);
}

namespace {

// The WHERE clause of a query, with its values bound in order.
QString whereOf(const HistoryQuery &query, QVariantList *values, bool postgres)
{
    QStringList conditions;
    const QString search = query.search.trimmed();
    // A % or _ typed is itself, not a wildcard.
    QString literal = search;
    literal.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    const QString like = u'%' + literal + u'%';
    if (!search.isEmpty() && postgres) {
        // Any substring, case aside, found through the pg_trgm indexes (from three characters on).
        conditions << QStringLiteral("(recipient ILIKE ? OR message_id ILIKE ? OR error ILIKE ? OR kind ILIKE ?)");
        *values << like << like << like << like;
    } else if (search.size() >= 3) {
        // The trigram index finds any substring of three characters or more; the text is one quoted phrase.
        conditions << QStringLiteral("id IN (SELECT rowid FROM messages_search WHERE messages_search MATCH ?)");
        *values << QVariant(u'"' + QString(search).replace(u'"', QStringLiteral("\"\"")) + u'"');
    } else if (!search.isEmpty()) {
        conditions << QStringLiteral("(recipient LIKE ? ESCAPE '\\' OR message_id LIKE ? ESCAPE '\\' OR error LIKE ?"
                                     " ESCAPE '\\' OR kind LIKE ? ESCAPE '\\')");
        *values << like << like << like << like;
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (const DeliveryStatus state : query.states) {
            marks << QStringLiteral("?");
            *values << Delivery::name(state);
        }
        conditions << QStringLiteral("state IN (") + marks.join(u',') + u')';
    }
    if (!query.provider.isEmpty()) {
        conditions << QStringLiteral("provider = ?");
        *values << query.provider;
    }
    if (!query.campaign.isEmpty()) {
        conditions << QStringLiteral("campaign = ?");
        *values << query.campaign;
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
                                        QStringLiteral("error"),
                                        QStringLiteral("campaign"),
                                        QStringLiteral("sent_by")};
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString column = columns.at(int(query.sort));
    if (query.sort == HistoryQuery::Sort::Campaign)
        return QStringLiteral("campaign%1, campaign_row%1, id%1").arg(direction);
    return column.isEmpty() ? QStringLiteral("id") + direction : QStringLiteral("%1%2, id%2").arg(column, direction);
}

} // namespace

QList<HistoryRecord> HistoryStore::records(const HistoryQuery &query, int limit, int offset, Bodies bodies) const
{
    QVariantList values;
    const QString where = whereOf(query, &values, postgres());
    return select(where, values, limit, offset, orderOf(query), bodies);
}

int HistoryStore::count(const HistoryQuery &query) const
{
    QVariantList values;
    QSqlQuery sql(QSqlDatabase::database(m_connection));
    const QString where = whereOf(query, &values, postgres());
    if (!run(sql, QStringLiteral("SELECT COUNT(*) FROM messages ") + where, values, &m_lastError) || !sql.next())
        return 0;
    return sql.value(0).toInt();
}

QList<HistoryEvent> HistoryStore::events(qint64 recordId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QList<HistoryEvent> out;
    if (!run(query,
             QStringLiteral("SELECT time, status, provider_status, error_code, description, applied FROM events"
                            " WHERE message = ? ORDER BY time, id"),
             {recordId}, &m_lastError))
        return out;
    while (query.next()) {
        out.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                    Delivery::fromName(query.value(1).toString()), query.value(2).toString(), query.value(3).toString(),
                    query.value(4).toString(), query.value(5).toBool()});
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

QDateTime HistoryStore::lastInbound(const QString &customer) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // The customer by number or by business-scoped user id, and by the other where a webhook linked them.
    const QString key = Recipients::key(customer);
    if (!run(query,
             QStringLiteral("SELECT MAX(time) FROM inbound WHERE customer = ?"
                            " OR customer IN (SELECT user_id FROM customer_ids WHERE number = ?)"
                            " OR customer IN (SELECT number FROM customer_ids WHERE user_id = ?)"),
             {key, key, key}, &m_lastError) ||
        !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

QList<HistoryStore::UnmatchedEvent> HistoryStore::unmatchedEvents(int limit) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QList<UnmatchedEvent> out;
    if (!run(query,
             QStringLiteral("SELECT provider, message_id, time, status, provider_status, error_code, description"
                            " FROM events WHERE message IS NULL ORDER BY id DESC LIMIT ?"),
             {limit}, &m_lastError))
        return out;
    while (query.next()) {
        UnmatchedEvent event;
        event.provider = query.value(0).toString();
        event.messageId = query.value(1).toString();
        event.event = {QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                       Delivery::fromName(query.value(3).toString()),
                       query.value(4).toString(),
                       query.value(5).toString(),
                       query.value(6).toString(),
                       false};
        out.append(event);
    }
    return out;
}

QList<ReceivedMedia> HistoryStore::receivedMedia(int limit) const
{
    QList<ReceivedMedia> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!run(query,
             QStringLiteral("SELECT provider, customer, business, time, type, text, media_id, media_url, media_mime,"
                            " media_filename FROM inbound WHERE media_id IS NOT NULL OR media_url IS NOT NULL"
                            " ORDER BY received DESC, id DESC LIMIT ?"),
             {limit}, &m_lastError))
        return out;
    while (query.next()) {
        out.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs), query.value(4).toString(),
                    query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                    query.value(8).toString(), query.value(9).toString()});
    }
    return out;
}
