// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"
#include "databaselocation.h"
#include "historyfeed.h"
#include "historysql.h"

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
    // One change per record, however many writes touched it.
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
            *error = words(db.lastError());
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
    m_location = std::make_unique<DatabaseLocation>(DatabaseLocation::file(path));
    // Not being able to mark them now (another process holds the history) loses nothing: the next open does.
    if (QString why; markOrphanedSends(&why) < 0)
        qWarning("history: sends of stopped processes not marked yet: %s", qPrintable(why));
    emit opened();
    return true;
}

bool HistoryStore::postgres() const
{
    return m_location && m_location->kind() == DatabaseLocation::Kind::PostgreSQL;
}

const DatabaseLocation &HistoryStore::location() const
{
    static const DatabaseLocation none;
    return m_location ? *m_location : none;
}

bool HistoryStore::open(const DatabaseLocation &location, QString *error, const QString &password)
{
    if (location.kind() == DatabaseLocation::Kind::SQLite)
        return open(location.path(), error);
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), m_connection);
    location.apply(db, password);
    if (!db.open()) {
        if (error)
            *error = Text::tr("The team workspace %1 cannot be reached: %2")
                         .arg(location.display(), db.lastError().databaseText().simplified());
        return false;
    }
    m_location = std::make_unique<DatabaseLocation>(location);
    m_password = password;
    if (!setUpSession(error) || !migrate(error)) {
        db.close();
        return false;
    }
    if (QString why; markOrphanedSends(&why) < 0)
        qWarning("history: sends of stopped processes not marked yet: %s", qPrintable(why));
    emit opened();
    return true;
}

bool HistoryStore::listen(QString *error)
{
    if (!postgres())
        return true;
    if (m_feed)
        return true;
    auto *feed = new HistoryFeed(this, *m_location, m_password);
    QString why;
    if (!feed->start(&why)) {
        delete feed;
        if (error)
            *error = Text::tr("The team workspace %1 cannot be followed live: %2").arg(m_location->display(), why);
        return false;
    }
    connect(feed, &HistoryFeed::connectionChanged, this, &HistoryStore::connectionChanged);
    m_feed = feed;
    for (const int session : std::as_const(m_ownSessions))
        m_feed->addOwnSession(session);
    return setUpSession(error);
}

bool HistoryStore::setUpSession(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // A write waits for another's locks as long as it would wait for another process on SQLite, then fails
    // as busy rather than hanging (the receiver answers 503 and the provider tries again).
    if (!run(query, QStringLiteral("SET lock_timeout = %1").arg(m_busyTimeoutMs), error))
        return false;
    // What this connection commits, the store says itself: the feed leaves it out.
    if (!run(query, QStringLiteral("SELECT pg_backend_pid()"), error) || !query.next())
        return false;
    m_sessionId = query.value(0).toInt();
    if (m_feed)
        m_feed->setOwnSession(m_sessionId);
    return true;
}

void HistoryStore::addOwnSession(int session)
{
    m_ownSessions.insert(session);
    if (m_feed)
        m_feed->addOwnSession(session);
}

bool HistoryStore::listening() const
{
    return m_feed && m_feed->connected();
}

bool HistoryStore::reconnect(QString *error)
{
    if (!postgres())
        return true;
    m_statements.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open()) {
        if (error)
            *error = db.lastError().databaseText().simplified();
        return false;
    }
    if (!setUpSession(error))
        return false;
    emit opened();
    return true;
}

HistoryStatement *HistoryStore::statement(const QString &sql, QString *error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto prepared = std::make_unique<HistoryStatement>();
        if (!prepared->prepare(QSqlDatabase::database(m_connection), sql, error))
            return nullptr; // not kept: the next call tries again
        it = m_statements.emplace(sql, std::move(prepared)).first;
    }
    return it->second.get();
}

QString HistoryStore::sentBy() const
{
    return m_sentBy.trimmed().isEmpty() ? ProcessOwner::current().user : m_sentBy.trimmed();
}

void HistoryStore::bindSending(HistoryStatement &query, const HistoryRecord &record) const
{
    const QDateTime created = record.created.isValid() ? record.created : QDateTime::currentDateTimeUtc();
    const ProcessOwner &owner = ProcessOwner::current();
    int index = 0;
    for (const QVariant &value :
         {QVariant(stamp(created)), QVariant(record.provider), QVariant(record.account), QVariant(record.sender),
          QVariant(record.recipient), QVariant(record.kind), QVariant(record.messageId), QVariant(record.correlation),
          QVariant(record.request), QVariant(owner.host), QVariant(owner.pid), QVariant(owner.started),
          record.campaign.isEmpty() ? QVariant() : QVariant(record.campaign),
          record.campaign.isEmpty() ? QVariant() : QVariant(record.campaignRow),
          QVariant(record.sentBy.isEmpty() ? sentBy() : record.sentBy)})
        query.bindValue(index++, value);
}

qint64 HistoryStore::insertSending(const HistoryRecord &record, QString *error)
{
    QString why;
    HistoryStatement *query = statement(returningId(postgres(), sendingInsert()), &why);
    if (query)
        bindSending(*query, record);
    if (!query || !exec(*query, &why)) {
        m_lastError = why;
        if (error)
            *error = why;
        return 0;
    }
    const qint64 id = query->lastInsertId();
    emit recordAdded(id);
    return id;
}

bool HistoryStore::recordOutcome(qint64 id, DeliveryStatus status, const QString &messageId, const QString &error,
                                 const QByteArray &response, qint64 elapsedMs, QString *why, const ResponseHead &head)
{
    QString failure;
    HistoryStatement *query = statement(
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
        const ProcessOwner owner{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                                 QString()};
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
        if (!prepare(update,
                     QStringLiteral("UPDATE messages SET state = 'unknown', rank = ?, error = ? WHERE state = 'sending'"
                                    " AND ") +
                         (known ? QStringLiteral("owner_host = ? AND owner_pid = ? AND owner_started %1 ?")
                                      .arg(nullSafeEquals(postgres()))
                                : QStringLiteral("owner_host IS NULL")),
                     error))
            return -1;
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

bool HistoryStore::beginBatch(QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    QString why;
    if (m_batch || !run(query, beginWrite(postgres()), &why)) {
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
    const QList<qint64> changed = std::exchange(m_batchChanged, {});
    const QList<qint64> webhooks = std::exchange(m_batchWebhooks, {});
    const bool templates = std::exchange(m_batchTemplates, false);
    for (const qint64 id : added)
        emit recordAdded(id);
    announce(changed, webhooks, templates);
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
