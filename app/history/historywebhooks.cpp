// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

// The requests the webhook receiver got, kept raw for the inspector: written in the receiver's batch with
// the events they produced, read back filtered, and pruned to the retention the person set.

#include <QJsonDocument>
#include <QUrlQuery>
#include <QVariant>

using namespace HistorySql;

namespace {

struct VerdictName
{
    WebhookVerdict verdict;
    const char *name;
    const char *label;
};

constexpr VerdictName verdictNames[] = {
    {WebhookVerdict::Applied, "applied", QT_TRANSLATE_NOOP("HistoryStore", "Applied")},
    {WebhookVerdict::Duplicate, "duplicate", QT_TRANSLATE_NOOP("HistoryStore", "Duplicate")},
    {WebhookVerdict::Unmatched, "unmatched", QT_TRANSLATE_NOOP("HistoryStore", "Unmatched")},
    {WebhookVerdict::Refused, "refused", QT_TRANSLATE_NOOP("HistoryStore", "Refused")},
    {WebhookVerdict::NotStored, "not stored", QT_TRANSLATE_NOOP("HistoryStore", "Not stored")},
    {WebhookVerdict::Check, "check", QT_TRANSLATE_NOOP("HistoryStore", "Check")},
};

// A header or query item whose value is a credential: the request is kept, that value is not.
bool carriesCredential(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    if (lower.contains("signature") || lower == "telnyx-timestamp")
        return false; // a signature proves nothing without the secret, and the inspector explains it
    for (const char *word : {"auth", "cookie", "key", "token", "secret", "password", "passwd", "session"}) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

QByteArray headersText(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QByteArray text;
    for (const auto &[name, value] : headers)
        text += name + ": " + value + '\n';
    return text;
}

QList<std::pair<QByteArray, QByteArray>> headersFrom(const QByteArray &text)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

const QString &webhookColumns()
{
    static const QString columns =
        QStringLiteral("id, time, peer, method, target, provider, headers, %1, status, verdict, reason, outcome,"
                       " replay_of, forward_url, forward_status, forward_ms, forward_error");
    return columns;
}

WebhookRecord webhookFrom(const QSqlQuery &query)
{
    WebhookRecord r;
    r.id = query.value(0).toLongLong();
    r.time = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    r.peer = query.value(2).toString();
    r.method = query.value(3).toByteArray();
    r.target = query.value(4).toByteArray();
    r.provider = query.value(5).toString();
    r.headers = headersFrom(query.value(6).toByteArray());
    r.body = query.value(7).toByteArray();
    r.status = query.value(8).toInt();
    r.verdict = WebhookVerdicts::fromName(query.value(9).toString());
    r.reason = query.value(10).toString();
    r.outcome = QJsonDocument::fromJson(query.value(11).toByteArray()).array();
    r.replayOf = query.value(12).toLongLong();
    r.forwardUrl = query.value(13).toString();
    r.forwardStatus = query.value(14).toInt();
    r.forwardMs = query.value(15).toLongLong();
    r.forwardError = query.value(16).toString();
    return r;
}

} // namespace

QString WebhookVerdicts::name(WebhookVerdict verdict)
{
    for (const VerdictName &known : verdictNames) {
        if (known.verdict == verdict)
            return QString::fromLatin1(known.name);
    }
    return {};
}

WebhookVerdict WebhookVerdicts::fromName(const QString &name)
{
    for (const VerdictName &known : verdictNames) {
        if (name == QLatin1String(known.name))
            return known.verdict;
    }
    return WebhookVerdict::Refused;
}

QString WebhookVerdicts::label(WebhookVerdict verdict)
{
    for (const VerdictName &known : verdictNames) {
        if (known.verdict == verdict)
            return Text::tr(known.label);
    }
    return {};
}

QList<std::pair<QByteArray, QByteArray>>
WebhookRecord::maskHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> masked = headers;
    for (auto &[name, value] : masked) {
        if (carriesCredential(name))
            value = QByteArrayLiteral("••••");
    }
    return masked;
}

