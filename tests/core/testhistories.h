// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a test's history lives: a SQLite file in a temporary directory, or, when the test runs against the
// throwaway PostgreSQL cluster (tests/postgres/cluster; WABENCH_TEST_POSTGRES names the environment file it
// wrote), a database of its own on that cluster. The same test then checks both backends: CTest runs it
// once for each.

#include "history/databaselocation.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

class TestHistories
{
public:
    TestHistories() : m_prefix(QCoreApplication::applicationName().toLower()) {}

    // Reads the cluster's address when there is one; false and why when it names one that cannot be read.
    bool init(QString *error)
    {
        const QString path = qEnvironmentVariable("WABENCH_TEST_POSTGRES");
        if (path.isEmpty())
            return m_dir.isValid();
        QFile env(path);
        if (!env.open(QIODevice::ReadOnly)) {
            *error = path + QStringLiteral(": ") + env.errorString();
            return false;
        }
        while (!env.atEnd()) {
            const QString line = QString::fromUtf8(env.readLine()).trimmed();
            m_cluster.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
        return !m_cluster.value(QStringLiteral("PGPORT")).isEmpty();
    }

    bool postgres() const { return !m_cluster.isEmpty(); }
    // What the cluster's environment file says (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE).
    QString cluster(const QString &key) const { return m_cluster.value(key); }
    // The cluster's password, given apart from the location as the keychain would give it ("" for SQLite).
    QString password() const { return m_cluster.value(QStringLiteral("PGPASSWORD")); }

    // A new, empty history named after `name` (unique within this run), or nullopt and why.
    std::optional<DatabaseLocation> fresh(const QString &name, QString *error)
    {
        QString base = name.toLower();
        static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
        base.replace(unsafe, QStringLiteral("_"));
        base = QStringLiteral("%1_%2_%3").arg(m_prefix).arg(++m_made).arg(base).left(60);
        if (!postgres())
            return DatabaseLocation::file(m_dir.filePath(base + QStringLiteral(".sqlite")));
        {
            QSqlDatabase db = connect(*admin(), QStringLiteral("admin"));
            QSqlQuery query(db);
            // (One a run of the same program left on this cluster goes first.)
            if (!db.open() || !query.exec(QStringLiteral("SET client_min_messages = warning")) ||
                !query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(base)) ||
                !query.exec(QStringLiteral("CREATE DATABASE %1").arg(base))) {
                *error = db.isOpenError() ? db.lastError().text() : query.lastError().text();
                return std::nullopt;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return DatabaseLocation::parse(url(base), error);
    }

    // `store` opened on a new history named after `name`; false and why.
    bool open(HistoryStore &store, const QString &name, QString *error)
    {
        const std::optional<DatabaseLocation> location = fresh(name, error);
        return location && store.open(*location, error, password());
    }

    // Another connection to `location` named `connection` (not opened), as another process would hold one.
    QSqlDatabase connect(const DatabaseLocation &location, const QString &connection) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), connection);
        location.apply(db, password());
        return db;
    }

    // SQL that holds the history's write lock until ROLLBACK or COMMIT, as another writer would.
    QStringList lockEverything() const
    {
        if (!postgres())
            return {QStringLiteral("BEGIN IMMEDIATE")};
        return {QStringLiteral("BEGIN"),
                QStringLiteral("LOCK TABLE messages, events, inbound, webhook_requests IN EXCLUSIVE MODE")};
    }

private:
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(m_cluster.value(QStringLiteral("PGUSER")), m_cluster.value(QStringLiteral("PGHOST")),
                 m_cluster.value(QStringLiteral("PGPORT")), database);
    }
    std::optional<DatabaseLocation> admin() const
    {
        return DatabaseLocation::parse(url(m_cluster.value(QStringLiteral("PGDATABASE"))), nullptr);
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_cluster;
    QString m_prefix;
    int m_made = 0;
};
