// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaselocation.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class HistoryStore;

// What others commit to a workspace (other desktops, the always-on receiver), heard as it happens:
// PostgreSQL's LISTEN on a connection of its own. Each notification carries the id of the latest change;
// the feed reads every change after the last one it saw and says it with the store's signals. A lost
// connection is noticed within a second and made again (with the store's own), and what was missed in
// between is caught up from the last id seen. Private to app/history: HistoryStore::listen() starts it.
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

    // Changes whose ids were given before one already seen but committed after it are still read: the
    // feed looks this many ids back each time.
    static constexpr qint64 Lookback = 1024;

signals:
    void connectionChanged(bool connected, const QString &why);

private:
    bool connectNow(QString *error);
    void catchUp();
    void check();

    HistoryStore *m_store;
    DatabaseLocation m_location;
    QString m_password;
    QString m_connection;
    QTimer m_check;
    qint64 m_last = 0;
    QSet<qint64> m_seen; // ids within Lookback of m_last already said
    int m_ownSession = 0;
    bool m_connected = false;
    int m_ticks = 0;
    int m_retryIn = 0; // ticks until the next attempt to connect again
    int m_backoff = 1;
};
