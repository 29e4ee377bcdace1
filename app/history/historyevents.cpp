// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

// What providers' callbacks write: status events matched to their messages (never backwards, never
// twice), customers' messages, and the customer ids they link.

#include "message/recipients.h"

#include <QCryptographicHash>
#include <QVariant>

using namespace HistorySql;

HistoryStore::Applied HistoryStore::applyEvent(const QString &provider, const CallbackEvent &event, qint64 *record,
                                               QString *error, qint64 request, bool again)
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
        HistoryStatement *query = statement(sql, &why);
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
    if (!match(QStringLiteral("SELECT id, rank FROM messages WHERE %1 = ? AND message_id = ? AND message_id <> ''"
                              " ORDER BY id DESC LIMIT 1")
                   .arg(unindexed(postgres(), QStringLiteral("provider"))),
               {provider, event.messageId}))
        return failed();
    // No id to match (the answer never came, or it named none): the callback data and recipient do.
    if (message == 0 && !event.correlation.isEmpty() &&
        !match(QStringLiteral("SELECT id, rank FROM messages WHERE %1 = ? AND correlation = ?"
                              " AND (REPLACE(recipient, '+', '') = ? OR ? = '') ORDER BY id DESC LIMIT 1")
                   .arg(unindexed(postgres(), QStringLiteral("provider"))),
               {provider, event.correlation, Recipients::key(event.recipient), Recipients::key(event.recipient)}))
        return failed();
    if (record)
        *record = message;
    // A later state wins; an earlier one arriving late is recorded but changes nothing.
    bool forward = message != 0 && Delivery::rank(event.status) > rank;

    // The event's identity as the events' unique index compares it: a callback without a time or a status of
    // its own is still the same event when it comes again.
    const QString eventId = keyPart(event.messageId);
    const QString providerStatus = keyPart(event.providerStatus);
    const QString time = keyPart(stamp(event.time));
    HistoryStatement *insert = statement(
        insertIgnoring(
            postgres(),
            QStringLiteral("INSERT INTO events (message, provider, message_id, time, status, provider_status,"
                           " error_code, description, applied, request) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        &why);
    if (!insert)
        return failed();
    int index = 0;
    for (const QVariant &value :
         {message == 0 ? QVariant() : QVariant(message), QVariant(provider), QVariant(eventId), QVariant(time),
          QVariant(Delivery::name(event.status)), QVariant(providerStatus), QVariant(event.errorCode),
          QVariant(event.description), QVariant(forward ? 1 : 0), request == 0 ? QVariant() : QVariant(request)})
        insert->bindValue(index++, value);
    if (!exec(*insert, &why))
        return failed();
    if (insert->numRowsAffected() == 0) {
        if (!again)
            return Applied::Duplicate; // the same event is stored already; the transaction ends with nothing written
        // A replay: the event kept takes the message it matches now (it may have matched none before).
        HistoryStatement *repeat =
            statement(QStringLiteral("UPDATE events SET message = COALESCE(message, ?), applied = %1(applied, ?)"
                                     " WHERE provider = ? AND message_id = ? AND provider_status = ? AND time = ?")
                          .arg(greatest(postgres())),
                      &why);
        if (!repeat)
            return failed();
        index = 0;
        for (const QVariant &value : {message == 0 ? QVariant() : QVariant(message), QVariant(forward ? 1 : 0),
                                      QVariant(provider), QVariant(eventId), QVariant(providerStatus), QVariant(time)})
            repeat->bindValue(index++, value);
        if (!exec(*repeat, &why))
            return failed();
    }
    if (forward) {
        // "131047: Re-engagement message", as the answer to a send says it.
        const QString words = event.errorCode.isEmpty() ? event.description
                              : event.description.isEmpty()
                                  ? event.errorCode
                                  : event.errorCode + QStringLiteral(": ") + event.description;
        // The error only when there is one: writing it (even unchanged) re-indexes the row for search.
        // Only forward, as the row is when it is written: another writer of a shared workspace may have
        // moved it on since it was read (the row's lock makes this one wait, then look again).
        HistoryStatement *update = statement(
            words.isEmpty()
                ? QStringLiteral("UPDATE messages SET state = ?, rank = ? WHERE id = ? AND rank < ?")
                : QStringLiteral("UPDATE messages SET state = ?, rank = ?, error = ? WHERE id = ? AND rank < ?"),
            &why);
        if (!update)
            return failed();
        index = 0;
        update->bindValue(index++, Delivery::name(event.status));
        update->bindValue(index++, Delivery::rank(event.status));
        if (!words.isEmpty())
            update->bindValue(index++, words);
        update->bindValue(index++, message);
        update->bindValue(index++, Delivery::rank(event.status));
        if (!exec(*update, &why))
            return failed();
        if (update->numRowsAffected() == 0) {
            forward = false; // recorded, as one that came late
            HistoryStatement *late =
                statement(QStringLiteral("UPDATE events SET applied = 0 WHERE provider = ? AND message_id %1 ?"
                                         " AND provider_status %1 ? AND time %1 ?")
                              .arg(nullSafeEquals(postgres())),
                          &why);
            if (!late)
                return failed();
            index = 0;
            for (const QVariant &value :
                 {QVariant(provider), QVariant(eventId), QVariant(providerStatus), QVariant(time)})
                late->bindValue(index++, value);
            if (!exec(*late, &why))
                return failed();
        }
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
    if (QString why;
        !prepare(query,
                 insertIgnoring(postgres(),
                                QStringLiteral("INSERT INTO inbound (provider, message_id, customer, time, type, text,"
                                               " received, media_id, media_url, media_mime, media_filename, business,"
                                               " request, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
                 &why))
        return failed(why);
    const QDateTime time = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
    // Without an id: the customer, the time it says it was sent and what it holds. Without a time either,
    // nothing tells a retry from the same words sent again: each is kept.
    QString messageId = event.messageId;
    if (messageId.isEmpty() && event.time.isValid()) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &part : {provider, Recipients::key(event.from), stamp(event.time), event.inboundType,
                                    event.inboundText, event.mediaId, event.mediaUrl, event.correlation})
            hash.addData((part + QChar(0)).toUtf8());
        messageId = QStringLiteral("wabench-") + QString::fromLatin1(hash.result().toHex().left(32));
    }
    query.addBindValue(provider);
    query.addBindValue(messageId.isEmpty() ? QVariant() : QVariant(messageId));
    query.addBindValue(Recipients::key(event.from));
    query.addBindValue(stamp(time));
    query.addBindValue(event.inboundType);
    query.addBindValue(event.inboundText);
    query.addBindValue(stamp(QDateTime::currentDateTimeUtc()));
    for (const QString &value :
         {event.mediaId, event.mediaUrl, event.mediaMimeType, event.mediaFileName, event.business})
        query.addBindValue(value.isEmpty() ? QVariant() : QVariant(value));
    query.addBindValue(request == 0 ? QVariant() : QVariant(request));
    query.addBindValue(event.correlation.isEmpty() ? QVariant() : QVariant(event.correlation));
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
    return run(query,
               insertIgnoring(postgres(), QStringLiteral("INSERT INTO customer_ids (number, user_id) VALUES (?, ?)")),
               {Recipients::key(customer), userId}, error);
}
