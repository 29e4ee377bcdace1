// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"
#include "historysql.h"

#include "message/recipients.h"
#include "processowner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

using namespace HistorySql;

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    m_statements.clear(); // before the connection they were prepared on closes
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

QString HistoryStore::path() const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return db.isOpen() ? db.databaseName() : QString();
}

void HistoryStore::announce(const QList<qint64> &changed, const QList<qint64> &webhooks, bool templates)
{
    QList<qint64> ids = changed;
    std::sort(ids.begin(), ids.end());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i == 0 || ids.at(i) != ids.at(i - 1))
            emit recordChanged(ids.at(i));
    }
    for (const qint64 id : webhooks)
        emit webhookRecorded(id);
    if (templates)
        emit templatesChanged();
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
    // The wait for another process first, so that even switching to WAL waits for it; WAL for readers
    // beside a writer; FULL so that a committed state change survives a power cut.
    if (!run(query, QStringLiteral("PRAGMA busy_timeout=%1").arg(m_busyTimeoutMs), error) ||
        !run(query, QStringLiteral("PRAGMA journal_mode=WAL"), error) ||
        !run(query, QStringLiteral("PRAGMA synchronous=FULL"), error) ||
        !run(query, QStringLiteral("PRAGMA foreign_keys=ON"), error) ||
        // Statement journals and sorts in memory, not in a temporary file opened for each.
        !run(query, QStringLiteral("PRAGMA temp_store=MEMORY"), error) || !migrate(error)) {
        db.close();
        return false;
    }
    // Not being able to mark them now (another process holds the history) loses nothing: the next open does.
    if (QString why; markOrphanedSends(&why) < 0)
        qWarning("history: sends of stopped processes not marked yet: %s", qPrintable(why));
    return true;
}

QSqlQuery *HistoryStore::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connection));
        if (!query.prepare(sql)) {
            *error = query.lastError().text();
            return nullptr; // not kept: the next call tries again
        }
        it = m_statements.insert(sql, query);
    }
    return &*it;
}

void HistoryStore::bindSending(QSqlQuery &query, const HistoryRecord &record)
{
    const QDateTime created = record.created.isValid() ? record.created : QDateTime::currentDateTimeUtc();
    const ProcessOwner &owner = ProcessOwner::current();
    int index = 0;
    for (const QVariant &value :
         {QVariant(stamp(created)), QVariant(record.provider), QVariant(record.account), QVariant(record.sender),
          QVariant(record.recipient), QVariant(record.kind), QVariant(record.messageId), QVariant(record.correlation),
          QVariant(record.request), QVariant(owner.host), QVariant(owner.pid), QVariant(owner.started),
          record.campaign.isEmpty() ? QVariant() : QVariant(record.campaign),
          record.campaign.isEmpty() ? QVariant() : QVariant(record.campaignRow)})
        query.bindValue(index++, value);
}

qint64 HistoryStore::insertSending(const HistoryRecord &record, QString *error)
{
    QString why;
    QSqlQuery *query = statement(sendingInsert(), &why);
    if (query)
        bindSending(*query, record);
    if (!query || !exec(*query, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return 0;
    }
    const qint64 id = query->lastInsertId().toLongLong();
    emit recordAdded(id);
    return id;
}

bool HistoryStore::recordOutcome(qint64 id, DeliveryStatus status, const QString &messageId, const QString &error,
                                 const QByteArray &response, qint64 elapsedMs, QString *why, const ResponseHead &head)
{
    QString failure;
    QSqlQuery *query = statement(
        QStringLiteral("UPDATE messages SET state = ?, message_id = ?, error = ?, response = ?, elapsed_ms = ?,"
                       " http_status = ?, response_head = ?, rank = ? WHERE id = ?"),
        &failure);
    if (query) {
        int index = 0;
        for (const QVariant &value :
             {QVariant(Delivery::name(status)), QVariant(messageId), QVariant(error), QVariant(response),
              QVariant(elapsedMs), head.status > 0 ? QVariant(head.status) : QVariant(), QVariant(head.text),
              QVariant(Delivery::rank(status)), QVariant(id)})
            query->bindValue(index++, value);
    }
    if (query && exec(*query, &failure)) {
        if (query->numRowsAffected() == 1) {
            if (m_batch)
                m_batchChanged.append(id);
            else
                emit recordChanged(id);
            return true;
        }
        failure = Text::tr("there is no record %1").arg(id);
    }
    m_lastError = failure;
    if (why)
        *why = failure;
    return false;
}

int HistoryStore::markOrphanedSends(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral(
                 "SELECT DISTINCT owner_host, owner_pid, owner_started FROM messages WHERE state = 'sending'"),
             error))
        return -1;
    QList<ProcessOwner> gone;
    while (query.next()) {
        const ProcessOwner owner{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString()};
        // Rows without an owner were left by a Wabench from before owners were kept: nothing sends them now.
        if (query.value(0).isNull() || owner.isGone())
            gone.append(owner);
    }
    query.finish();
    if (gone.isEmpty())
        return 0;
    WriteTransaction transaction(db);
    if (!transaction.begin(error))
        return -1;
    int marked = 0;
    for (const ProcessOwner &owner : std::as_const(gone)) {
        QSqlQuery update(db);
        const bool known = !owner.host.isEmpty();
        update.prepare(
            QStringLiteral("UPDATE messages SET state = 'unknown', rank = ?, error = ? WHERE state = 'sending'"
                           " AND ") +
            (known ? QStringLiteral("owner_host = ? AND owner_pid = ? AND owner_started IS ?")
                   : QStringLiteral("owner_host IS NULL")));
        update.addBindValue(Delivery::rank(DeliveryStatus::Unknown));
        update.addBindValue(
            known ? Text::tr("cut off: the sending process (%1 on %2) stopped before the provider's answer "
                             "was recorded; the provider may have received it")
                        .arg(owner.pid)
                        .arg(owner.host)
                  : Text::tr("cut off: the sending process stopped before the provider's answer was "
                             "recorded; the provider may have received it"));
        if (known) {
            update.addBindValue(owner.host);
            update.addBindValue(owner.pid);
            update.addBindValue(owner.started.isEmpty() ? QVariant() : QVariant(owner.started));
        }
        if (!exec(update, error))
            return -1;
        marked += update.numRowsAffected();
    }
    if (!transaction.commit(error))
        return -1;
    if (marked > 0)
        emit recordsChanged();
    return marked;
}

