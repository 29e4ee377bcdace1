// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfeed.h"

#include "historysql.h"
#include "historystore.h"
#include "workspaceprobe.h"

#include <QSqlDriver>
#include <QUuid>

using namespace HistorySql;

namespace {
constexpr char Channel[] = "wabench_changes";
constexpr int CheckMs = 1000;
constexpr int PingEvery = 15; // checks: a round trip now and then finds a connection that died silently
constexpr int MaxBackoff = 30;
} // namespace

HistoryFeed::HistoryFeed(HistoryStore *store, const DatabaseLocation &location, const QString &password)
    : QObject(store), m_store(store), m_location(location), m_password(password),
      m_connection(QStringLiteral("history-feed-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_check.setInterval(CheckMs);
    connect(&m_check, &QTimer::timeout, this, &HistoryFeed::check);
    m_gather.setSingleShot(true);
    connect(&m_gather, &QTimer::timeout, this, &HistoryFeed::catchUp);
}

HistoryFeed::~HistoryFeed()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryFeed::start(QString *error)
{
    if (!connectNow(error))
        return false;
    m_check.start();
    return true;
}

bool HistoryFeed::connectNow(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(m_location.driver(), m_connection);
        m_location.apply(db, m_password);
    }
    if (db.isOpen())
        db.close();
    QSqlQuery query(db);
    const bool first = m_last == 0 && m_seen.isEmpty();
    // Listening first, then reading where the changes stand: nothing committed in between is missed.
    if (!db.open() || !db.driver()->subscribeToNotification(QString::fromLatin1(Channel)) ||
        (first &&
         (!run(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM history_changes"), error) || !query.next()))) {
        if (error && error->isEmpty())
            *error = db.lastError().databaseText().simplified();
        if (error && error->isEmpty())
            *error = words(db.driver()->lastError());
        db.close();
        return false;
    }
    if (first)
        m_floor = m_last = query.value(0).toLongLong();
    connect(db.driver(), &QSqlDriver::notification, this, &HistoryFeed::notified, Qt::UniqueConnection);
    m_connected = true;
    return true;
}

void HistoryFeed::notified()
{
    if (m_gather.isActive())
        return; // read with the others
    if (!m_lastRead.isValid() || m_lastRead.elapsed() >= GatherMs)
        catchUp();
    else
        m_gather.start(int(GatherMs - m_lastRead.elapsed()));
}

void HistoryFeed::catchUp()
{
    m_gather.stop();
    m_lastRead.start();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    // From the floor; past a full read, from the last id it read (a hole stays where it is).
    for (qint64 from = m_floor;;) {
        if (!query.prepare(QStringLiteral("SELECT id, kind, ref, origin FROM history_changes WHERE id > ?"
                                          " ORDER BY id LIMIT 5000")))
            return; // the next check finds the connection, and catches up once it is back
        query.addBindValue(from);
        if (!query.exec())
            return; // as above
        int rows = 0;
        QList<qint64> added;
        QList<qint64> changed;
        QList<qint64> webhooks;
        bool templates = false;
        bool inbound = false;
        bool removed = false;
        bool workspace = false;
        while (query.next()) {
            ++rows;
            const qint64 id = query.value(0).toLongLong();
            from = id;
            if (m_seen.contains(id))
                continue;
            m_seen.insert(id);
            m_last = qMax(m_last, id);
            if (const int origin = query.value(3).toInt();
                origin != 0 && (origin == m_ownSession || m_otherSessions.contains(origin)))
                continue; // the store said it when it wrote it
            const QString kind = query.value(1).toString();
            const qint64 ref = query.value(2).toLongLong();
            if (kind == u"added")
                added << ref;
            else if (kind == u"message")
                changed << ref;
            else if (kind == u"webhook")
                webhooks << ref;
            else if (kind == u"templates")
                templates = true;
            else if (kind == u"inbound")
                inbound = true;
            else if (kind == u"removed")
                removed = true;
            else if (kind == u"accounts" || kind == u"settings")
                workspace = true;
        }
        query.finish();
        advanceFloor();
        for (const qint64 id : std::as_const(added))
            emit m_store->recordAdded(id);
        m_store->announce(changed, webhooks, templates);
        if (inbound)
            emit m_store->inboundRecorded();
        if (removed)
            emit m_store->recordsChanged();
        if (workspace)
            emit m_store->workspaceChanged();
        if (rows < 5000)
            return;
    }
}

void HistoryFeed::advanceFloor()
{
    while (m_floor < m_last) {
        if (m_seen.remove(m_floor + 1)) {
            ++m_floor;
            m_holeSince.invalidate();
            continue;
        }
        // A hole: an id given to a transaction that has not committed (yet), with later ones seen.
        if (!m_holeSince.isValid())
            m_holeSince.start();
        if (m_holeSince.elapsed() < HoleMs && m_last - m_floor <= Lookback)
            return;
        ++m_floor; // rolled back, or so late that it is given up
        m_holeSince.invalidate();
    }
}

void HistoryFeed::check()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ++m_ticks;
    if (m_connected) {
        bool alive = db.isOpen();
        if (alive && m_ticks % PingEvery == 0) {
            QSqlQuery ping(db);
            alive = ping.exec(QStringLiteral("SELECT 1"));
        }
        if (alive)
            return;
        m_connected = false;
        m_retryIn = 0;
        m_backoff = 1;
        emit connectionChanged(
            false, tr("The connection to the team workspace %1 was lost; connecting again").arg(m_location.display()));
    }
    if (m_probing || m_retryIn-- > 0)
        return;
    // Whether the server answers, asked beside this thread; once it has, connecting again is quick.
    m_probing = true;
    WorkspaceProbe::reach(m_location, m_password, this, [this](bool reached, const QString &) {
        m_probing = false;
        QString why;
        if (!reached || !connectNow(&why) || !m_store->reconnect(&why)) {
            m_connected = false;
            m_backoff = qMin(m_backoff * 2, MaxBackoff);
            m_retryIn = m_backoff;
            return;
        }
        emit connectionChanged(true, QString());
        catchUp(); // what was committed while it was away
    });
}
