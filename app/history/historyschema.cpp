// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysql.h"
#include "historystore.h"

// The schema at each version, and the migrations from one to the next.

using namespace HistorySql;

namespace {

// The schema at each version, as SQLite statements; migrations run in order from the history's version to
// the newest. PostgreSQL runs the same steps (postgresStep), in its own words where they differ.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // version 1
        {QStringLiteral("CREATE TABLE messages ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                        " created TEXT NOT NULL, provider TEXT NOT NULL, account TEXT, sender TEXT, recipient TEXT,"
                        " kind TEXT, message_id TEXT, state TEXT NOT NULL, error TEXT, correlation TEXT,"
                        " request BLOB, response BLOB, elapsed_ms INTEGER, rank INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX messages_message_id ON messages(message_id)"),
         QStringLiteral("CREATE INDEX messages_created ON messages(created)"),
         QStringLiteral("CREATE TABLE events ("
                        " id INTEGER PRIMARY KEY AUTOINCREMENT, message INTEGER REFERENCES messages(id),"
                        " provider TEXT NOT NULL, message_id TEXT, time TEXT, status TEXT, provider_status TEXT,"
                        " error_code TEXT, description TEXT, applied INTEGER NOT NULL DEFAULT 0,"
                        " UNIQUE(provider, message_id, provider_status, time))"),
         QStringLiteral("CREATE INDEX events_message ON events(message)")},
        // version 2: an index for every column the table sorts by.
        {QStringLiteral("CREATE INDEX messages_recipient ON messages(recipient, id)"),
         QStringLiteral("CREATE INDEX messages_kind ON messages(kind, id)"),
         QStringLiteral("CREATE INDEX messages_provider ON messages(provider, created, id)"),
         QStringLiteral("CREATE INDEX messages_rank ON messages(rank, id)"),
         QStringLiteral("CREATE INDEX messages_state ON messages(state, created, id)"),
         QStringLiteral("CREATE INDEX messages_error ON messages(error, id)"),
         QStringLiteral("CREATE INDEX messages_message_id_order ON messages(message_id, id)")},
        // version 3: the table lists in sending order (id), so the provider and state indexes end in id; and
        // search is a trigram full-text index, kept by triggers, so that finding nothing in a million rows
        // does not read them all.
        {QStringLiteral("DROP INDEX messages_provider"), QStringLiteral("DROP INDEX messages_state"),
         QStringLiteral("CREATE INDEX messages_provider ON messages(provider, id)"),
         QStringLiteral("CREATE INDEX messages_state ON messages(state, id)"),
         QStringLiteral("CREATE VIRTUAL TABLE messages_search USING fts5(recipient, message_id, error, kind,"
                        " content='messages', content_rowid='id', tokenize='trigram')"),
         QStringLiteral("INSERT INTO messages_search(messages_search) VALUES ('rebuild')"),
         QStringLiteral("CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN"
                        " INSERT INTO messages_search(rowid, recipient, message_id, error, kind)"
                        " VALUES (new.id, new.recipient, new.message_id, new.error, new.kind); END"),
         QStringLiteral("CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN"
                        " INSERT INTO messages_search(messages_search, rowid, recipient, message_id, error, kind)"
                        " VALUES ('delete', old.id, old.recipient, old.message_id, old.error, old.kind); END"),
         QStringLiteral("CREATE TRIGGER messages_search_update AFTER UPDATE OF recipient, message_id, error, kind"
                        " ON messages BEGIN"
                        " INSERT INTO messages_search(messages_search, rowid, recipient, message_id, error, kind)"
                        " VALUES ('delete', old.id, old.recipient, old.message_id, old.error, old.kind);"
                        " INSERT INTO messages_search(rowid, recipient, message_id, error, kind)"
                        " VALUES (new.id, new.recipient, new.message_id, new.error, new.kind); END")},
        // version 4: messages customers send, so the app knows each one's 24-hour window.
        {QStringLiteral("CREATE TABLE inbound (id INTEGER PRIMARY KEY AUTOINCREMENT, provider TEXT NOT NULL,"
                        " message_id TEXT, customer TEXT NOT NULL, time TEXT NOT NULL, type TEXT, text TEXT,"
                        " received TEXT NOT NULL, UNIQUE(provider, message_id))"),
         QStringLiteral("CREATE INDEX inbound_customer ON inbound(customer, time)"),
         QStringLiteral("CREATE INDEX messages_correlation ON messages(correlation, id)")},
        // version 5: which process sends each row, so that rows a killed process left "sending" can be told
        // from rows another running process is sending.
        {QStringLiteral("ALTER TABLE messages ADD COLUMN owner_host TEXT"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN owner_pid INTEGER"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN owner_started TEXT")},
        // version 6: the answer's status line and headers beside its body, for the full record.
        {QStringLiteral("ALTER TABLE messages ADD COLUMN http_status INTEGER"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN response_head BLOB")},
        // version 7: a customer's media (its id or link, type and file name) and the number they wrote to.
        {QStringLiteral("ALTER TABLE inbound ADD COLUMN media_id TEXT"),
         QStringLiteral("ALTER TABLE inbound ADD COLUMN media_url TEXT"),
         QStringLiteral("ALTER TABLE inbound ADD COLUMN media_mime TEXT"),
         QStringLiteral("ALTER TABLE inbound ADD COLUMN media_filename TEXT"),
         QStringLiteral("ALTER TABLE inbound ADD COLUMN business TEXT"),
         QStringLiteral(
             "CREATE INDEX inbound_media ON inbound(received) WHERE media_id IS NOT NULL OR media_url IS NOT "
             "NULL")},
        // version 8: a customer seen by number and by business-scoped user id at once is one customer.
        {QStringLiteral("CREATE TABLE customer_ids (number TEXT NOT NULL, user_id TEXT NOT NULL,"
                        " PRIMARY KEY(number, user_id))"),
         QStringLiteral("CREATE INDEX customer_ids_user ON customer_ids(user_id)")},
        // version 9: template definitions, the local library's (account "") and those pulled from accounts.
        {QStringLiteral("CREATE TABLE templates (account TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,"
                        " language TEXT NOT NULL, category TEXT, status TEXT, definition TEXT NOT NULL,"
                        " updated TEXT NOT NULL, PRIMARY KEY(account, name, language))")},
        // version 10: campaigns, a draft sent to a list: each row on record (queued, refused for rate and
        // queued again, or sent as its latest message) before its request leaves, and each message's
        // campaign and row.
        {QStringLiteral("CREATE TABLE campaigns (name TEXT PRIMARY KEY, created TEXT NOT NULL, provider TEXT,"
                        " account TEXT, list TEXT, draft TEXT NOT NULL, rate REAL)"),
         QStringLiteral("CREATE TABLE campaign_rows (campaign TEXT NOT NULL REFERENCES campaigns(name),"
                        " row INTEGER NOT NULL, recipient TEXT, state TEXT NOT NULL, message INTEGER,"
                        " PRIMARY KEY(campaign, row))"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN campaign TEXT"),
         QStringLiteral("ALTER TABLE messages ADD COLUMN campaign_row INTEGER"),
         QStringLiteral("CREATE INDEX messages_campaign ON messages(campaign, id) WHERE campaign IS NOT NULL")},
        // version 11: every request the webhook receiver gets, kept raw for the inspector (credentials
        // masked) with its answer, its verdict and what its events did; each event and customer's message
        // names the request it came in.
        {QStringLiteral("CREATE TABLE webhook_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL,"
                        " peer TEXT, method TEXT NOT NULL, target TEXT NOT NULL, provider TEXT, headers BLOB,"
                        " body BLOB, status INTEGER NOT NULL, verdict TEXT NOT NULL, reason TEXT, outcome TEXT,"
                        " replay_of INTEGER, forward_url TEXT, forward_status INTEGER, forward_ms INTEGER,"
                        " forward_error TEXT)"),
         QStringLiteral("CREATE INDEX webhook_requests_time ON webhook_requests(time)"),
         QStringLiteral("ALTER TABLE events ADD COLUMN request INTEGER"),
         QStringLiteral("ALTER TABLE inbound ADD COLUMN request INTEGER")},
        // version 12: the message a customer's reply answers (its context), for the conversation.
        {QStringLiteral("ALTER TABLE inbound ADD COLUMN answers TEXT")},
        // version 13: who sent each message (a name from Preferences, or the OS account), for a team's
        // workspace where several people send; the desktop is the owner's host.
        {QStringLiteral("ALTER TABLE messages ADD COLUMN sent_by TEXT"),
         QStringLiteral("CREATE INDEX messages_sent_by ON messages(sent_by, id)")},
        // version 14: every change, in the order the ids were given (kind: "added" or "message" for a
        // history row, "webhook", "inbound", "templates"; ref: its id), for the windows on a workspace to
        // follow live and to catch up from after a reconnect. PostgreSQL's triggers write it and NOTIFY;
        // SQLite keeps the table empty (its window hears its own writes).
        {QStringLiteral("CREATE TABLE history_changes (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
                        " ref INTEGER, origin INTEGER)")},
        // version 15: what a team shares in its workspace, and moving a history into one. Each history's own
        // id, so that a history copied into another (HistoryStore::importHistory) is known there again; what
        // was copied from where, so that copying again copies nothing twice; the accounts a team shares (their
        // settings, never their secrets) and the workspace's own settings (its receiver, its retention); an
        // index for sorting by campaign.
        {QStringLiteral("CREATE TABLE history_identity (id TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO history_identity (id) VALUES (lower(hex(randomblob(16))))"),
         QStringLiteral(
             "CREATE TABLE imported (source TEXT NOT NULL, source_table TEXT NOT NULL,"
             " source_id INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(source, source_table, source_id))"),
         QStringLiteral("CREATE TABLE workspace_accounts (id TEXT PRIMARY KEY, provider TEXT NOT NULL,"
                        " name TEXT NOT NULL, default_sender TEXT, settings TEXT NOT NULL, updated TEXT NOT NULL,"
                        " updated_by TEXT)"),
         QStringLiteral("CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT)"),
         // The table sorted by campaign (then row): the campaign index holds campaigns' messages alone.
         QStringLiteral("CREATE INDEX messages_campaign_order ON messages(campaign, campaign_row, id)")},
    };
    return steps;
}

// What every write to a workspace adds to history_changes, one statement's rows at a time (transition
// tables), and the NOTIFY that carries the last change's id to every window listening.
// Tables said whole (their kind alone, no row): templates, the shared accounts and settings.
QString changeFunction()
{
    return QStringLiteral(
        "CREATE OR REPLACE FUNCTION wabench_changed() RETURNS trigger LANGUAGE plpgsql AS $$"
        " DECLARE latest BIGINT;"
        " BEGIN"
        "  IF TG_TABLE_NAME IN ('templates', 'workspace_accounts', 'workspace_settings') THEN"
        "   INSERT INTO history_changes (kind) VALUES (TG_ARGV[0]) RETURNING id INTO latest;"
        "  ELSIF TG_TABLE_NAME = 'events' THEN"
        "   WITH added AS (INSERT INTO history_changes (kind, ref) SELECT DISTINCT 'message', message FROM changed"
        "    WHERE message IS NOT NULL RETURNING id) SELECT max(id) INTO latest FROM added;"
        "  ELSE"
        "   WITH added AS (INSERT INTO history_changes (kind, ref) SELECT TG_ARGV[0], id FROM changed"
        "    RETURNING id) SELECT max(id) INTO latest FROM added;"
        "  END IF;"
        "  IF latest IS NOT NULL THEN PERFORM pg_notify('wabench_changes', latest::text); END IF;"
        "  RETURN NULL;"
        " END $$");
}

QStringList changeTriggers()
{
    QStringList out{changeFunction()};
    const QList<std::tuple<const char *, const char *, const char *>> triggers{
        {"messages", "INSERT", "added"},           {"messages", "UPDATE", "message"},
        {"webhook_requests", "INSERT", "webhook"}, {"webhook_requests", "UPDATE", "webhook"},
        {"inbound", "INSERT", "inbound"},          {"events", "INSERT", "message"}};
    for (const auto &[table, event, kind] : triggers)
        out << QStringLiteral("CREATE TRIGGER %1_%2_changed AFTER %3 ON %1 REFERENCING NEW TABLE AS changed"
                              " FOR EACH STATEMENT EXECUTE FUNCTION wabench_changed('%4')")
                   .arg(QLatin1String(table), QString::fromLatin1(event).toLower(), QLatin1String(event),
                        QLatin1String(kind));
    out << QStringLiteral("CREATE TRIGGER templates_changed AFTER INSERT OR UPDATE OR DELETE ON templates"
                          " FOR EACH STATEMENT EXECUTE FUNCTION wabench_changed('templates')");
    return out;
}

// A SQLite statement of a step as PostgreSQL says it: its types by PostgreSQL's names (an id column is
// an identity, BLOB is BYTEA, integers are 64-bit); the trigram full-text table of version 3, its
// triggers and its rebuild are pg_trgm indexes on the same columns; nothing else differs.
QStringList postgresStep(const QStringList &step)
{
    QStringList out;
    for (QString statement : step) {
        if (statement.startsWith(QLatin1String("CREATE VIRTUAL TABLE messages_search"))) {
            out << QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            for (const char *column : {"recipient", "message_id", "error", "kind"})
                out << QStringLiteral("CREATE INDEX messages_search_%1 ON messages USING gin (%1 gin_trgm_ops)")
                           .arg(QLatin1String(column));
            continue;
        }
        if (statement.contains(QLatin1String("messages_search")))
            continue;
        if (statement.contains(QLatin1String("randomblob"))) {
            out << QStringLiteral(
                "INSERT INTO history_identity (id) VALUES (md5(random()::text || clock_timestamp()::text))");
            continue;
        }
        if (statement.startsWith(QLatin1String("CREATE TABLE workspace_settings"))) {
            // Every desktop hears the shared accounts and settings change; a history at version 14 has the
            // function without them.
            out << statement << changeFunction();
            for (const char *table : {"workspace_accounts", "workspace_settings"})
                out << QStringLiteral("CREATE TRIGGER %1_changed AFTER INSERT OR UPDATE OR DELETE ON %1"
                                      " FOR EACH STATEMENT EXECUTE FUNCTION wabench_changed('%2')")
                           .arg(QLatin1String(table),
                                QLatin1String(qstrcmp(table, "workspace_accounts") == 0 ? "accounts" : "settings"));
            // Messages removed (retention, a customer erased): each window drops them.
            out << QStringLiteral("CREATE TRIGGER messages_delete_changed AFTER DELETE ON messages REFERENCING OLD"
                                  " TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION wabench_changed('removed')");
            continue;
        } // the full-text table's rebuild and triggers: the indexes keep themselves
        if (statement.startsWith(QLatin1String("CREATE TABLE history_changes"))) {
            out << statement
                       .replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"),
                                QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"))
                       .replace(QLatin1String(" INTEGER"), QLatin1String(" BIGINT"))
                       .replace(QLatin1String("origin BIGINT"),
                                QLatin1String("origin INTEGER DEFAULT pg_backend_pid()"));
            out << changeTriggers();
            continue;
        }
        statement.replace(QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"),
                          QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        statement.replace(QLatin1String(" INTEGER"), QLatin1String(" BIGINT"));
        statement.replace(QLatin1String(" BLOB"), QLatin1String(" BYTEA"));
        statement.replace(QLatin1String(" REAL"), QLatin1String(" DOUBLE PRECISION"));
        out << statement;
    }
    return out;
}

} // namespace

bool HistoryStore::migrate(QString *error)
{
    if (postgres())
        return migratePostgres(error);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        if (error)
            *error = Text::tr("The history was written by a newer Wabench (schema %1; this one reads up to %2)")
                         .arg(version)
                         .arg(SchemaVersion);
        return false;
    }
    for (int step = version; step < SchemaVersion; ++step) {
        WriteTransaction transaction(db);
        if (!transaction.begin(error))
            return false;
        // Another process may have migrated it while this one waited.
        if (!run(query, QStringLiteral("PRAGMA user_version"), error) || !query.next())
            return false;
        if (query.value(0).toInt() > step)
            continue;
        for (const QString &statement : migrations().at(step)) {
            if (!run(query, statement, error))
                return false;
        }
        if (!run(query, QStringLiteral("PRAGMA user_version=%1").arg(step + 1), error) || !transaction.commit(error))
            return false;
    }
    return true;
}

// PostgreSQL keeps the version in a table of its own, and runs every step due in one transaction (its DDL
// is transactional), under a lock that makes a second process starting at the same time wait and then
// find the schema migrated.
bool HistoryStore::migratePostgres(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery query(db);
    const auto failed = [&db, error](const QString &why) {
        db.rollback();
        if (error)
            *error = why;
        return false;
    };
    QString why;
    if (!db.transaction())
        return failed(words(db.lastError()));
    // The lock's key: "wabench" in ASCII, any constant every Wabench agrees on.
    if (!run(query, QStringLiteral("SELECT pg_advisory_xact_lock(119971101110099104)"), &why) ||
        !run(query, QStringLiteral("SELECT to_regclass('wabench_schema') IS NULL"), &why) || !query.next())
        return failed(why);
    if (query.value(0).toBool() &&
        !run(query, QStringLiteral("CREATE TABLE wabench_schema (version INTEGER NOT NULL)"), &why))
        return failed(why);
    if (!run(query, QStringLiteral("SELECT max(version) FROM wabench_schema"), &why) || !query.next())
        return failed(why);
    const int version = query.value(0).toInt();
    if (version > SchemaVersion)
        return failed(Text::tr("The history was written by a newer Wabench (schema %1; this one reads up to %2)")
                          .arg(version)
                          .arg(SchemaVersion));
    if (version == SchemaVersion)
        return db.commit() || failed(words(db.lastError()));
    for (int step = version; step < SchemaVersion; ++step) {
        for (const QString &statement : postgresStep(migrations().at(step))) {
            if (!run(query, statement, &why))
                return failed(why);
        }
    }
    if (!run(query, QStringLiteral("DELETE FROM wabench_schema"), &why) ||
        !run(query, QStringLiteral("INSERT INTO wabench_schema (version) VALUES (%1)").arg(SchemaVersion), &why))
        return failed(why);
    return db.commit() || failed(words(db.lastError()));
}
