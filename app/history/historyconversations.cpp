// SPDX-License-Identifier: GPL-3.0-or-later
// A conversation with one customer: what was sent to them and what they sent back, in time order.
#include "historysql.h"
#include "historystore.h"

#include "message/recipients.h"

#include <QVariant>
#include <algorithm>

using namespace HistorySql;

namespace {

// Every name the customer goes by: their number (as digits and as written with "+"), their business-scoped
// user id, and the other of the two where a webhook linked them.
QStringList namesOf(const QString &connection, const QString &customer, QString *error)
{
    const QString key = Recipients::key(customer);
    QStringList keys{key};
    QSqlQuery query(QSqlDatabase::database(connection));
    if (run(query,
            QStringLiteral("SELECT user_id FROM customer_ids WHERE number = ?"
                           " UNION SELECT number FROM customer_ids WHERE user_id = ?"),
            {key, key}, error)) {
        while (query.next())
            keys << query.value(0).toString();
    }
    QStringList names = keys;
    for (const QString &each : std::as_const(keys)) {
        if (!Recipients::isBusinessScopedId(each))
            names << u'+' + each;
    }
    return names;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

QList<ConversationMessage> HistoryStore::conversation(const QString &customer, int limit) const
{
    QList<ConversationMessage> out;
    if (Recipients::key(customer).isEmpty())
        return out;
    const QStringList names = namesOf(m_connection, customer, &m_lastError);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // The newest `limit` of each way (the newest `limit` of both are among them), by the recipient's and the
    // customer's indexes.
    QVariantList values;
    for (const QString &name : names)
        values << name;
    values << limit;
    QSqlQuery sent(db);
    if (!run(sent,
             QStringLiteral("SELECT id, created, provider, message_id, kind, state, error, request FROM messages"
                            " WHERE recipient IN (%1) ORDER BY id DESC LIMIT ?")
                 .arg(placeholders(names.size())),
             values, &m_lastError))
        return out;
    while (sent.next()) {
        ConversationMessage message;
        message.id = sent.value(0).toLongLong();
        message.time = QDateTime::fromString(sent.value(1).toString(), Qt::ISODateWithMs);
        message.provider = sent.value(2).toString();
        message.messageId = sent.value(3).toString();
        message.kind = sent.value(4).toString();
        message.state = Delivery::fromName(sent.value(5).toString());
        message.error = sent.value(6).toString();
        message.request = sent.value(7).toByteArray();
        out.append(message);
    }
    values.clear();
    for (const QString &name : names)
        values << Recipients::key(name);
    values << limit;
    QSqlQuery received(db);
    if (!run(received,
             QStringLiteral("SELECT id, time, provider, message_id, type, text, media_filename, answers"
                            " FROM inbound WHERE customer IN (%1) ORDER BY time DESC LIMIT ?")
                 .arg(placeholders(names.size())),
             values, &m_lastError))
        return out;
    while (received.next()) {
        ConversationMessage message;
        message.fromCustomer = true;
        message.id = received.value(0).toLongLong();
        message.time = QDateTime::fromString(received.value(1).toString(), Qt::ISODateWithMs);
        message.provider = received.value(2).toString();
        message.messageId = received.value(3).toString();
        message.kind = received.value(4).toString();
        message.text = received.value(5).toString();
        message.fileName = received.value(6).toString();
        message.answers = received.value(7).toString();
        out.append(message);
    }
    // In time order, a customer's message after what was sent in the same second (webhooks give whole
    // seconds: a quick reply is stamped before the send it answers, to the millisecond).
    std::stable_sort(out.begin(), out.end(), [](const ConversationMessage &a, const ConversationMessage &b) {
        const qint64 first = a.time.toSecsSinceEpoch();
        const qint64 second = b.time.toSecsSinceEpoch();
        if (first != second)
            return first < second;
        if (a.fromCustomer != b.fromCustomer)
            return !a.fromCustomer;
        return a.time != b.time ? a.time < b.time : a.id < b.id;
    });
    if (out.size() > limit)
        out.remove(0, out.size() - limit);
    return out;
}

QList<ConversationCustomer> HistoryStore::customers(const QString &search, int limit) const
{
    QList<ConversationCustomer> out;
    const QString key = Recipients::key(search).isEmpty() ? search.trimmed() : Recipients::key(search);
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QVariantList values;
    if (!key.isEmpty())
        values << key;
    values << limit;
    if (!run(query,
             QStringLiteral("SELECT who, MAX(t), COUNT(*) FROM ("
                            " SELECT REPLACE(recipient, '+', '') AS who, created AS t FROM messages"
                            " WHERE recipient <> ''"
                            " UNION ALL SELECT customer, time FROM inbound) AS seen"
                            " %1 GROUP BY who ORDER BY MAX(t) DESC LIMIT ?")
                 .arg(key.isEmpty() ? QString() : u"WHERE " + holds(postgres(), QStringLiteral("who"))),
             values, &m_lastError))
        return out;
    while (query.next())
        out.append({query.value(0).toString(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                    query.value(2).toInt()});
    return out;
}

std::optional<HistoryStore::Erased> HistoryStore::eraseCustomer(const QString &customer, QString *error)
{
    const auto failed = [this, error](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (Recipients::key(customer).isEmpty())
        return failed(
            Text::tr("\"%1\" names no customer (a phone number or a business-scoped user id)").arg(customer.left(80)));
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction transaction(db, m_batch);
    QString why;
    if (!transaction.begin(&why))
        return failed(why);
    const QStringList names = namesOf(m_connection, customer, &why); // as recipients are written
    QStringList keys;                                                // as customers' messages name them
    for (const QString &name : names) {
        if (!name.startsWith(u'+'))
            keys << name;
    }
    QSqlQuery query(db);
    // Runs `sql` with `values` bound in turn; the rows it touched, or -1.
    const auto step = [&query, &why](const QString &sql, const QVariantList &values) {
        if (values.isEmpty()) { // run as it is (PostgreSQL prepares no CREATE)
            if (!HistorySql::run(query, sql, &why))
                return -1;
            return query.numRowsAffected();
        }
        return run(query, sql, values, &why) ? query.numRowsAffected() : -1;
    };
    QVariantList nameValues;
    for (const QString &name : names)
        nameValues << name;
    QVariantList keyValues;
    for (const QString &key : std::as_const(keys))
        keyValues << key;
    const QString sent =
        QStringLiteral("SELECT id FROM messages WHERE recipient IN (%1)").arg(placeholders(names.size()));
    // The raw requests that carried their messages' statuses or their own messages, or name them in their body.
    QStringList bodyHolds;
    QVariantList requestValues = nameValues;
    for (const QString &key : std::as_const(keys)) {
        bodyHolds << holdsBytes(postgres(), QStringLiteral("body"));
        requestValues << key.toUtf8();
    }
    requestValues += keyValues;
    if (step(QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS erased_requests (id BIGINT PRIMARY KEY)"), {}) < 0 ||
        step(QStringLiteral("DELETE FROM erased_requests"), {}) < 0 ||
        step(QStringLiteral("INSERT INTO erased_requests (id) SELECT request FROM events WHERE request IS NOT NULL"
                            " AND message IN (%1) UNION SELECT id FROM webhook_requests WHERE %2"
                            " UNION SELECT request FROM inbound WHERE request IS NOT NULL AND customer IN (%3)")
                 .arg(sent, bodyHolds.join(QStringLiteral(" OR ")), placeholders(keys.size())),
             requestValues) < 0)
        return failed(why);
    Erased erased;
    int rows = 0;
    if ((rows = step(QStringLiteral("DELETE FROM events WHERE message IN (%1)").arg(sent), nameValues)) < 0)
        return failed(why);
    erased.events = rows;
    // Status events that matched nothing but came in a request about them.
    if ((rows = step(QStringLiteral("DELETE FROM events WHERE message IS NULL AND request IN (SELECT id FROM"
                                    " erased_requests)"),
                     {})) < 0)
        return failed(why);
    erased.events += rows;
    if (step(QStringLiteral("UPDATE campaign_rows SET recipient = '', message = NULL WHERE message IN (%1)"
                            " OR recipient IN (%2)")
                 .arg(sent, placeholders(names.size())),
             nameValues + nameValues) < 0 ||
        (erased.messages =
             step(QStringLiteral("DELETE FROM messages WHERE recipient IN (%1)").arg(placeholders(names.size())),
                  nameValues)) < 0 ||
        (erased.inbound =
             step(QStringLiteral("DELETE FROM inbound WHERE customer IN (%1)").arg(placeholders(keys.size())),
                  keyValues)) < 0 ||
        (erased.webhooks = step(
             QStringLiteral("DELETE FROM webhook_requests WHERE id IN (SELECT id FROM erased_requests)"), {})) < 0 ||
        step(QStringLiteral("DELETE FROM customer_ids WHERE number IN (%1) OR user_id IN (%1)")
                 .arg(placeholders(keys.size())),
             keyValues + keyValues) < 0 ||
        step(QStringLiteral("DELETE FROM erased_requests"), {}) < 0 || !transaction.commit(&why))
        return failed(why);
    m_lastError.clear();
    if (!m_batch)
        emit recordsChanged();
    return erased;
}
