// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

class HistoryStore;

// What others commit to a workspace (other desktops, the always-on receiver), heard as it happens:
// PostgreSQL's LISTEN on a connection of its own. Each notification carries the id of the latest change;
// the feed reads every change after the last one it saw and says it with the store's signals. A lost
// connection is noticed within a second and made again (with the store's own) once the server answers
// (asked beside the window's thread: WorkspaceProbe), and what was missed in between is caught up. Private to
// app/history: HistoryStore::listen() starts it.
class HistoryFeed : public QObject
{
    Q_OBJECT

public:
    HistoryFeed(HistoryStore *store, const DatabaseLocation &location, const QString &password);
    ~HistoryFeed() override;

    // Connects and listens; the changes from now on are said. False and why when it cannot.
    bool start(QString *error);
    bool connected() const { return m_connected; }
    qint64 lastChange() const { return m_last; }
    // The backend of the store's own connection: its changes are said by the store already.
    void setOwnSession(int pid) { m_ownSession = pid; }
    // Another connection of this process whose changes the store says already (the receiver's writer).
    void addOwnSession(int pid) { m_otherSessions.insert(pid); }

    // Changes whose ids were given before one already seen but committed after it are still read: the feed
    // reads from the first id it has not seen (a hole), for as long as the hole is younger than HoleMs and
    // within Lookback ids of the latest; then it is taken for a transaction rolled back, and passed.
    static constexpr qint64 Lookback = 1024;
    static constexpr int HoleMs = 5000;
    // Notifications closer together than this are read together: under a receiver's full rate one read
    // for many commits, rather than one each.
    static constexpr int GatherMs = 50;

signals:
    void connectionChanged(bool connected, const QString &why);

private:
    bool connectNow(QString *error);
    // A notification: read now, or with the others GatherMs after the last read.
    void notified();
    void catchUp();
    void check();

    HistoryStore *m_store;
    DatabaseLocation m_location;
    QString m_password;
    QString m_connection;
    QTimer m_check;
    // Passes the ids seen in a row from the floor, and holes given up.
    void advanceFloor();

    qint64 m_last = 0;         // the latest id seen
    qint64 m_floor = 0;        // every id up to it seen (or given up)
    QSet<qint64> m_seen;       // ids above the floor already said
    QElapsedTimer m_holeSince; // since when the id after the floor has been missing
    QElapsedTimer m_lastRead;
    QTimer m_gather;
    int m_ownSession = 0;
    QSet<int> m_otherSessions;
    bool m_connected = false;
    bool m_probing = false; // asking whether the server answers again
    int m_ticks = 0;
    int m_retryIn = 0; // ticks until the next attempt to connect again
    int m_backoff = 1;
};