HistoryStore::Applied HistoryStore::applyEvent(const QString &provider, const CallbackEvent &event, qint64 *record,
                                               QString *error, qint64 request)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QString why;
    const auto failed = [&] {
        m_lastError = why;
        if (error)
            *error = why;
        return Applied::Failed;
    };
    // The match and the writes in one transaction (the receiver's batch, when it is in one): a state
    // another process writes meanwhile is seen.
    WriteTransaction transaction(db, m_batch);
    if (!transaction.begin(&why))
        return failed();
    // A status that names the recipient by number and by business-scoped user id says they are one.
    if (!link(event.recipient, event.recipientUserId, &why))
        return failed();
    qint64 message = 0;
    int rank = 0;
    const auto match = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery *query = statement(sql, &why);
        if (!query)
            return false;
        for (int i = 0; i < values.size(); ++i)
            query->bindValue(i, values.at(i));
        if (!exec(*query, &why))
            return false;
        if (query->next()) {
            message = query->value(0).toLongLong();
            rank = query->value(1).toInt();
        }
        query->finish();
        return true;
    };
    // By the message id's index (the "+" keeps SQLite from walking the provider's index instead, every row
    // of that provider, newest first, for one id).
    if (!match(
            QStringLiteral("SELECT id, rank FROM messages WHERE +provider = ? AND message_id = ? AND message_id <> ''"
                           " ORDER BY id DESC LIMIT 1"),
            {provider, event.messageId}))
        return failed();
    // No id to match (the answer never came, or it named none): the callback data and recipient do.
    if (message == 0 && !event.correlation.isEmpty() &&
        !match(QStringLiteral("SELECT id, rank FROM messages WHERE +provider = ? AND correlation = ?"
                              " AND (REPLACE(recipient, '+', '') = ? OR ? = '') ORDER BY id DESC LIMIT 1"),
               {provider, event.correlation, Recipients::key(event.recipient), Recipients::key(event.recipient)}))
        return failed();
    if (record)
        *record = message;
    // A later state wins; an earlier one arriving late is recorded but changes nothing.
    const bool forward = message != 0 && Delivery::rank(event.status) > rank;

    QSqlQuery *insert = statement(
        QStringLiteral("INSERT OR IGNORE INTO events (message, provider, message_id, time, status, provider_status,"
                       " error_code, description, applied, request) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &why);
    if (!insert)
        return failed();
    int index = 0;
    for (const QVariant &value :
         {message == 0 ? QVariant() : QVariant(message), QVariant(provider), QVariant(event.messageId),
          QVariant(stamp(event.time)), QVariant(Delivery::name(event.status)), QVariant(event.providerStatus),
          QVariant(event.errorCode), QVariant(event.description), QVariant(forward ? 1 : 0),
          request == 0 ? QVariant() : QVariant(request)})
        insert->bindValue(index++, value);
    if (!exec(*insert, &why))
        return failed();
    if (insert->numRowsAffected() == 0)
        return Applied::Duplicate; // the same event is stored already; the transaction ends with nothing written
    if (forward) {
        // "131047: Re-engagement message", as the answer to a send says it.
        const QString words = event.errorCode.isEmpty() ? event.description
                              : event.description.isEmpty()
                                  ? event.errorCode
                                  : event.errorCode + QStringLiteral(": ") + event.description;
        // The error only when there is one: writing it (even unchanged) re-indexes the row for search.
        QSqlQuery *update = statement(
            words.isEmpty() ? QStringLiteral("UPDATE messages SET state = ?, rank = ? WHERE id = ?")
                            : QStringLiteral("UPDATE messages SET state = ?, rank = ?, error = ? WHERE id = ?"),
            &why);
        if (!update)
            return failed();
        index = 0;
        update->bindValue(index++, Delivery::name(event.status));
        update->bindValue(index++, Delivery::rank(event.status));
        if (!words.isEmpty())
            update->bindValue(index++, words);
        update->bindValue(index++, message);
        if (!exec(*update, &why))
            return failed();
    }
    if (!transaction.commit(&why))
        return failed();
    if (message == 0)
        return Applied::Unmatched;
    if (m_batch)
        m_batchChanged.append(message);
    else
        emit recordChanged(message); // its state, or its events
    return forward ? Applied::Updated : Applied::Recorded;
}

HistoryStore::Stored HistoryStore::recordInbound(const QString &provider, const CallbackEvent &event, QString *error,
                                                 qint64 request)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    const auto failed = [this, error](const QString &why) {
        m_lastError = why;
        if (error)
            *error = why;
        return Stored::Failed;
    };
    // A webhook that names the customer by number and by business-scoped user id says they are one: kept
    // with the message, in one transaction (the receiver's batch, when it is in one).
    WriteTransaction transaction(db, m_batch);
    if (QString why; !transaction.begin(&why))
        return failed(why);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR IGNORE INTO inbound (provider, message_id, customer, time, type, text, received,"
                       " media_id, media_url, media_mime, media_filename, business, request)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime time = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    query.addBindValue(provider);
    query.addBindValue(event.messageId.isEmpty() ? QVariant() : QVariant(event.messageId));
    query.addBindValue(Recipients::key(event.from));
    query.addBindValue(stamp(time));
    query.addBindValue(event.inboundType);
    query.addBindValue(event.inboundText);
    query.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    for (const QString &value :
         {event.mediaId, event.mediaUrl, event.mediaMimeType, event.mediaFileName, event.business})
        query.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    query.addBindValue(request == 0 ? QVariant() : QVariant(request));
    if (QString why; !exec(query, &why))
        return failed(why);
    const Stored stored = query.numRowsAffected() == 1 ? Stored::New : Stored::Duplicate;
    if (QString why; !link(event.from, event.fromUserId, &why) || !transaction.commit(&why))
        return failed(why);
    return stored;
}

bool HistoryStore::link(const QString &customer, const QString &userId, QString *error)
{
    // Only a number beside an id links anything: a customer named by the id alone is already known by it.
    if (Recipients::isBusinessScopedId(customer) || customer.isEmpty() || !Recipients::isBusinessScopedId(userId))
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO customer_ids (number, user_id) VALUES (?, ?)"));
    query.addBindValue(Recipients::key(customer));
    query.addBindValue(userId);
    return exec(query, error);
}

bool HistoryStore::beginBatch(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString why;
    if (m_batch || !run(query, QStringLiteral("BEGIN IMMEDIATE"), &why)) {
        m_lastError = m_batch ? Text::tr("a batch is already open") : why;
        if (error)
            *error = m_lastError;
        return false;
    }
    m_batch = true;
    m_batchAdded.clear();
    m_batchChanged.clear();
    m_batchWebhooks.clear();
    m_batchTemplates = false;
    return true;
}

bool HistoryStore::commitBatch(QString *error)
{
    if (!m_batch)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    QString why;
    if (!run(query, QStringLiteral("COMMIT"), &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        rollbackBatch();
        return false;
    }
    m_batch = false;
    const QList<qint64> added = std::exchange(m_batchAdded, {});
    QList<qint64> changed = std::exchange(m_batchChanged, {});
    const QList<qint64> webhooks = std::exchange(m_batchWebhooks, {});
    const bool templates = std::exchange(m_batchTemplates, false);
    for (const qint64 id : added)
        emit recordAdded(id);
    // One change per record, however many events of the batch touched it.
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size(); ++i) {
        if (i == 0 || changed.at(i) != changed.at(i - 1))
            emit recordChanged(changed.at(i));
    }
    for (const qint64 id : webhooks)
        emit webhookRecorded(id);
    if (templates)
        emit templatesChanged();
    return true;
}

void HistoryStore::rollbackBatch()
{
    if (!m_batch)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("ROLLBACK")); // a failed rollback leaves nothing: SQLite ended it itself
    m_batch = false;
    m_batchAdded.clear();
    m_batchChanged.clear();
    m_batchWebhooks.clear();
    m_batchTemplates = false;
}
