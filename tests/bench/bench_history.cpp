// SPDX-License-Identifier: GPL-3.0-or-later
// A history of 1,000,000 messages: opening it and showing the first page in the window's table,
// scrolling, sorting by every column, and filtering by state, provider, time and search. Prints the
// median of several runs of each against its target (first page under 100 ms, filters under 200 ms), on
// SQLite and, when a PostgreSQL cluster is named (WABENCH_TEST_POSTGRES: `make bench` starts one), on a
// team workspace there, side by side.
#include "../core/testhistories.h"
#include "history/databaselocation.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "ui/history/historyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>

namespace {

constexpr int Rows = 1000000;

// A million rows written by SQLite itself: realistic spreads of providers, states, kinds and times.
bool generate(const QString &path)
{
    {
        HistoryStore store; // creates the schema, indexes included
        QString error;
        if (!store.open(path, &error)) {
            qCritical("%s", qPrintable(error));
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery query(db);
    // Filled fast: no journal, and the indexes and search triggers set aside and made again after.
    query.exec(QStringLiteral("PRAGMA journal_mode=OFF"));
    query.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    QStringList later;
    query.exec(QStringLiteral("SELECT name, type, sql FROM sqlite_master WHERE type IN ('index', 'trigger')"
                              " AND tbl_name = 'messages' AND sql IS NOT NULL"));
    QStringList drops;
    while (query.next()) {
        drops << QStringLiteral("DROP %1 %2").arg(query.value(1).toString().toUpper(), query.value(0).toString());
        later << query.value(2).toString();
    }
    for (const QString &drop : std::as_const(drops))
        query.exec(drop);
    const bool ok = query.exec(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id, state, error,"
            " correlation, request, response, elapsed_ms, rank)"
            " SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || ((%1 - i) * 30) || ' seconds'),"
            " CASE i % 5 WHEN 0 THEN 'exotel' WHEN 1 THEN 'kaleyra' WHEN 2 THEN 'telnyx' WHEN 3 THEN 'meta'"
            " ELSE 'sandbox' END, 'Main', '+919876500001', '+91' || (9800000000 + (i * 7919) % 199999999),"
            " CASE i % 4 WHEN 0 THEN 'text' WHEN 1 THEN 'template' WHEN 2 THEN 'image' ELSE 'interactive.list' END,"
            " 'wamid.' || hex(randomblob(12)),"
            " CASE WHEN i % 97 = 0 THEN 'failed' WHEN i % 89 = 0 THEN 'unknown' WHEN i % 3 = 0 THEN 'delivered'"
            " ELSE 'read' END,"
            " CASE WHEN i % 97 = 0 THEN '131026: Message undeliverable' ELSE '' END, '',"
            " 'POST https://graph.facebook.com/v21.0/1/messages' || char(10) || 'Authorization: Bearer ••••'"
            " || char(10) || char(10) || '{\"messaging_product\":\"whatsapp\",\"type\":\"text\"}',"
            " '{\"messages\":[{\"id\":\"x\"}]}', 120 + i % 300,"
            " CASE WHEN i % 97 = 0 THEN 5 WHEN i % 89 = 0 THEN 0 WHEN i % 3 = 0 THEN 3 ELSE 4 END FROM n")
            .arg(Rows));
    if (!ok)
        qCritical("%s", qPrintable(query.lastError().text()));
    for (const QString &statement : std::as_const(later))
        query.exec(statement);
    query.exec(QStringLiteral("INSERT INTO messages_search(messages_search) VALUES ('rebuild')"));
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("ANALYZE"));
    db.close();
    return ok;
}

// The same million rows on a team workspace: written by PostgreSQL itself, the indexes and the change
// triggers set aside meanwhile and the indexes made again after.
bool generatePostgres(const DatabaseLocation &location, const QString &password)
{
    {
        HistoryStore store; // creates the schema, indexes and triggers included
        QString error;
        if (!store.open(location, &error, password)) {
            qCritical("%s", qPrintable(error));
            return false;
        }
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), QStringLiteral("fill-postgres"));
        location.apply(db, password);
        if (!db.open())
            return false;
        QSqlQuery query(db);
        query.exec(QStringLiteral("SET maintenance_work_mem = '256MB'"));
        QStringList later;
        query.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'messages' AND"
                                  " indexname NOT LIKE '%pkey'"));
        QStringList drops;
        while (query.next()) {
            drops << QStringLiteral("DROP INDEX %1").arg(query.value(0).toString());
            later << query.value(1).toString();
        }
        for (const QString &drop : std::as_const(drops))
            query.exec(drop);
        query.exec(QStringLiteral("ALTER TABLE messages DISABLE TRIGGER USER"));
        ok = query.exec(
            QStringLiteral(
                "INSERT INTO messages (created, provider, account, sender, recipient, kind, message_id, state, error,"
                " correlation, request, response, elapsed_ms, rank)"
                " SELECT to_char((now() AT TIME ZONE 'UTC') - (%1 - i) * interval '30 seconds',"
                " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                " CASE i % 5 WHEN 0 THEN 'exotel' WHEN 1 THEN 'kaleyra' WHEN 2 THEN 'telnyx' WHEN 3 THEN 'meta'"
                " ELSE 'sandbox' END, 'Main', '+919876500001', '+91' || (9800000000 + (i::bigint * 7919) % 199999999),"
                " CASE i % 4 WHEN 0 THEN 'text' WHEN 1 THEN 'template' WHEN 2 THEN 'image' ELSE 'interactive.list'"
                " END, 'wamid.' || upper(substr(md5(i::text), 1, 24)),"
                " CASE WHEN i % 97 = 0 THEN 'failed' WHEN i % 89 = 0 THEN 'unknown' WHEN i % 3 = 0 THEN 'delivered'"
                " ELSE 'read' END,"
                " CASE WHEN i % 97 = 0 THEN '131026: Message undeliverable' ELSE '' END, '',"
                " convert_to('POST https://graph.facebook.com/v21.0/1/messages' || chr(10) || 'Authorization: Bearer"
                " ****' || chr(10) || chr(10) || '{\"messaging_product\":\"whatsapp\",\"type\":\"text\"}', 'UTF8'),"
                " convert_to('{\"messages\":[{\"id\":\"x\"}]}', 'UTF8'), 120 + i % 300,"
                " CASE WHEN i % 97 = 0 THEN 5 WHEN i % 89 = 0 THEN 0 WHEN i % 3 = 0 THEN 3 ELSE 4 END"
                " FROM generate_series(1, %1) AS i")
                .arg(Rows));
        if (!ok)
            qCritical("%s", qPrintable(query.lastError().text()));
        for (const QString &statement : std::as_const(later))
            query.exec(statement);
        query.exec(QStringLiteral("ALTER TABLE messages ENABLE TRIGGER USER"));
        query.exec(QStringLiteral("VACUUM ANALYZE messages"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill-postgres"));
    return ok;
}

double median(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

template <typename F> double measure(F step, int runs = 7)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(samples);
}

struct Figure
{
    QString what;
    double ms = 0;
    double target = 0;
};

// Every measure of the history at `location` as the window reads it.
QList<Figure> measureAll(const DatabaseLocation &location, const QString &password)
{
    QList<Figure> out;
    QString error;
    // Opening the history and the window's table with its first page, as the app starts.
    out.append({QStringLiteral("open the history and show the first page"), measure([&] {
                    HistoryStore fresh;
                    fresh.open(location, &error, password);
                    HistoryView view(&fresh);
                    view.resize(1200, 400);
                    view.show();
                    QCoreApplication::processEvents();
                }),
                100});

    HistoryStore store;
    if (!store.open(location, &error, password))
        qFatal("%s", qPrintable(error));
    HistoryView view(&store);
    view.resize(1200, 400);
    view.show();
    QCoreApplication::processEvents();
    HistoryModel *model = view.model();

    const double scroll = measure(
        [&] {
            model->reload();
            for (int page = 0; page < 20; ++page)
                model->fetchMore({});
        },
        5);
    out.append({QStringLiteral("scroll 2,000 rows (20 pages), a page"), scroll / 20, 100});
    out.append({QStringLiteral("a page 100,000 rows down"),
                measure([&] { store.records(HistoryQuery{}, HistoryModel::PageSize, 100000); }), 100});

    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        // Each run the other way round: the same order again would be no sort at all.
        Qt::SortOrder order = Qt::DescendingOrder;
        const double sorted = measure([&] {
            order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            view.table()->sortByColumn(column, order);
        });
        // Named as the table heads the column (a list of names here fell behind the columns once).
        const QString name = view.table()->model()->headerData(column, Qt::Horizontal).toString().toLower();
        out.append({QStringLiteral("sort by %1").arg(name), sorted, 100});
    }
    view.table()->sortByColumn(HistoryModel::Time, Qt::DescendingOrder);

    const auto filtered = [&](const char *what, const std::function<void(HistoryQuery &)> &set) {
        const double ms = measure([&] {
            HistoryQuery query;
            set(query);
            model->setQuery(query);
        });
        out.append({QString::fromLatin1(what), ms, 200});
    };
    filtered("filter: status failed", [](HistoryQuery &q) { q.states = {DeliveryStatus::Failed}; });
    filtered("filter: problems (failed, rejected, unknown)", [](HistoryQuery &q) {
        q.states = {DeliveryStatus::Failed, DeliveryStatus::Rejected, DeliveryStatus::Unknown};
    });
    filtered("filter: provider telnyx", [](HistoryQuery &q) { q.provider = QStringLiteral("telnyx"); });
    filtered("filter: last hour", [](HistoryQuery &q) { q.from = QDateTime::currentDateTimeUtc().addSecs(-3600); });
    filtered("filter: search a recipient's digits", [](HistoryQuery &q) { q.search = QStringLiteral("98765"); });
    filtered("filter: search an error", [](HistoryQuery &q) { q.search = QStringLiteral("undeliverable"); });
    filtered("filter: search that matches nothing", [](HistoryQuery &q) { q.search = QStringLiteral("zzzz-none"); });
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QElapsedTimer generation;
    generation.start();
    if (!generate(path))
        return 1;
    qInfo("generated %d messages on SQLite in %.1f s", Rows, generation.elapsed() / 1000.0);
    const QList<Figure> sqlite = measureAll(DatabaseLocation::file(path), QString());

    // The same on a team workspace, when `make bench` runs a PostgreSQL cluster beside it.
    QList<Figure> postgres;
    TestHistories histories;
    QString error;
    if (histories.init(&error) && histories.postgres()) {
        const std::optional<DatabaseLocation> workspace = histories.fresh(QStringLiteral("bench_million"), &error);
        generation.restart();
        if (!workspace || !generatePostgres(*workspace, histories.password()))
            qFatal("the PostgreSQL history was not made: %s", qPrintable(error));
        qInfo("generated %d messages on PostgreSQL in %.1f s", Rows, generation.elapsed() / 1000.0);
        postgres = measureAll(*workspace, histories.password());
    } else {
        qInfo("PostgreSQL: not measured (no cluster; `make bench` starts one)");
    }

    qInfo("%-44s %10s %12s %8s", "a history of 1,000,000 messages", "SQLite", "PostgreSQL", "target");
    bool met = true;
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        const Figure &lite = sqlite.at(i);
        const double pg = i < postgres.size() ? postgres.at(i).ms : -1;
        const bool ok = lite.ms <= lite.target && pg <= lite.target;
        met = met && ok;
        qInfo("%-44s %7.1f ms %9s ms %5.0f ms  %s", qPrintable(lite.what), lite.ms,
              pg < 0 ? "-" : qPrintable(QString::number(pg, 'f', 1)), lite.target, ok ? "met" : "MISSED");
    }
    return 0;
}
