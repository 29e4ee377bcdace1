// SPDX-License-Identifier: GPL-3.0-or-later
// Where a history lives, as a person names it: SQLite paths and URLs, PostgreSQL URLs, and every way
// one can be wrong, said without the password it may hold.
#include "history/databaselocation.h"

#include <QSqlDatabase>
#include <QtTest>

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void sqliteFiles_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("path") << "/home/ana/history.sqlite"
                              << "/home/ana/history.sqlite";
        QTest::newRow("relative") << "team/history.sqlite"
                                  << "team/history.sqlite";
        QTest::newRow("sqlite:") << "sqlite:/srv/wabench.sqlite"
                                 << "/srv/wabench.sqlite";
        QTest::newRow("file URL") << "file:///srv/with%20space.sqlite"
                                  << "/srv/with space.sqlite";
        QTest::newRow("spaces around") << "  /tmp/h.sqlite \n"
                                       << "/tmp/h.sqlite";
    }
    void sqliteFiles()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(text, &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->kind(), DatabaseLocation::Kind::SQLite);
        QCOMPARE(location->path(), path);
        QCOMPARE(location->driver(), QStringLiteral("QSQLITE"));
        QCOMPARE(location->display(), path);
    }

    void aPostgresUrlIsReadWhole()
    {
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
            QStringLiteral("postgresql://support%40acme:s3cr%3Aet@db.acme.example:6432/wabench_team"
                           "?sslmode=verify-full&sslrootcert=/etc/ssl/acme%20ca.pem"),
            &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->kind(), DatabaseLocation::Kind::PostgreSQL);
        QCOMPARE(location->driver(), QStringLiteral("QPSQL"));
        QCOMPARE(location->host(), QStringLiteral("db.acme.example"));
        QCOMPARE(location->port(), 6432);
        QCOMPARE(location->user(), QStringLiteral("support@acme"));
        QVERIFY(location->hasPassword());
        QCOMPARE(location->database(), QStringLiteral("wabench_team"));
        const QList<std::pair<QString, QString>> options{
            {QStringLiteral("sslmode"), QStringLiteral("verify-full")},
            {QStringLiteral("sslrootcert"), QStringLiteral("/etc/ssl/acme ca.pem")}};
        QCOMPARE(location->options(), options);
        // Shown with the password masked, everything else as named.
        const QString shown = location->display();
        QVERIFY2(!shown.contains(QStringLiteral("s3cr")), qPrintable(shown));
        QCOMPARE(shown, QStringLiteral("postgresql://support%40acme:***@db.acme.example:6432/wabench_team"
                                       "?sslmode=verify-full&sslrootcert=/etc/ssl/acme%20ca.pem"));

        // Pointed at it: the password given wins over the URL's, the options are passed on quoted, and a
        // connection never waits without end.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("apply"));
        location->apply(db, QStringLiteral("from-keychain"));
        QCOMPARE(db.hostName(), QStringLiteral("db.acme.example"));
        QCOMPARE(db.port(), 6432);
        QCOMPARE(db.userName(), QStringLiteral("support@acme"));
        QCOMPARE(db.password(), QStringLiteral("from-keychain"));
        QCOMPARE(db.databaseName(), QStringLiteral("wabench_team"));
        QCOMPARE(db.connectOptions(), QStringLiteral("sslmode='verify-full';sslrootcert='/etc/ssl/acme ca.pem';"
                                                     "connect_timeout=10;keepalives_idle=15;keepalives_interval=5;"
                                                     "keepalives_count=3;tcp_user_timeout=30000;"
                                                     "application_name=Wabench"));
        location->apply(db);
        QCOMPARE(db.password(), QStringLiteral("s3cr:et"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("apply"));
    }

    void aShortPostgresUrlTakesTheDefaults()
    {
        QString error;
        const std::optional<DatabaseLocation> location =
            DatabaseLocation::parse(QStringLiteral("postgres://127.0.0.1/wabench?connect_timeout=3"), &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->port(), 5432);
        QVERIFY(location->user().isEmpty());
        QVERIFY(!location->hasPassword());
        QCOMPARE(location->display(), QStringLiteral("postgresql://127.0.0.1/wabench?connect_timeout=3"));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("short"));
        location->apply(db);
        QCOMPARE(db.connectOptions(), QStringLiteral("connect_timeout='3';keepalives_idle=15;keepalives_interval=5;"
                                                     "keepalives_count=3;tcp_user_timeout=30000;"
                                                     "application_name=Wabench"));
        // The URL's own keep-alive settings win over the defaults (0: the system's own).
        const std::optional<DatabaseLocation> patient = DatabaseLocation::parse(
            QStringLiteral("postgres://127.0.0.1/wabench?tcp_user_timeout=0&keepalives_idle=60"), &error);
        QVERIFY2(patient, qPrintable(error));
        patient->apply(db);
        QCOMPARE(db.connectOptions(), QStringLiteral("tcp_user_timeout='0';keepalives_idle='60';connect_timeout=10;"
                                                     "keepalives_interval=5;keepalives_count=3;"
                                                     "application_name=Wabench"));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("short"));
    }

    void wrongNamesSayWhatIsWrongWithoutThePassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << "  "
                               << "no database is named";
        QTest::newRow("sqlite: alone") << "sqlite:"
                                       << "names no file";
        QTest::newRow("other database") << "mysql://u:pw@host/db"
                                        << "\"mysql:\" is not a database";
        QTest::newRow("no host") << "postgresql:///wabench"
                                 << "names no host";
        QTest::newRow("no database") << "postgresql://u:pw@db.example"
                                     << "names no database";
        QTest::newRow("no database, slash") << "postgresql://u:pw@db.example/"
                                            << "names no database";
        QTest::newRow("port not a number") << "postgresql://u:pw@db.example:54x/db"
                                           << "port \"54x\"";
        QTest::newRow("port too large") << "postgresql://u:pw@db.example:70000/db"
                                        << "port \"70000\"";
        QTest::newRow("several hosts") << "postgresql://u:pw@a.example,b.example/db"
                                       << "several hosts";
        QTest::newRow("unknown option") << "postgresql://u:pw@db.example/db?pooling=on"
                                        << "\"pooling\"";
        QTest::newRow("sslmode") << "postgresql://u:pw@db.example/db?sslmode=maybe"
                                 << "sslmode \"maybe\"";
        QTest::newRow("timeout") << "postgresql://u:pw@db.example/db?connect_timeout=0"
                                 << "connect_timeout \"0\"";
        QTest::newRow("keep-alive") << "postgresql://u:pw@db.example/db?keepalives_idle=soon"
                                    << "keepalives_idle \"soon\" is not a whole number";
        QTest::newRow("user timeout") << "postgresql://u:pw@db.example/db?tcp_user_timeout=-1"
                                      << "tcp_user_timeout \"-1\"";
        QTest::newRow("semicolon") << "postgresql://u:pw@db.example/db?application_name=a%3Bb"
                                   << "holds a \";\"";
    }
    void wrongNamesSayWhatIsWrongWithoutThePassword()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!DatabaseLocation::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("pw")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
