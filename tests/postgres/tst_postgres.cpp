// SPDX-License-Identifier: GPL-3.0-or-later
// Against a real PostgreSQL server, the throwaway cluster CTest starts for these tests (tests/postgres/
// cluster): a workspace named by its URL is reached with the password given apart from it, a server that
// does not answer is given up within the URL's connect timeout, and the server has what the workspace's
// search needs (pg_trgm).
#include "history/databaselocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

class TestPostgres : public QObject
{
    Q_OBJECT

private:
    // The cluster's address and credentials, as the fixture wrote them.
    QHash<QString, QString> m_cluster;
    int m_connections = 0;

    QString url(const QString &query = {}) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4%5")
            .arg(m_cluster.value(QStringLiteral("PGUSER")), m_cluster.value(QStringLiteral("PGHOST")),
                 m_cluster.value(QStringLiteral("PGPORT")), m_cluster.value(QStringLiteral("PGDATABASE")), query);
    }
    QSqlDatabase connection(const DatabaseLocation &location, const QString &password)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), QStringLiteral("pg%1").arg(++m_connections));
        location.apply(db, password);
        return db;
    }

private slots:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("WABENCH_TEST_POSTGRES");
        QVERIFY2(!path.isEmpty(), "WABENCH_TEST_POSTGRES names no cluster: run the tests with ctest (make test)");
        QFile env(path);
        QVERIFY2(env.open(QIODevice::ReadOnly), qPrintable(env.errorString()));
        while (!env.atEnd()) {
            const QString line = QString::fromUtf8(env.readLine()).trimmed();
            m_cluster.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
        QVERIFY(!m_cluster.value(QStringLiteral("PGPORT")).isEmpty());
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    }

    void aWorkspaceIsReachedWithThePasswordGivenApart()
    {
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url(), &error);
        QVERIFY2(location, qPrintable(error));
        QVERIFY(!location->hasPassword());
        QSqlDatabase db = connection(*location, m_cluster.value(QStringLiteral("PGPASSWORD")));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT current_user, current_setting('application_name')")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wabench"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("Wabench"));
        // The workspace's search: trigram indexes.
        QVERIFY2(query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm")),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(QStringLiteral("SELECT similarity('919876543210', '9876543')")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toDouble() > 0.3);
    }

    void aWrongPasswordIsRefused()
    {
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url(), &error);
        QVERIFY2(location, qPrintable(error));
        QSqlDatabase db = connection(*location, QStringLiteral("not-the-password"));
        QVERIFY(!db.open());
        QVERIFY2(db.lastError().text().contains(QStringLiteral("password authentication failed")),
                 qPrintable(db.lastError().text()));
    }

    // A server that takes the connection and never answers: given up after the URL's connect timeout, not
    // waited for without end.
    void aServerThatNeverAnswersIsGivenUp()
    {
        QTcpServer silent; // listens; the kernel completes connections nobody accepts or answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QString error;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(
            QStringLiteral("postgresql://wabench@127.0.0.1:%1/wabench?connect_timeout=2").arg(silent.serverPort()),
            &error);
        QVERIFY2(location, qPrintable(error));
        QSqlDatabase db = connection(*location, QStringLiteral("x"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!db.open());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(db.lastError().text().contains(QStringLiteral("timeout"), Qt::CaseInsensitive),
                 qPrintable(db.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
