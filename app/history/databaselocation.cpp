// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace {

// libpq's quoting of a value in a connection string: in single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

const QStringList &DatabaseLocation::knownOptions()
{
    static const QStringList names{QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name"),
                                   QStringLiteral("target_session_attrs"),
                                   QStringLiteral("keepalives_idle"),
                                   QStringLiteral("keepalives_interval"),
                                   QStringLiteral("keepalives_count"),
                                   QStringLiteral("tcp_user_timeout")};
    return names;
}

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation location;
    location.m_kind = Kind::SQLite;
    location.m_path = path;
    return location;
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    const auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failed(tr("no database is named"));
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    const QString scheme = colon > 1 ? trimmed.left(colon).toLower() : QString(); // "C:\..." is a path
    if (scheme.isEmpty() || scheme.contains(QLatin1Char('/')) || scheme.contains(QLatin1Char('\\')))
        return file(trimmed);
    if (scheme == u"sqlite") {
        const QString path = trimmed.mid(colon + 1);
        if (path.isEmpty())
            return failed(tr("\"sqlite:\" names no file (sqlite:/path/to/history.sqlite)"));
        return file(path);
    }
    if (scheme == u"file") {
        const QUrl url(trimmed);
        if (!url.isValid() || !url.isLocalFile() || url.toLocalFile().isEmpty())
            return failed(tr("the file URL names no local file"));
        return file(url.toLocalFile());
    }
    if (scheme != u"postgresql" && scheme != u"postgres")
        return failed(tr("\"%1:\" is not a database Wabench keeps its history in: a SQLite file (a path) or "
                         "PostgreSQL (postgresql://host/database)")
                          .arg(scheme.left(40)));

    // Whatever is wrong is said without the URL itself, which may hold a password.
    const QString authority = trimmed.section(QLatin1Char('/'), 2, 2).section(QLatin1Char('@'), -1);
    if (authority.contains(QLatin1Char(',')))
        return failed(tr("the database URL names several hosts; Wabench connects to one"));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        const QString port = authority.contains(QLatin1Char(']')) ? authority.section(QLatin1Char(']'), 1)
                                                                  : authority.section(QLatin1Char(':'), 1);
        const QString digits = port.startsWith(QLatin1Char(':')) ? port.mid(1) : port;
        bool number = false;
        const int value = digits.toInt(&number);
        if (!digits.isEmpty() && (!number || value < 1 || value > 65535))
            return failed(tr("the database URL's port \"%1\" is not a port (1 to 65535)").arg(digits.left(20)));
        return failed(tr("the database URL is not a valid URL (postgresql://user@host:port/database)"));
    }
    if (url.host().isEmpty())
        return failed(tr("the database URL names no host (postgresql://host/database)"));
    DatabaseLocation location;
    location.m_kind = Kind::PostgreSQL;
    location.m_host = url.host();
    location.m_port = url.port(5432);
    location.m_user = url.userName();
    location.m_password = url.password();
    location.m_database = url.path().mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/')))
        return failed(tr("the database URL names no database (postgresql://host/database: the part after the "
                         "host)"));
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(name))
            return failed(tr("the database URL's option \"%1\" is not one Wabench passes on (%2)")
                              .arg(name.left(40), knownOptions().join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')))
            return failed(tr("the database URL's option \"%1\" holds a \";\"").arg(name));
        if (name == u"sslmode" &&
            !QStringList{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                         QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}
                 .contains(value))
            return failed(tr("the database URL's sslmode \"%1\" is none of disable, allow, prefer, require, "
                             "verify-ca, verify-full")
                              .arg(value.left(40)));
        if (name == u"connect_timeout") {
            bool number = false;
            const int seconds = value.toInt(&number);
            if (!number || seconds < 1 || seconds > 600)
                return failed(tr("the database URL's connect_timeout \"%1\" is not a number of seconds (1 to 600)")
                                  .arg(value.left(20)));
        }
        if (name.startsWith(u"keepalives_") || name == u"tcp_user_timeout") {
            bool number = false;
            if (value.toInt(&number) < 0 || !number)
                return failed(
                    tr("the database URL's %1 \"%2\" is not a whole number (0 or more)").arg(name, value.left(20)));
        }
        location.m_options.append({name, value});
    }
    return location;
}

QString DatabaseLocation::display() const
{
    if (m_kind == Kind::SQLite)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host);
    if (m_port != 5432)
        url.setPort(m_port);
    url.setUserName(m_user);
    if (!m_password.isEmpty())
        url.setPassword(QStringLiteral("***"));
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    for (const auto &[name, value] : m_options)
        query.addQueryItem(name, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

DatabaseLocation DatabaseLocation::withoutPassword() const
{
    DatabaseLocation location = *this;
    location.m_password.clear();
    return location;
}

QString DatabaseLocation::key() const
{
    if (m_kind == Kind::SQLite)
        return m_path;
    return QStringLiteral("%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_database);
}

QString DatabaseLocation::driver() const
{
    return m_kind == Kind::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

void DatabaseLocation::apply(QSqlDatabase &db, const QString &password) const
{
    if (m_kind == Kind::SQLite) {
        db.setDatabaseName(m_path);
        return;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(password.isEmpty() ? m_password : password);
    db.setDatabaseName(m_database);
    QStringList options;
    for (const auto &[name, value] : m_options)
        options.append(name + QLatin1Char('=') + quoted(value));
    // What the URL leaves out. A connection never waits without end: not to be made, and not on a server or
    // network gone silent, which would otherwise hold a query (and the window asking it) until the
    // system's TCP gives up, many minutes later: an idle connection is probed after 15 s (every 5 s, 3
    // times), and what is sent unanswered for 30 s ends it.
    static const QList<std::pair<QString, QString>> defaults{
        {QStringLiteral("connect_timeout"), QString::number(DefaultConnectTimeoutSeconds)},
        {QStringLiteral("keepalives_idle"), QStringLiteral("15")},
        {QStringLiteral("keepalives_interval"), QStringLiteral("5")},
        {QStringLiteral("keepalives_count"), QStringLiteral("3")},
        {QStringLiteral("tcp_user_timeout"), QStringLiteral("30000")},
        {QStringLiteral("application_name"), QStringLiteral("Wabench")}};
    for (const std::pair<QString, QString> &fallback : defaults) {
        if (std::none_of(m_options.cbegin(), m_options.cend(),
                         [&fallback](const auto &option) { return option.first == fallback.first; }))
            options.append(fallback.first + QLatin1Char('=') + fallback.second);
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
}
