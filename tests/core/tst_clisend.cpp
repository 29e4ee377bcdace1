// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's stateful commands, run in-process against a temporary settings file, history and
// secret store: accounts with secrets only from standard input, sends with one line per message and
// their exit codes, and the history listed, filtered and exported.
#include "accounts/secretstore.h"
#include "cli/cli.h"
#include "clirun.h"
#include "history/historystore.h"
#include "loopbackserver.h"
#include "sandbox/sandbox.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using CliRun::Result;

} // namespace

class TestCliSend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;

    // Standard input is always there, empty unless given.
    Result run(const QStringList &arguments, const QString &input = {}) const
    {
        return CliRun::run(arguments, input.isNull() ? QString(QLatin1String("")) : input);
    }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return TestData::writeFile(m_dir.path(), name, bytes);
    }
    QString textMessage()
    {
        return write(QStringLiteral("text.json"), R"({"type": "text", "text": {"body": "Your order has shipped."}})");
    }
    void addMetaAccount(const QString &name, const LoopbackServer &server, const QString &token)
    {
        const Result r =
            run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                 QStringLiteral("meta"), QStringLiteral("--name"), name, QStringLiteral("--phone-number-id"),
                 QStringLiteral("PNID-7"), QStringLiteral("--base-url"), server.url(QString())},
                token + u'\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Cli::setEnvironment({settingsPath(), m_dir.filePath(QStringLiteral("history.sqlite")), &m_secrets});
    }

    void accountsAreAddedListedAndRemovedWithSecretsOnlyInTheStore()
    {
        Result r = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                        QStringLiteral("exotel"), QStringLiteral("--name"), QStringLiteral("Support desk"),
                        QStringLiteral("--region"), QStringLiteral("mumbai"), QStringLiteral("--sid"),
                        QStringLiteral("acme1"), QStringLiteral("--sender"), QStringLiteral("+919876500001")},
                       QStringLiteral("KEY-EXO-123\nTOKEN-EXO-456\n"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Support desk")));

        r = run({QStringLiteral("accounts"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("support-desk\texotel\tSupport desk\t+919876500001\t"
                                               "region=mumbai sid=acme1")),
                 qPrintable(r.out));
        QVERIFY(r.out.startsWith(QStringLiteral("sandbox\tsandbox\t")));
        QVERIFY(!r.out.contains(QStringLiteral("KEY-EXO-123")));
        r = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1).toObject().value(QStringLiteral("settings")).toObject().value(QStringLiteral("sid")),
                 QStringLiteral("acme1"));

        // The secrets are in the store, and nowhere in the settings file.
        std::optional<QString> key;
        m_secrets.read(QStringLiteral("support-desk/api_key"),
                       [&](std::optional<QString> s, const QString &) { key = s; });
        QTRY_VERIFY(key.has_value());
        QCOMPARE(*key, QStringLiteral("KEY-EXO-123"));
        QFile settings(settingsPath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(stored.contains("acme1"));
        QVERIFY(!stored.contains("KEY-EXO-123"));
        QVERIFY(!stored.contains("TOKEN-EXO-456"));

        r = run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("Support desk")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("accounts"), QStringLiteral("list")});
        QVERIFY(!r.out.contains(QStringLiteral("support-desk")));
        bool read = false;
        m_secrets.read(QStringLiteral("support-desk/api_key"), [&](std::optional<QString> s, const QString &) {
            key = s;
            read = true;
        });
        QTRY_VERIFY(read);
        QVERIFY(!key.has_value());
    }

    void badAccountsAreRefusedAndSaySo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("plain http elsewhere")
            << QStringList{QStringLiteral("--provider"), QStringLiteral("telnyx"),
                           QStringLiteral("--name"),     QStringLiteral("T"),
                           QStringLiteral("--base-url"), QStringLiteral("http://proxy.example.com")}
            << "Plain http";
        QTest::newRow("unknown provider") << QStringList{QStringLiteral("--provider"), QStringLiteral("acme"),
                                                         QStringLiteral("--name"), QStringLiteral("A")}
                                          << "--provider";
        QTest::newRow("another provider's field") << QStringList{QStringLiteral("--provider"),
                                                                 QStringLiteral("exotel"),
                                                                 QStringLiteral("--name"),
                                                                 QStringLiteral("E"),
                                                                 QStringLiteral("--phone-number-id"),
                                                                 QStringLiteral("1")}
                                                  << "--phone-number-id";
        QTest::newRow("a region that is not one")
            << QStringList{QStringLiteral("--provider"), QStringLiteral("exotel"),   QStringLiteral("--name"),
                           QStringLiteral("E"),          QStringLiteral("--region"), QStringLiteral("mars")}
            << "singapore, mumbai";
        QTest::newRow("no name") << QStringList{QStringLiteral("--provider"), QStringLiteral("telnyx")} << "name";
    }
    void badAccountsAreRefusedAndSaySo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Result r =
            run(QStringList{QStringLiteral("accounts"), QStringLiteral("add")} + arguments, QStringLiteral("SECRET\n"));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!run({QStringLiteral("accounts"), QStringLiteral("list")}).out.contains(QStringLiteral("SECRET")));
    }

    void sendPrintsOneLinePerMessageAndRecordsThem()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(
            200,
            QJsonDocument(TestData::vector(QStringLiteral("meta_response")).value(QStringLiteral("payload")).toObject())
                .toJson());
        addMetaAccount(QStringLiteral("Meta main"), server, QStringLiteral("TOKEN-META-789"));
        // --to reads numbers as the To field does: two in one, written as people write them, the one without a
        // country code as a number of the sender's country.
        const Result r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta main"),
                              QStringLiteral("--from"), QStringLiteral("+1 650 555 0100"), QStringLiteral("--to"),
                              QStringLiteral("+91 98765 43210, (650) 253-0000"), textMessage()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // The window's warnings, said before sending: neither customer has written here.
        QCOMPARE(r.err.count(QStringLiteral("is outside the 24-hour window")), 2);
        QVERIFY2(r.err.contains(QStringLiteral(": warning: /recipients/1: +16502530000 is outside")),
                 qPrintable(r.err));
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("accepted\t+919876543210\twamid.")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("accepted\t+16502530000\twamid.")));
        QCOMPARE(server.requestsReceived(), 2);
        QVERIFY(server.requests().constFirst().contains("Authorization: Bearer TOKEN-META-789"));

        Result listed = run({QStringLiteral("history"), QStringLiteral("--provider"), QStringLiteral("meta")});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.out.count(QStringLiteral("\taccepted\twamid.")), 2);
        listed =
            run({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
        const QJsonArray records = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(records.size(), 1);
        const QJsonObject record = records.first().toObject();
        QCOMPARE(record.value(QStringLiteral("state")), QStringLiteral("accepted"));
        QCOMPARE(record.value(QStringLiteral("account")), QStringLiteral("Meta main"));
        QVERIFY(record.value(QStringLiteral("request")).toString().contains(QStringLiteral("Bearer ••••")));
        QVERIFY(!listed.out.contains(QStringLiteral("TOKEN-META-789")));
        QCOMPARE(record.value(QStringLiteral("response")).toObject().value(QStringLiteral("messaging_product")),
                 QStringLiteral("whatsapp"));
        listed =
            run({QStringLiteral("history"), QStringLiteral("--csv"), QStringLiteral("--since"), QStringLiteral("1h")});
        QVERIFY(listed.out.startsWith(QStringLiteral("id,time,provider,account,sender,recipient,kind,message_id,")));
        QVERIFY(listed.out.count(QStringLiteral("\r\n")) >= 3);
    }

    void sendExitCodesSayWhatBecameOfTheMessages_data()
    {
        QTest::addColumn<int>("behaviour");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("line");
        QTest::newRow("refused") << int(LoopbackServer::Behaviour::Answer) << 400 << "responses/meta_error_131047.json"
                                 << 1 << "rejected\t+919876543210\t131047: ";
        QTest::newRow("closed after the body")
            << int(LoopbackServer::Behaviour::CloseAfterBody) << 0 << "" << 3 << "unknown\t+919876543210\t";
    }
    void sendExitCodesSayWhatBecameOfTheMessages()
    {
        QFETCH(int, behaviour);
        QFETCH(int, status);
        QFETCH(QString, answer);
        QFETCH(int, code);
        QFETCH(QString, line);
        LoopbackServer server{LoopbackServer::Behaviour(behaviour)};
        if (!answer.isEmpty())
            server.setAnswer(status, QJsonDocument(TestData::readObject(TestData::path(answer))).toJson());
        addMetaAccount(QStringLiteral("Meta exit"), server, QStringLiteral("T"));
        const Result r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta exit"),
                              QStringLiteral("--to"), QStringLiteral("+919876543210"), textMessage()});
        QCOMPARE(r.code, code);
        QVERIFY2(r.out.startsWith(line), qPrintable(r.out));
        QCOMPARE(server.requestsReceived(), 1);
    }

    // A file up to Meta's media endpoint (the Sandbox's, playing Meta) for an id, and that id's file back.
    void mediaGoesUpAndComesBack()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start(0));
        const Result added = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                  QStringLiteral("meta"), QStringLiteral("--name"), QStringLiteral("Media desk"),
                                  QStringLiteral("--phone-number-id"), QStringLiteral("PNID-8"),
                                  QStringLiteral("--base-url"), sandbox.baseUrl()},
                                 QStringLiteral("TOKEN\n"));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QByteArray pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
        const QString file = write(QStringLiteral("terms.pdf"), pdf);
        Result r = run({QStringLiteral("media"), QStringLiteral("upload"), QStringLiteral("--account"),
                        QStringLiteral("Media desk"), QStringLiteral("--type"), QStringLiteral("document"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString mediaId = r.out.trimmed();
        QVERIFY(sandbox.media().holds(mediaId));

        const QString saved = m_dir.filePath(QStringLiteral("terms-back.pdf"));
        r = run({QStringLiteral("media"), QStringLiteral("save"), QStringLiteral("--account"),
                 QStringLiteral("Media desk"), mediaId, saved});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Saved terms-back.pdf")), qPrintable(r.out));
        QFile back(saved);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), pdf);

        // Bad input says what and exits 2; an id the provider does not know exits 1.
        r = run({QStringLiteral("media"), QStringLiteral("upload"), QStringLiteral("--account"),
                 QStringLiteral("Media desk"), QStringLiteral("--type"), QStringLiteral("image"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("an image must be JPEG or PNG")), qPrintable(r.err));
        r = run({QStringLiteral("media"), QStringLiteral("upload"), QStringLiteral("--account"),
                 QStringLiteral("Media desk"), QStringLiteral("--type"), QStringLiteral("gif"), file});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("media"), QStringLiteral("save"), QStringLiteral("--account"),
                 QStringLiteral("Media desk"), QStringLiteral("404"), saved});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("did not say where the media is")), qPrintable(r.err));
    }

    void anAnswerTheHistoryCannotStoreIsNeverReportedAccepted()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, R"({"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}],)"
                              R"( "messages": [{"id": "wamid.KEEP-{n}"}]})");
        addMetaAccount(QStringLiteral("Meta busy"), server, QStringLiteral("T"));
        const QString history = m_dir.filePath(QStringLiteral("history.sqlite"));
        Cli::setEnvironment({settingsPath(), history, &m_secrets, 200});
        // Another process takes the history's write lock while the provider answers, and keeps it.
        const QString other = QStringLiteral("busy-holder");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            db.setDatabaseName(history);
            QVERIFY(db.open());
        }
        QSqlQuery lock(QSqlDatabase::database(other));
        connect(&server, &LoopbackServer::requestReceived, this,
                [&lock] { QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); });
        const Result r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta busy"),
                              QStringLiteral("--to"), QStringLiteral("+919876543210"), textMessage()});
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        QSqlDatabase::database(other).close();
        QSqlDatabase::removeDatabase(other);
        Cli::setEnvironment({settingsPath(), history, &m_secrets});

        QCOMPARE(r.code, 4);
        QCOMPARE(r.out, QStringLiteral("unrecorded\t+919876543210\twamid.KEEP-1\n"));
        QVERIFY2(r.err.contains(QStringLiteral("wamid.KEEP-1")) && r.err.contains(QStringLiteral("could not store")),
                 qPrintable(r.err));
        QVERIFY(!r.out.contains(QStringLiteral("accepted")));
        QCOMPARE(server.requestsReceived(), 1);
    }

    // send --csv: every row checked first (a row with errors refuses it all, or is skipped when asked), a line
    // per row, the exit status of the worst, and a run again of the same campaign sends nothing twice.
    void aListIsSentRowByRowAndARunAgainSendsNothingTwice()
    {
        Sandbox sandbox;
        QVERIFY(sandbox.start(0));
        sandbox.setCallbacksEnabled(false);
        QSignalSpy received(&sandbox, &Sandbox::requestAnswered);
        const Result added = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--provider"),
                                  QStringLiteral("meta"), QStringLiteral("--name"), QStringLiteral("List desk"),
                                  QStringLiteral("--phone-number-id"), QStringLiteral("PNID-9"),
                                  QStringLiteral("--base-url"), sandbox.baseUrl()},
                                 QStringLiteral("TOKEN\n"));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString draft = write(QStringLiteral("notice.json"),
                                    "{\"type\": \"text\", \"text\": {\"body\": \"Hello {{name}}, we are back.\"}}");
        // Row 3 has no number; the Sandbox answers 500 to a number ending in 921.
        const QString list = write(QStringLiteral("customers.csv"), "to,name\n"
                                                                    "+14155550101,Ana\n"
                                                                    "+14155550102,\"Bo, Jr.\"\n"
                                                                    ",Cy\n"
                                                                    "+14155550921,Di\n"
                                                                    "+14155550104,Ed\n");
        const QStringList send{QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("List desk"),
                               QStringLiteral("--csv"), list};

        Result r = run(send + QStringList{QStringLiteral("--campaign"), QStringLiteral("spring"), draft});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("customers.csv:4: error: row 3")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nothing was sent: 1 row(s) have errors")), qPrintable(r.err));
        QCOMPARE(received.size(), 0);

        r = run(send + QStringList{QStringLiteral("--rate"), QStringLiteral("-1"), draft});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--rate")), qPrintable(r.err));

        r = run(send + QStringList{QStringLiteral("--campaign"), QStringLiteral("spring"),
                                   QStringLiteral("--skip-invalid"), draft});
        QCOMPARE(r.code, 3); // one unknown
        QCOMPARE(r.out.count(QStringLiteral("accepted\t+1415555010")), 3);
        QCOMPARE(r.out.count(QStringLiteral("unknown\t+14155550921\t")), 1);
        QCOMPARE(r.out.count(u'\n'), 4);
        QVERIFY2(r.err.contains(QStringLiteral("Campaign \"spring\": 3 accepted, 0 rejected, 1 unknown, 0 sent "
                                               "before, 1 skipped for errors")),
                 qPrintable(r.err));
        QCOMPARE(received.size(), 4);
        QStringList to;
        for (const QList<QVariant> &request : std::as_const(received))
            to += request.at(3).toStringList();
        to.sort();
        QCOMPARE(to, (QStringList{QStringLiteral("+14155550101"), QStringLiteral("+14155550102"),
                                  QStringLiteral("+14155550104"), QStringLiteral("+14155550921")}));

        // Again: every row is on record, the unknown one included; nothing leaves.
        r = run(send + QStringList{QStringLiteral("--campaign"), QStringLiteral("spring"),
                                   QStringLiteral("--skip-invalid"), draft});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("resumed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("0 accepted, 0 rejected, 0 unknown, 4 sent before")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
        QCOMPARE(received.size(), 4);

        // The history knows each row's campaign.
        const Result listed = run({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--provider"),
                                   QStringLiteral("meta"), QStringLiteral("--search"), QStringLiteral("+14155550102")});
        const QJsonArray records = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(records.size(), 1);
        QVERIFY2(records.first()
                     .toObject()
                     .value(QStringLiteral("request"))
                     .toString()
                     .contains(QStringLiteral("Hello Bo, Jr., we are back.")),
                 qPrintable(listed.out));

        // Without --campaign a name is made and said first; a placeholder without a column refuses it all.
        const QString other = write(QStringLiteral("short.csv"), "to\n+14155550105\n");
        r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("List desk"),
                 QStringLiteral("--csv"), other, draft});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("name")), qPrintable(r.err));
        QCOMPARE(received.size(), 4);
        const QString plain = write(QStringLiteral("plain.json"), R"({"type": "text", "text": {"body": "Hi"}})");
        r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("List desk"),
                 QStringLiteral("--csv"), other, plain});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("campaign\tshort-")), qPrintable(r.out));
        QCOMPARE(received.size(), 5);
    }

    void nothingIsSentWhileTheMessageHasErrors()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        addMetaAccount(QStringLiteral("Meta strict"), server, QStringLiteral("T"));
        const QString empty = write(QStringLiteral("empty.json"), R"({"type": "text", "text": {"body": ""}})");
        const Result r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta strict"),
                              QStringLiteral("--to"), QStringLiteral("+919876543210"), empty});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral(": error: /message/text/body")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was sent")));
        QCOMPARE(server.requestsReceived(), 0); // refused before anything could leave
    }

    // Definitions imported into the library kept with the history; a template send that does not fit its
    // definition is not sent, with Meta's code's reason at its place; one that fits goes; a batch with a
    // definition that has no language is refused whole.
    void templateSendsAreCheckedAgainstTheKeptDefinitions()
    {
        Result r = run({QStringLiteral("templates"), QStringLiteral("import"),
                        TestData::path(QStringLiteral("templates/library.json"))});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("8")), qPrintable(r.out));
        r = run({QStringLiteral("templates"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("seasonal_promotion\ten_US\tMARKETING\t-\tlocal\n")), qPrintable(r.out));
        QCOMPARE(r.out.count(u'\n'), 8);
        // One definition shown as it is kept, or as a send that gives it its examples.
        r = run({QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("seasonal_promotion")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("category")).toString(),
                 QStringLiteral("MARKETING"));
        QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("no_such_template")}).code,
                 2);
        r = run({QStringLiteral("templates"), QStringLiteral("show"), QStringLiteral("seasonal_promotion"),
                 QStringLiteral("--send")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString examplesSend = write(QStringLiteral("examples.json"), r.out.toUtf8());

        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        addMetaAccount(QStringLiteral("Meta templates"), server, QStringLiteral("T"));
        const QString shortSend = write(QStringLiteral("short.json"), R"({"type": "template", "template": {
            "name": "seasonal_promotion", "language": {"code": "en_US"}, "components": [
            {"type": "header", "parameters": [{"type": "text", "text": "Summer Sale"}]},
            {"type": "body", "parameters": [{"type": "text", "text": "the end of August"}]}]}})");
        r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta templates"),
                 QStringLiteral("--to"), QStringLiteral("+919876543210"), shortSend});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral(": error: /message/template/components/1/parameters: ")),
                 qPrintable(r.err));
        QCOMPARE(server.requestsReceived(), 0);
        // The send `templates show --send` made fits its definition: it goes.
        r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta templates"),
                 QStringLiteral("--to"), QStringLiteral("+919876543210"), examplesSend});
        QVERIFY2(!r.err.contains(QStringLiteral("error:")), qPrintable(r.err));
        QCOMPARE(server.requestsReceived(), 1);

        const QString bad = write(QStringLiteral("no-language.json"),
                                  R"([{"name": "extra", "language": "en", "category": "UTILITY",
                                       "components": [{"type": "BODY", "text": "Hello"}]},
                                      {"name": "broken", "category": "UTILITY",
                                       "components": [{"type": "BODY", "text": "Hi"}]}])");
        r = run({QStringLiteral("templates"), QStringLiteral("import"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Definition 2")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("list")}).out.count(u'\n'), 8);

        r = run({QStringLiteral("templates"), QStringLiteral("delete"), QStringLiteral("seasonal_promotion"),
                 QStringLiteral("--language"), QStringLiteral("en_US")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("templates"), QStringLiteral("list")}).out.count(u'\n'), 7);
        // Not kept any more: the same send is not checked against anything, and goes.
        r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta templates"),
                 QStringLiteral("--to"), QStringLiteral("+919876543210"), shortSend});
        QCOMPARE(server.requestsReceived(), 2);
        r = run({QStringLiteral("templates"), QStringLiteral("delete"), QStringLiteral("seasonal_promotion"),
                 QStringLiteral("--language"), QStringLiteral("en_US")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No template seasonal_promotion in en_US")), qPrintable(r.err));
    }

    void aSecretNotStoredIsAskedForOnStandardInput()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(
            200,
            QJsonDocument(TestData::vector(QStringLiteral("meta_response")).value(QStringLiteral("payload")).toObject())
                .toJson());
        addMetaAccount(QStringLiteral("Meta forgetful"), server, QString()); // no token given
        Result r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta forgetful"),
                        QStringLiteral("--to"), QStringLiteral("+919876543210"), textMessage()});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Access token of account \"Meta forgetful\" is not stored")),
                 qPrintable(r.err));
        QCOMPARE(server.requestsReceived(), 0);
        r = run({QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("Meta forgetful"),
                 QStringLiteral("--to"), QStringLiteral("+919876543210"), textMessage()},
                QStringLiteral("TOKEN-TYPED\n"));
        QCOMPARE(r.code, 0);
        QVERIFY(server.requests().constFirst().contains("Authorization: Bearer TOKEN-TYPED"));
    }

    // The Sandbox account needs nothing set up; --wait runs the receiver and prints each status.
    void sendWaitsForTheStatuses_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("last");
        QTest::newRow("read") << "+919876543210" << QStringList{QStringLiteral("--until"), QStringLiteral("read")} << 0
                              << "read\t+919876543210\twamid.";
        QTest::newRow("delivered is enough")
            << "+919876543211" << QStringList() << 0 << "delivered\t+919876543211\twamid.";
        // A customer known by a business-scoped user id alone (Meta's `recipient`), followed to read.
        QTest::newRow("by business-scoped user id")
            << "US.13491208655302741210" << QStringList{QStringLiteral("--until"), QStringLiteral("read")} << 0
            << "read\tUS.13491208655302741210\twamid.";
        QTest::newRow("a failure") << "+919876543902" << QStringList() << 1 << "failed\t+919876543902\twamid.";
        QTest::newRow("never delivered, timed out")
            << "+919876543910" << QStringList{QStringLiteral("--timeout"), QStringLiteral("1")} << 3
            << "sent\t+919876543910\twamid.";
    }
    void sendWaitsForTheStatuses()
    {
        QFETCH(QString, recipient);
        QFETCH(QStringList, options);
        QFETCH(int, code);
        QFETCH(QString, last);
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("webhooks/port"), 0);
            settings.setValue(QStringLiteral("sandbox/port"), 0);
            settings.setValue(QStringLiteral("sandbox/callback_delay_ms"), 30);
        }
        const Result r = run(QStringList{QStringLiteral("send"), QStringLiteral("--account"), QStringLiteral("sandbox"),
                                         QStringLiteral("--to"), recipient, QStringLiteral("--wait")} +
                             options + QStringList{textMessage()});
        QVERIFY2(r.code == code, qPrintable(r.out + r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.first().startsWith(QStringLiteral("accepted\t") + recipient), qPrintable(r.out));
        QVERIFY2(lines.last().startsWith(last), qPrintable(r.out));
    }

    void historyOptionsAreChecked()
    {
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("yesterday-ish")}).code, 2);
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("-4")}).code, 2);
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--csv")}).code, 2);
        const Result r = run({QStringLiteral("history"), QStringLiteral("--status"), QStringLiteral("played")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains(QStringLiteral("No messages match")));
    }

    // A customer erased from the command line: only when confirmed, and said what went.
    void aCustomerIsErasedOnlyWhenConfirmed()
    {
        const QString path = m_dir.filePath(QStringLiteral("erase.sqlite"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            record.recipient = QStringLiteral("+919812345678");
            QVERIFY(store.insertSending(record) > 0);
        }
        const QStringList erase{QStringLiteral("history"), QStringLiteral("--database"), path,
                                QStringLiteral("--erase-customer"), QStringLiteral("+91 98123 45678")};
        Result r = run(erase);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        r = run(erase + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("erased\tmessages 1\t")), qPrintable(r.out));
        r = run({QStringLiteral("history"), QStringLiteral("--database"), path, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    // One history copied into another from the command line, twice without doubling; a path that holds no
    // history is refused without making one; old messages removed only when confirmed.
    void aHistoryIsCopiedInAndPruned()
    {
        const QString own = m_dir.filePath(QStringLiteral("own.sqlite"));
        const QString team = m_dir.filePath(QStringLiteral("team.sqlite"));
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(own, &error), qPrintable(error));
            for (const char *recipient : {"+919812345670", "+919812345671"}) {
                HistoryRecord record;
                record.provider = QStringLiteral("meta");
                record.recipient = QString::fromLatin1(recipient);
                const qint64 id = store.insertSending(record);
                QVERIFY(
                    store.recordOutcome(id, DeliveryStatus::Accepted, QStringLiteral("wamid.") + recipient, {}, {}, 1));
            }
        }
        const QStringList copy{QStringLiteral("history"), QStringLiteral("--database"), team,
                               QStringLiteral("--import-from"), own};
        Result r = run(copy);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("copied\tmessages 2\t")), qPrintable(r.out));
        r = run(copy);
        QVERIFY2(r.out.startsWith(QStringLiteral("copied\tmessages 0\t")), qPrintable(r.out));
        const QString nowhere = m_dir.filePath(QStringLiteral("typo.sqlite"));
        r = run(
            {QStringLiteral("history"), QStringLiteral("--database"), team, QStringLiteral("--import-from"), nowhere});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("there is no history there")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(nowhere));

        const QStringList prune{QStringLiteral("history"), QStringLiteral("--database"), team, QStringLiteral("--keep"),
                                QStringLiteral("1")};
        r = run(prune);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--yes")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--keep-days"), QStringLiteral("none"),
                      QStringLiteral("--yes")})
                     .code,
                 2);
        r = run(prune + QStringList{QStringLiteral("--yes")});
        QVERIFY2(r.out.startsWith(QStringLiteral("removed\tmessages 1")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("history"), QStringLiteral("--database"), team, QStringLiteral("--json")});
        const QJsonArray left = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first()[QStringLiteral("recipient")].toString(), QStringLiteral("+919812345671"));
    }

    // The history a command opens: --database (anywhere among its arguments, or as --database=), else
    // WABENCH_DATABASE, else Preferences' setting, else the default; a location that names no database
    // is refused, saying where it was named and never showing a password.
    void theHistoryIsTheOneNamedFirst()
    {
        const auto seed = [this](const QString &name, const QString &recipient) {
            const QString path = m_dir.filePath(name);
            HistoryStore store;
            QString error;
            if (!store.open(path, &error))
                qWarning("%s", qPrintable(error));
            HistoryRecord record;
            record.provider = QStringLiteral("meta");
            record.recipient = recipient;
            record.kind = QStringLiteral("text");
            store.insertSending(record);
            return path;
        };
        const QString named = seed(QStringLiteral("named.sqlite"), QStringLiteral("+911111111111"));
        const QString variable = seed(QStringLiteral("variable.sqlite"), QStringLiteral("+912222222222"));
        const QString preferred = seed(QStringLiteral("preferred.sqlite"), QStringLiteral("+913333333333"));
        const auto listed = [this](const QStringList &extra) {
            const Result r = run(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + extra);
            const QJsonArray records = QJsonDocument::fromJson(r.out.toUtf8()).array();
            return r.code == 0 && records.size() == 1
                       ? records.first().toObject().value(QStringLiteral("recipient")).toString()
                       : r.err;
        };
        Cli::setEnvironment({settingsPath(), QString(), &m_secrets});
        const auto restore = qScopeGuard([this] {
            qunsetenv("WABENCH_DATABASE");
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.remove(QStringLiteral("history/database"));
            Cli::setEnvironment({settingsPath(), m_dir.filePath(QStringLiteral("history.sqlite")), &m_secrets});
        });
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("history/database"), preferred);
        }
        QCOMPARE(listed({}), QStringLiteral("+913333333333"));
        qputenv("WABENCH_DATABASE", variable.toUtf8());
        QCOMPARE(listed({}), QStringLiteral("+912222222222"));
        QCOMPARE(listed({QStringLiteral("--database"), named}), QStringLiteral("+911111111111"));
        QCOMPARE(listed({QStringLiteral("--database=sqlite:") + named}), QStringLiteral("+911111111111"));
        // Only for the run it is given to.
        QCOMPARE(listed({}), QStringLiteral("+912222222222"));

        Result r = run({QStringLiteral("history"), QStringLiteral("--database")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--database needs a file or a URL")), qPrintable(r.err));
        r = run({QStringLiteral("history"), QStringLiteral("--database"), QStringLiteral("mysql://db.example/h")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--database")) && r.err.contains(QStringLiteral("\"mysql:\"")),
                 qPrintable(r.err));
        qputenv("WABENCH_DATABASE", "postgresql://agent:hunter2@db.example:99999/team");
        r = run({QStringLiteral("history")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("WABENCH_DATABASE")) && r.err.contains(QStringLiteral("99999")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
        // A workspace that does not answer: said with the password masked.
        qputenv("WABENCH_DATABASE", "postgresql://agent:hunter2@127.0.0.1:1/team?connect_timeout=2");
        r = run({QStringLiteral("history")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("postgresql://agent:***@127.0.0.1:1/team")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestCliSend)
#include "tst_clisend.moc"