QByteArray WebhookRecord::maskTarget(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    if (question < 0)
        return target;
    QByteArray out = target.left(question + 1);
    const QList<QByteArray> items = target.mid(question + 1).split('&');
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray &item = items.at(i);
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        if (i > 0)
            out += '&';
        out += equals >= 0 && carriesCredential(QByteArray::fromPercentEncoding(name))
                   ? name + '=' + QByteArray("%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2")
                   : item;
    }
    return out;
}

QList<qint64> HistoryStore::reserveWebhookIds(int count, QString *error)
{
    QString why;
    QList<qint64> ids;
    // PostgreSQL: from the identity's sequence, shared by every receiver of the workspace. SQLite: after
    // the highest given (the sequence remembers pruned requests' ids; the table, ids given explicitly),
    // the write lock of the batch keeping them this connection's.
    HistoryStatement *query = statement(
        postgres() ? QStringLiteral("SELECT nextval(pg_get_serial_sequence('webhook_requests', 'id'))"
                                    " FROM generate_series(1, ?)")
                   : QStringLiteral(
                         "SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'webhook_requests'), 0),"
                         " COALESCE((SELECT MAX(id) FROM webhook_requests), 0))"),
        &why);
    if (query && postgres())
        query->bindValue(0, count);
    if (!query || !exec(*query, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return {};
    }
    ids.reserve(count);
    if (postgres()) {
        while (query->next())
            ids.append(query->value(0).toLongLong());
    } else if (query->next()) {
        const qint64 last = query->value(0).toLongLong();
        for (int i = 1; i <= count; ++i)
            ids.append(last + i);
    }
    query->finish();
    return ids;
}

qint64 HistoryStore::recordWebhook(const WebhookRecord &record, QString *error)
{
    QString why;
    // Under the id reserved for it, or the next (PostgreSQL makes an identity only when no id is named).
    HistoryStatement *query = statement(
        record.id > 0
            ? QStringLiteral("INSERT INTO webhook_requests (id, time, peer, method, target, provider, headers, body,"
                             " status, verdict, reason, outcome, replay_of)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            : returningId(postgres(),
                          QStringLiteral("INSERT INTO webhook_requests (time, peer, method, target, provider, headers,"
                                         " body, status, verdict, reason, outcome, replay_of)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        &why);
    if (query) {
        int index = 0;
        const QDateTime time = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
        if (record.id > 0)
            query->bindValue(index++, record.id);
        for (const QVariant &value :
             {QVariant(stamp(time)), QVariant(record.peer), QVariant(QString::fromLatin1(record.method)),
              QVariant(QString::fromUtf8(WebhookRecord::maskTarget(record.target))), QVariant(record.provider),
              QVariant(headersText(WebhookRecord::maskHeaders(record.headers))), QVariant(record.body),
              QVariant(record.status), QVariant(WebhookVerdicts::name(record.verdict)), QVariant(record.reason),
              QVariant(QString::fromUtf8(QJsonDocument(record.outcome).toJson(QJsonDocument::Compact))),
              record.replayOf ? QVariant(record.replayOf) : QVariant()})
            query->bindValue(index++, value);
    }
    if (!query || !exec(*query, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return 0;
    }
    const qint64 id = record.id > 0 ? record.id : query->lastInsertId();
    if (m_batch)
        m_batchWebhooks.append(id);
    else
        emit webhookRecorded(id);
    return id;
}

bool HistoryStore::recordForward(qint64 id, const QString &url, int status, qint64 elapsedMs, const QString &failure,
                                 QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString why;
    if (!run(query,
             QStringLiteral("UPDATE webhook_requests SET forward_url = ?, forward_status = ?, forward_ms = ?,"
                            " forward_error = ? WHERE id = ?"),
             {url, status, elapsedMs, failure, id}, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return false;
    }
    if (m_batch)
        m_batchWebhooks.append(id);
    else
        emit webhookRecorded(id);
    return true;
}

std::optional<WebhookRecord> HistoryStore::webhook(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!run(query, QStringLiteral("SELECT %1 FROM webhook_requests WHERE id = ?").arg(webhookColumns().arg(u"body")),
             {id}, &m_lastError) ||
        !query.next())
        return std::nullopt;
    return webhookFrom(query);
}

QList<WebhookRecord> HistoryStore::webhooks(const WebhookQuery &filter, int limit, int offset, Bodies bodies) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.provider.isEmpty()) {
        conditions << QStringLiteral("provider = ?");
        values << filter.provider;
    }
    if (!filter.verdicts.isEmpty()) {
        QStringList marks;
        for (const WebhookVerdict verdict : filter.verdicts) {
            marks << QStringLiteral("?");
            values << WebhookVerdicts::name(verdict);
        }
        conditions << QStringLiteral("verdict IN (%1)").arg(marks.join(u", "));
    }
    if (!filter.path.isEmpty()) {
        conditions << QStringLiteral("substr(target, 1, length(?)) = ?");
        values << filter.path << filter.path;
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        conditions << QStringLiteral("(%1 OR %2 OR %3)")
                          .arg(holdsBytes(postgres(), QStringLiteral("body")),
                               holds(postgres(), QStringLiteral("target")),
                               holds(postgres(), QStringLiteral("reason")));
        values << text.toUtf8() << text << text;
    }
    if (filter.record > 0) {
        conditions << QStringLiteral("id IN (SELECT request FROM events WHERE message = ? AND request IS NOT NULL)");
        values << filter.record;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    values << limit << offset;
    QList<WebhookRecord> out;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM webhook_requests %2 ORDER BY id DESC LIMIT ? OFFSET ?")
                 .arg(webhookColumns().arg(bodies == Bodies::Included ? u"body" : u"NULL"),
                      conditions.isEmpty() ? QString() : u"WHERE " + conditions.join(u" AND ")),
             values, &m_lastError))
        return out;
    while (query.next())
        out.append(webhookFrom(query));
    return out;
}

int HistoryStore::pruneWebhooks(const WebhookRetention &retention, QString *error, bool bySize)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    WriteTransaction transaction(db, m_batch);
    QString why;
    QSqlQuery query(db);
    int removed = 0;
    const auto step = [&](const QString &sql, const QVariant &value) {
        if (!run(query, sql, {value}, &why))
            return false;
        removed += query.numRowsAffected();
        return true;
    };
    // Past the count: how many there are is counted on the time index (the table's own pages hold the
    // bodies, ten times as many pages to read), and those beyond it are taken from the oldest end.
    const auto pastCount = [&] {
        if (!run(query, QStringLiteral("SELECT count(*) FROM webhook_requests"), &why) || !query.next())
            return false;
        const qint64 beyond = query.value(0).toLongLong() - qMax(0, retention.maxCount);
        query.finish();
        return beyond <= 0 || step(QStringLiteral("DELETE FROM webhook_requests WHERE id IN (SELECT id FROM"
                                                  " webhook_requests ORDER BY id LIMIT ?)"),
                                   beyond);
    };
    const QString cutoff = stamp(QDateTime::currentDateTimeUtc().addDays(-qMax(0, retention.maxAgeDays)));
    // By age, then past the count, then past the size: the newest stay.
    if (!transaction.begin(&why) || !step(QStringLiteral("DELETE FROM webhook_requests WHERE time < ?"), cutoff) ||
        !pastCount() ||
        (bySize &&
         !step(QStringLiteral(
                   "DELETE FROM webhook_requests WHERE id <= (SELECT max(id) FROM (SELECT id,"
                   " sum(coalesce(length(body), 0) + coalesce(length(headers), 0)) OVER (ORDER BY id DESC) AS total"
                   " FROM webhook_requests) AS running WHERE total > ?)"),
               qint64(qMax(0, retention.maxMegabytes)) * 1024 * 1024)) ||
        !transaction.commit(&why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return -1;
    }
    return removed;
}
