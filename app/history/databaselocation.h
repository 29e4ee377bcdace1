// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

class QSqlDatabase;

// Where a history lives, as a person names it (a setting, `--database URL`, WABENCH_DATABASE): a SQLite
// file, the default for one person (a path, or a sqlite: or file: URL), or a team's workspace on
// PostgreSQL, named by a libpq URL:
//   postgresql://[user[:password]@]host[:port]/database[?sslmode=...&connect_timeout=...]
// A password is better kept out of the URL (the keychain, a .pgpass file, systemd credentials); when one
// is in it, display() masks it, as everything that shows or records a location must.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    // What `text` names; nullopt and why (saying which part is wrong) when it names nothing this reads.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    // A SQLite file.
    static DatabaseLocation file(const QString &path);

    Kind kind() const { return m_kind; }
    QString path() const { return m_path; } // SQLite: the file
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    // The URL's own password (to move it into the keychain), and the location without it.
    QString password() const { return m_password; }
    DatabaseLocation withoutPassword() const;
    // Who connects to what (user@host:port/database; a SQLite file's path): the same workspace named by two
    // URLs that differ in options only has one key, under which the keychain keeps its password.
    QString key() const;
    QList<std::pair<QString, QString>> options() const { return m_options; }

    // As the person named it, with any password masked: for titles, logs, errors and the history's record.
    QString display() const;
    // Qt's driver name (QSQLITE, QPSQL).
    QString driver() const;
    // `db` (made with driver()) pointed at this place, with the connect timeout set (10 s unless named),
    // and `password` when there is one (from the keychain or the environment; the URL's own otherwise).
    void apply(QSqlDatabase &db, const QString &password = {}) const;

    // libpq's parameters Wabench passes on, and the default time to wait for a connection.
    static const QStringList &knownOptions();
    static constexpr int DefaultConnectTimeoutSeconds = 10;

private:
    Kind m_kind = Kind::SQLite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
    QList<std::pair<QString, QString>> m_options;
};
