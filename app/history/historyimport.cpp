// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

#include <QSqlRecord>

// Copying one history into another (one's own SQLite history into a team's workspace): each row into the
// new history's ids, what refers to it following, and what was copied from where kept beside it, so that
// copying again copies nothing twice.

using namespace HistorySql;

namespace {

// A table as it is copied: its rows' ids are new ones (`own`: what was copied is looked up by the source's
// id), and the columns that name a row of another table take that row's new id.
struct Table
{
    const char *name;
    bool own;
    QHash<QString, QString> refers; // column: the table it names a row of
    QStringList blobs;              // columns kept as bytes
};

const QList<Table> &tables()
{
    static const QList<Table> list{
        {"webhook_requests",
         true,
         {{QStringLiteral("replay_of"), QStringLiteral("webhook_requests")}},
         {QStringLiteral("headers"), QStringLiteral("body")}},
        {"messages",
         true,
         {},
         {QStringLiteral("request"), QStringLiteral("response"), QStringLiteral("response_head")}},
        {"events",
         true,
         {{QStringLiteral("message"), QStringLiteral("messages")},
          {QStringLiteral("request"), QStringLiteral("webhook_requests")}},
         {}},
        {"inbound", true, {{QStringLiteral("request"), QStringLiteral("webhook_requests")}}, {}},
        {"customer_ids", false, {}, {}},
        {"templates", false, {}, {}},
        {"campaigns", false, {}, {}},
        {"campaign_rows", false, {{QStringLiteral("message"), QStringLiteral("messages")}}, {}},
    };
    return list;
}

constexpr int ChunkRows = 2000;

} // namespace

std::optional<HistoryImport> HistoryStore::importHistory(const HistoryStore &source, QString *error)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QSqlDatabase from = QSqlDatabase::database(source.m_connection, false);
    QString why;
    const auto failed = [&](const QString &reason) -> std::optional<HistoryImport> {
        m_lastError = reason;
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!db.isOpen() || !from.isOpen())
        return failed(Text::tr("Both histories must be open"));
    const QString origin = source.identity();
    if (origin.isEmpty())
        return failed(Text::tr("The history to copy from has no identity: %1").arg(source.lastError()));
    if (origin == identity())
        return failed(Text::tr("That is this history itself"));

    HistoryImport done;
    int others = 0; // customer ids, campaign rows: not counted
    const auto counter = [&done, &others](const QString &table) {
        return table == u"messages"           ? &done.messages
               : table == u"events"           ? &done.events
               : table == u"inbound"          ? &done.inbound
               : table == u"webhook_requests" ? &done.webhooks
               : table == u"templates"        ? &done.templates
               : table == u"campaigns"        ? &done.campaigns
                                              : &others;
    };
    // The new ids of what was copied, by table and the source's id (all of it: earlier imports' too).
    QHash<QString, QHash<qint64, qint64>> ids;
    QSqlQuery known(db);
    known.setForwardOnly(true);
    if (!run(known, QStringLiteral("SELECT source_table, source_id, id FROM imported WHERE source = ?"), {origin},
             &why))
        return failed(why);
    while (known.next())
        ids[known.value(0).toString()].insert(known.value(1).toLongLong(), known.value(2).toLongLong());
    known.finish();
    for (const Table &table : tables())
        ids[QLatin1String(table.name)]; // every table's map made now: the references below stay valid

    for (const Table &table : tables()) {
        const QString name = QLatin1String(table.name);
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!run(read,
                 QStringLiteral("SELECT * FROM %1%2").arg(name, table.own ? QStringLiteral(" ORDER BY id") : QString()),
                 &why))
            return failed(Text::tr("Reading %1 of the history to copy from: %2").arg(name, why));
        const QSqlRecord columns = read.record();
        QStringList names;
        for (int i = 0; i < columns.count(); ++i) {
            if (!(table.own && columns.fieldName(i) == u"id"))
                names << columns.fieldName(i);
        }
        QStringList marks(names.size(), QStringLiteral("?"));
        QString insert =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(name, names.join(u','), marks.join(u','));
        insert = insertIgnoring(postgres(), insert);
        if (table.own && postgres())
            insert += QStringLiteral(" RETURNING id");
        QSqlQuery write(db);
        QSqlQuery remember(db);
        if (!prepare(write, insert, &why) ||
            !prepare(remember,
                     QStringLiteral("INSERT INTO imported (source, source_table, source_id, id) VALUES (?, ?, ?, ?)"),
                     &why))
            return failed(Text::tr("Copying %1: %2").arg(name, why));
        QHash<qint64, qint64> &copied = ids[name];
        int inChunk = 0;
        const auto commitChunk = [&] {
            if (inChunk == 0)
                return true;
            inChunk = 0;
            QSqlQuery end(db);
            return run(end, QStringLiteral("COMMIT"), &why);
        };
        bool more = read.next();
        while (more) {
            if (table.own && copied.contains(read.value(QStringLiteral("id")).toLongLong())) {
                more = read.next();
                continue;
            }
            if (inChunk == 0) {
                QSqlQuery begin(db);
                if (!run(begin, beginWrite(postgres()), &why))
                    return failed(why);
            }
            for (const QString &column : std::as_const(names)) {
                QVariant value = read.value(column);
                if (const QString target = table.refers.value(column); !target.isEmpty() && !value.isNull()) {
                    // What it refers to was copied now or before; when it was not (pruned), the link goes.
                    const QHash<qint64, qint64> &targetIds = ids[target];
                    const auto found = targetIds.constFind(value.toLongLong());
                    value = found != targetIds.constEnd() ? QVariant(*found) : QVariant();
                }
                if (table.blobs.contains(column) && !value.isNull())
                    value = value.toByteArray();
                write.addBindValue(value);
            }
            if (!exec(write, &why)) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return failed(Text::tr("Copying %1 row %2: %3").arg(name, read.value(0).toString(), why));
            }
            // An event or a customer's message the history has already (the same callback) is not copied.
            bool inserted = false;
            qint64 newId = 0;
            if (table.own && postgres()) {
                inserted = write.next();
                newId = inserted ? write.value(0).toLongLong() : 0;
                write.finish();
            } else {
                inserted = write.numRowsAffected() > 0;
                newId = table.own && inserted ? write.lastInsertId().toLongLong() : 0;
            }
            if (newId > 0) {
                const qint64 sourceId = read.value(QStringLiteral("id")).toLongLong();
                remember.addBindValue(origin);
                remember.addBindValue(name);
                remember.addBindValue(sourceId);
                remember.addBindValue(newId);
                if (!exec(remember, &why)) {
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                    return failed(why);
                }
                copied.insert(sourceId, newId);
            }
            if (inserted)
                ++*counter(name);
            more = read.next();
            if ((++inChunk >= ChunkRows || !more) && !commitChunk()) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                return failed(why);
            }
        }
    }
    m_lastError.clear();
    if (done.total() > 0) {
        emit recordsChanged();
        emit templatesChanged();
    }
    return done;
}
