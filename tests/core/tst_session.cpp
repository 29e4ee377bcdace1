// SPDX-License-Identifier: GPL-3.0-or-later
// The session under every face, without widgets: the send policy as plain functions (what blocks, what
// warns, the 24-hour window, which account), and the Workbench sending through a loopback provider with a
// secret asked for and answered, its records announced by the history itself.
#include "accounts/secretstore.h"
#include "history/historystore.h"
#include "loopbackserver.h"
#include "message/jsonpointer.h"
#include "message/validator.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "session/sendpolicy.h"
#include "session/workbench.h"
#include "settings/settings.h"
#include "templates/templatematch.h"
#include "testdata.h"
#include "transport/sender.h"
#include "webhooks/localservices.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Draft textDraft(const QString &provider, const QStringList &recipients)
{
    Draft draft;
    draft.provider = provider;
    draft.recipients = recipients;
    draft.message = {{QStringLiteral("type"), QStringLiteral("text")},
                     {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello")}}}};
    return draft;
}

AccountProfile account(const QString &id, const QString &provider, const QString &name)
{
    AccountProfile profile;
    profile.id = id;
    profile.provider = provider;
    profile.name = name;
    return profile;
}

// A value of the template `name` in `language` the session keeps, "" when it keeps no such template.
QString keptValue(const Workbench &workbench, const QString &name, const QString &language, const QString &key)
{
    const QJsonObject *definition = workbench.templates().find(name, language);
    return definition ? definition->value(key).toString() : QString();
}

// One account of `provider` whose template API is a loopback server answering with the answers of a data
// file, and a session with that account (its secrets "KEY" and "TOKEN").
struct TemplateApi
{
    TemplateApi(const QTemporaryDir &dir, const QString &provider, const QString &dataFile,
                QHash<QString, QString> accountSettings)
        : settings(dir.filePath(provider + QStringLiteral(".ini")), QSettings::IniFormat),
          workbench({dir.filePath(provider + QStringLiteral(".sqlite")), 0, &secrets, &settings, false, std::nullopt}),
          server(LoopbackServer::Behaviour::Answer),
          profile(account(provider + QStringLiteral("-t"), provider, provider)),
          data(TestData::readObject(TestData::path(QStringLiteral("templates/") + dataFile)))
    {
        accountSettings.insert(QStringLiteral("base_url"), server.url(QString()));
        profile.settings = accountSettings;
        saved = workbench.accounts()->save(profile);
        for (const char *secret : {"api_key", "api_token"})
            secrets.write(profile.id + u'/' + QLatin1String(secret),
                          QLatin1String(qstrcmp(secret, "api_key") == 0 ? "KEY" : "TOKEN"),
                          [](bool, const QString &) {});
    }
    // The server answers with the data file's `key` from now on.
    void answer(const char *key, int status = 200)
    {
        server.setAnswer(status, QJsonDocument(data.value(QLatin1String(key)).toObject()).toJson());
    }
    // The definition the data file gives to create.
    QJsonObject definition() const { return data.value(QStringLiteral("definition")).toObject(); }
    // The body of the last request the server received.
    QJsonObject lastBody() const
    {
        const QByteArray request = server.requests().constLast();
        return QJsonDocument::fromJson(request.mid(request.indexOf("\r\n\r\n") + 4)).object();
    }

    QSettings settings;
    MemorySecretStore secrets;
    Workbench workbench;
    LoopbackServer server;
    AccountProfile profile;
    QJsonObject data;
    QString saved;
};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void whatBlocksASend_data()
    {
        QTest::addColumn<bool>("historyOpen");
        QTest::addColumn<bool>("sending");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<bool>("recipients");
        QTest::addColumn<bool>("error");
        QTest::addColumn<bool>("hasAccount");
        QTest::addColumn<QString>("blocker");
        QTest::newRow("ready") << true << false << false << true << false << true << "";
        QTest::newRow("no history") << false << false << false << true << false << true << "history is broken";
        QTest::newRow("a send under way") << true << true << false << true << false << true << "A send is under way";
        QTest::newRow("no message") << true << false << true << true << false << true << "Choose a message kind first";
        QTest::newRow("no recipient") << true << false << false << false << false << true << "Add a recipient first";
        QTest::newRow("an error") << true << false << false << true << true << true << "Fix the 1 error(s) first";
        QTest::newRow("no account") << true << false << false << true << false << false
                                    << "Add an account for this provider first (Message > Accounts)";
    }
    void whatBlocksASend()
    {
        QFETCH(bool, historyOpen);
        QFETCH(bool, sending);
        QFETCH(bool, empty);
        QFETCH(bool, recipients);
        QFETCH(bool, error);
        QFETCH(bool, hasAccount);
        QFETCH(QString, blocker);
        Draft draft = textDraft(QStringLiteral("meta"),
                                recipients ? QStringList{QStringLiteral("+919876543210")} : QStringList{});
        if (empty)
            draft.message = {};
        Issues issues = {Issue::warning(QStringLiteral("/message/text"), QStringLiteral("a warning blocks nothing"))};
        if (error)
            issues.append(Issue::error(QStringLiteral("/message/text/body"), QStringLiteral("too long")));
        const std::optional<AccountProfile> profile =
            hasAccount ? std::optional(account(QStringLiteral("m"), QStringLiteral("meta"), QStringLiteral("M")))
                       : std::nullopt;
        QCOMPARE(
            SendPolicy::blocker(draft, issues, profile, {historyOpen, QStringLiteral("history is broken"), sending}),
            blocker);
    }

    void whichAccountASendAndARecordGoWith()
    {
        const QList<AccountProfile> accounts = {
            account(QStringLiteral("e1"), QStringLiteral("exotel"), QStringLiteral("E")),
            account(QStringLiteral("m1"), QStringLiteral("meta"), QStringLiteral("First")),
            account(QStringLiteral("m2"), QStringLiteral("meta"), QStringLiteral("Second"))};
        Draft draft = textDraft(QStringLiteral("meta"), {});
        QCOMPARE(SendPolicy::accountFor(draft, accounts)->id, QStringLiteral("m1")); // none named: the first
        draft.account = QStringLiteral("m2");
        QCOMPARE(SendPolicy::accountFor(draft, accounts)->id, QStringLiteral("m2")); // by id
        draft.account = QStringLiteral("Second");
        QCOMPARE(SendPolicy::accountFor(draft, accounts)->id, QStringLiteral("m2")); // by name
        draft.account = QStringLiteral("e1");
        QCOMPARE(SendPolicy::accountFor(draft, accounts)->id, QStringLiteral("m1")); // another provider's: not it
        draft.provider = QStringLiteral("telnyx");
        QVERIFY(!SendPolicy::accountFor(draft, accounts));

        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.account = QStringLiteral("Second");
        QCOMPARE(SendPolicy::accountOf(record, accounts)->id, QStringLiteral("m2"));
        record.account = QStringLiteral("Removed since");
        QCOMPARE(SendPolicy::accountOf(record, accounts)->id, QStringLiteral("m1"));
    }

    void theTwentyFourHourWindow()
    {
        const QDateTime now(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
        const QHash<QString, QDateTime> wrote = {{QStringLiteral("+919876543210"), now.addSecs(-3600)},
                                                 {QStringLiteral("+919876543211"), now.addSecs(-25 * 3600)}};
        const auto lastInbound = [&wrote](const QString &customer) { return wrote.value(customer); };
        const Draft draft =
            textDraft(QStringLiteral("meta"), {QStringLiteral("+919876543210"), QStringLiteral("+919876543211"),
                                               QStringLiteral("+919876543212")});
        const Issues warnings = SendPolicy::windowWarnings(draft, lastInbound, now);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).pointer, QStringLiteral("/recipients/1"));
        QVERIFY(warnings.at(0).message.contains(QStringLiteral("last wrote")));
        QCOMPARE(warnings.at(1).pointer, QStringLiteral("/recipients/2"));
        QVERIFY(warnings.at(1).message.contains(QStringLiteral("no message from them")));
        QVERIFY(warnings.at(1).message.contains(QStringLiteral("131047")));
        QVERIFY(!warnings.at(0).isError());

        Draft templated = draft;
        templated.message = {{QStringLiteral("type"), QStringLiteral("template")},
                             {QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), QStringLiteral("t")}}}};
        QVERIFY(SendPolicy::windowWarnings(templated, lastInbound, now).isEmpty()); // a template always reaches
        // The Sandbox's customers wrote an hour ago, but scenario 902's, who never did: the same warning.
        Draft sandbox = draft;
        sandbox.provider = QStringLiteral("sandbox");
        sandbox.recipients = {QStringLiteral("+919876543211"), QStringLiteral("+919876543902")};
        const Issues played = SendPolicy::windowWarnings(sandbox, lastInbound, now);
        QCOMPARE(played.size(), 1);
        QCOMPARE(played.at(0).pointer, QStringLiteral("/recipients/1"));
        QVERIFY(played.at(0).message.contains(QStringLiteral("+919876543902 is outside the 24-hour window")));
        sandbox.message = templated.message;
        QVERIFY(SendPolicy::windowWarnings(sandbox, lastInbound, now).isEmpty());
    }

    void warningsAreConfirmedOnce()
    {
        const Issue first = Issue::warning(QStringLiteral("/recipients/0"), QStringLiteral("outside the window"));
        const Issue second = Issue::warning(QStringLiteral("/message/text/body"), QStringLiteral("a long text"));
        const Issue error = Issue::error(QStringLiteral("/message"), QStringLiteral("broken"));
        QSet<QString> confirmed;
        QCOMPARE(SendPolicy::unconfirmed({first, second, error}, confirmed).size(), 2); // errors are not asked
        confirmed.insert(SendPolicy::confirmationKey(first));
        const Issues left = SendPolicy::unconfirmed({first, second}, confirmed);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().message, QStringLiteral("a long text"));
        // The same words at another place are another warning.
        QCOMPARE(
            SendPolicy::unconfirmed({Issue::warning(QStringLiteral("/recipients/1"), first.message)}, confirmed).size(),
            1);
    }

    void aRecordIsSentAgainAsItWas()
    {
        HistoryRecord record;
        record.provider = QStringLiteral("meta");
        record.account = QStringLiteral("Main");
        record.recipient = QStringLiteral("+919876543210");
        record.sender = QStringLiteral("PNID");
        record.request =
            "POST https://graph.facebook.com/v21.0/PNID/messages\nAuthorization: Bearer ••••\n\n"
            R"({"messaging_product":"whatsapp","to":"919876543210","type":"text","text":{"body":"Again"}})";
        QString why;
        const std::optional<Draft> draft = SendPolicy::sendAgain(record, &why);
        QVERIFY2(draft, qPrintable(why));
        QCOMPARE(draft->provider, QStringLiteral("meta"));
        QCOMPARE(draft->account, QStringLiteral("Main"));
        QCOMPARE(draft->recipients, QStringList{QStringLiteral("+919876543210")});
        QCOMPARE(draft->message.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")),
                 QStringLiteral("Again"));
        record.request = "POST x\n\nnot json";
        QVERIFY(!SendPolicy::sendAgain(record, &why));
        QVERIFY(why.contains(QStringLiteral("not read")));
    }

    void theWorkbenchAsksForASecretAndSends()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, R"({"messaging_product": "whatsapp", "contacts": [{"input": "x", "wa_id": "x"}],)"
                              R"( "messages": [{"id": "wamid.S{n}"}]})");
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history.sqlite")), 0, &secrets, &settings, false, std::nullopt});
        QVERIFY2(workbench.historyOpen(), qPrintable(workbench.historyError()));
        AccountProfile meta = account(QStringLiteral("meta-1"), QStringLiteral("meta"), QStringLiteral("Meta"));
        meta.settings = {{QStringLiteral("phone_number_id"), QStringLiteral("PNID")},
                         {QStringLiteral("base_url"), server.url(QString())}};
        QCOMPARE(workbench.accounts()->save(meta), QString());

        Draft draft = textDraft(QStringLiteral("meta"), {QStringLiteral("+919876543210")});
        draft.account = meta.id;
        // No one wrote from that number here: the window's warning, not confirmed yet.
        const Issues warnings = workbench.unconfirmedWarnings(draft, {});
        QCOMPARE(warnings.size(), 1);
        workbench.confirm(warnings);
        QVERIFY(workbench.unconfirmedWarnings(draft, {}).isEmpty());

        QSignalSpy added(&workbench, &Workbench::recordAdded);
        QSignalSpy changed(&workbench, &Workbench::recordChanged);
        QSignalSpy finished(&workbench, &Workbench::sendFinished);
        QStringList asked;
        connect(&workbench, &Workbench::secretNeeded, this,
                [&](const AccountProfile &profile, const AccountField &field) {
                    asked << profile.name + u'/' + field.key;
                    workbench.answerSecret(QStringLiteral("TYPED-TOKEN"));
                });
        QVERIFY(workbench.send(draft, {}));
        QVERIFY(workbench.isSending());
        QString why;
        QVERIFY(!workbench.send(draft, {}, &why)); // one send at a time
        QCOMPARE(why, QStringLiteral("A send is under way"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(asked, QStringList{QStringLiteral("Meta/access_token")});
        using Counts = QHash<DeliveryStatus, int>;
        QCOMPARE(finished.first().first().value<Counts>().value(DeliveryStatus::Accepted), 1);
        QCOMPARE(added.size(), 1);
        const qint64 id = added.first().first().toLongLong();
        QVERIFY(changed.contains(QVariantList{id}));
        QCOMPARE(workbench.history()->record(id)->state, DeliveryStatus::Accepted);
        QVERIFY(server.requests().constFirst().contains("Authorization: Bearer TYPED-TOKEN"));

        // The typed secret is kept for this session: the next send does not ask again. Nor does it store it.
        QVERIFY(workbench.send(draft, {}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(asked.size(), 1);
        std::optional<bool> stored;
        secrets.read(AccountStore::secretKey(meta, QStringLiteral("access_token")),
                     [&stored](std::optional<QString> secret, const QString &) { stored = secret.has_value(); });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(!*stored);
    }

    void aSecretRefusedAbandonsTheSend()
    {
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        QSettings settings(m_dir.filePath(QStringLiteral("settings2.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history2.sqlite")), 0, &secrets, &settings, true, std::nullopt});
        AccountProfile meta = account(QStringLiteral("meta-2"), QStringLiteral("meta"), QStringLiteral("Meta"));
        meta.settings = {{QStringLiteral("phone_number_id"), QStringLiteral("PNID")},
                         {QStringLiteral("base_url"), server.url(QString())}};
        QCOMPARE(workbench.accounts()->save(meta), QString());
        connect(&workbench, &Workbench::secretNeeded, this, [&] { workbench.answerSecret(std::nullopt); });
        QSignalSpy abandoned(&workbench, &Workbench::sendAbandoned);
        Draft draft = textDraft(QStringLiteral("meta"), {QStringLiteral("+919876543210")});
        QVERIFY(workbench.send(draft, {}));
        QTRY_COMPARE_WITH_TIMEOUT(abandoned.size(), 1, 10000);
        QVERIFY(abandoned.first().first().toString().contains(QStringLiteral("needed")));
        QVERIFY(!workbench.isSending());
        QCOMPARE(server.requestsReceived(), 0);
    }

    // With a public URL, the window is told plainly which providers' callbacks are taken unsigned; once the
    // keys are set, nothing is said.
    void callbacksTakenUnsignedAreSaid()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings3.ini")), QSettings::IniFormat);
        Settings(&settings).setPublicUrl(QStringLiteral("https://example.ngrok.app"));
        MemorySecretStore secrets;
        {
            Workbench workbench(
                {m_dir.filePath(QStringLiteral("history3.sqlite")), 0, &secrets, &settings, true, std::nullopt});
            QSignalSpy notices(&workbench, &Workbench::notice);
            workbench.startServices({true, true, false});
            QTRY_VERIFY(!notices.isEmpty());
            const QString said = notices.constLast().constFirst().toString();
            QVERIFY2(said.contains(QStringLiteral("accepted unsigned")) && said.contains(QStringLiteral("Telnyx")) &&
                         said.contains(QStringLiteral("Meta")),
                     qPrintable(said));
        }
        const Provider *telnyx = Providers::find(QStringLiteral("telnyx"));
        Settings(&settings).setCallbackField(QStringLiteral("telnyx"), QStringLiteral("public_key"),
                                             telnyx->newCallbackKeys().verifying);
        secrets.write(Settings::callbackFieldName(QStringLiteral("meta"), QStringLiteral("app_secret")),
                      QStringLiteral("app-secret"), [](bool, const QString &) {});
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history3.sqlite")), 0, &secrets, &settings, true, std::nullopt});
        QSignalSpy notices(&workbench, &Workbench::notice);
        QSignalSpy started(&workbench, &Workbench::servicesStarted);
        workbench.startServices({true, true, false});
        QVERIFY(!started.isEmpty());
        QTRY_VERIFY(workbench.services()->unsignedWarning().isEmpty()); // once the keychain has answered
        QVERIFY(notices.isEmpty());
    }

    // The Sandbox as Meta's template API: a template created is PENDING, then APPROVED after the callback
    // delay with Meta's status webhook (a name ending in _rejected is REJECTED); pulled, the account's
    // templates are kept with their status and checked against; a send that does not fit the approved
    // definition is refused by the Sandbox with Meta's 132000, one that fits is accepted.
    void theSandboxApprovesTemplatesAndHoldsSendsToThem()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings-templates.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history-templates.sqlite")), 0, &secrets, &settings, true, std::nullopt});
        QVERIFY2(workbench.historyOpen(), qPrintable(workbench.historyError()));
        workbench.startServices({true, true, true});
        Sandbox *sandbox = workbench.services()->sandbox();
        QVERIFY(sandbox);
        sandbox->setCallbackDelay(50);
        const QJsonObject lint = TestData::readObject(TestData::path(QStringLiteral("templates/library.json")));
        const QJsonObject seasonal = lint.value(QStringLiteral("data")).toArray().first().toObject();
        QJsonObject rejected = seasonal;
        rejected.insert(QStringLiteral("name"), QStringLiteral("seasonal_promotion_rejected"));

        QSignalSpy pushed(&workbench, &Workbench::templatePushed);
        QSignalSpy pushFinished(&workbench, &Workbench::templatesPushFinished);
        QSignalSpy webhooks(sandbox, &Sandbox::callbackDelivered);
        QString why;
        QVERIFY2(workbench.pushTemplates(QStringLiteral("sandbox"), {seasonal, rejected}, &why), qPrintable(why));
        QVERIFY(pushFinished.wait(10000));
        QCOMPARE(pushed.size(), 2);
        QVERIFY(pushed.at(0).at(1).toBool());
        QVERIFY2(pushed.at(0).at(2).toString().endsWith(QStringLiteral("(PENDING)")),
                 qPrintable(pushed.at(0).at(2).toString()));
        // Kept at once, pending.
        const QJsonObject *kept =
            workbench.templates().find(QStringLiteral("seasonal_promotion"), QStringLiteral("en_US"));
        QVERIFY(kept);
        QCOMPARE(kept->value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        // Created again: Meta refuses content that exists in that language.
        QVERIFY(workbench.pushTemplates(QStringLiteral("sandbox"), {seasonal}, &why));
        QVERIFY(pushFinished.wait(10000));
        QVERIFY(!pushed.constLast().at(1).toBool());
        QVERIFY2(pushed.constLast().at(2).toString().contains(QStringLiteral("2388024")),
                 qPrintable(pushed.constLast().at(2).toString()));

        // Both decided, each with its webhook to the receiver.
        QTRY_COMPARE_WITH_TIMEOUT(webhooks.size(), 2, 10000);
        QCOMPARE(webhooks.at(0).at(2).toInt(), 200);
        QSignalSpy pulled(&workbench, &Workbench::templatesPulled);
        QVERIFY(workbench.pullTemplates(QStringLiteral("sandbox"), &why));
        QVERIFY(pulled.wait(10000));
        QVERIFY2(pulled.first().first().toBool(), qPrintable(pulled.first().at(1).toString()));
        QCOMPARE(keptValue(workbench, QStringLiteral("seasonal_promotion"), QStringLiteral("en_US"),
                           QStringLiteral("status")),
                 QStringLiteral("APPROVED"));
        QCOMPARE(keptValue(workbench, QStringLiteral("seasonal_promotion_rejected"), QStringLiteral("en_US"),
                           QStringLiteral("status")),
                 QStringLiteral("REJECTED"));

        // A send that fits goes; one with a value missing is refused by the Sandbox as Meta refuses it.
        Draft draft;
        draft.provider = QStringLiteral("sandbox");
        draft.account = QStringLiteral("sandbox");
        draft.sender = QStringLiteral("+919876500001");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message = QJsonDocument::fromJson(
                            R"({"type": "template", "template": {"name": "seasonal_promotion",
                                "language": {"code": "en_US"}, "components": [
                                {"type": "header", "parameters": [{"type": "text", "text": "Summer Sale"}]},
                                {"type": "body", "parameters": [{"type": "text", "text": "the end of August"},
                                    {"type": "text", "text": "25OFF"}, {"type": "text", "text": "25%"}]}]}})")
                            .object();
        QSignalSpy finished(&workbench, &Workbench::sendFinished);
        QSignalSpy added(&workbench, &Workbench::recordAdded);
        QVERIFY(workbench.send(draft, {}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(workbench.history()->record(added.constLast().first().toLongLong())->state, DeliveryStatus::Accepted);
        QJsonObject shorter = draft.message;
        QJsonObject inner = shorter.value(QStringLiteral("template")).toObject();
        QJsonArray components = inner.value(QStringLiteral("components")).toArray();
        QJsonObject body = components.at(1).toObject();
        QJsonArray parameters = body.value(QStringLiteral("parameters")).toArray();
        parameters.removeLast();
        body.insert(QStringLiteral("parameters"), parameters);
        components.replace(1, body);
        inner.insert(QStringLiteral("components"), components);
        shorter.insert(QStringLiteral("template"), inner);
        draft.message = shorter;
        // Checked here first: the window and the command line stop it before it leaves.
        const Issues issues =
            Validator::validateDraft(draft, Providers::find(QStringLiteral("sandbox")), &workbench.templates());
        QVERIFY(
            std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) { return issue.code == u"132000"; }));
        // Sent all the same (issues not given), the Sandbox refuses it.
        QVERIFY(workbench.send(draft, {}));
        QVERIFY(finished.wait(10000));
        const std::optional<HistoryRecord> refused =
            workbench.history()->record(added.constLast().first().toLongLong());
        QCOMPARE(refused->state, DeliveryStatus::Rejected);
        QVERIFY2(refused->error.contains(QStringLiteral("132000")), qPrintable(refused->error));
    }

    // One request for secrets at a time: while a send waits for its account's token, templates are not
    // pulled (their account's secrets would be asked for over it).
    void templatesWaitWhileASendWaitsForItsSecrets()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings-wait.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history-wait.sqlite")), 0, &secrets, &settings, false, std::nullopt});
        AccountProfile meta = account(QStringLiteral("meta-w"), QStringLiteral("meta"), QStringLiteral("Meta W"));
        meta.settings = {{QStringLiteral("phone_number_id"), QStringLiteral("PNID")},
                         {QStringLiteral("business_account_id"), QStringLiteral("WABA")}};
        QCOMPARE(workbench.accounts()->save(meta), QString());
        QSignalSpy asked(&workbench, &Workbench::secretNeeded);
        Draft draft = textDraft(QStringLiteral("meta"), {QStringLiteral("+919876543210")});
        draft.account = meta.id;
        QVERIFY(workbench.send(draft, {}));
        QTRY_VERIFY(!asked.isEmpty());
        QString why;
        QVERIFY(!workbench.pullTemplates(meta.id, &why));
        QCOMPARE(why, QStringLiteral("A send or an upload is waiting for its account's secrets"));
        workbench.answerSecret(std::nullopt);
    }

    // The Sandbox's naming scenarios after approval: a template whose name ends in _paused is approved and
    // then paused, one ending in _disabled then disabled, each decision with its webhook, which the receiver
    // keeps; a send of either is then refused before it leaves with Meta's code.
    void theSandboxPausesAndDisablesTemplatesByName()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings-paused.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Workbench workbench(
            {m_dir.filePath(QStringLiteral("history-paused.sqlite")), 0, &secrets, &settings, true, std::nullopt});
        workbench.startServices({true, true, true});
        Sandbox *sandbox = workbench.services()->sandbox();
        QVERIFY(sandbox);
        sandbox->setCallbackDelay(50);
        const QJsonObject lint = TestData::readObject(TestData::path(QStringLiteral("templates/library.json")));
        QJsonObject paused = lint.value(QStringLiteral("data")).toArray().first().toObject();
        paused.insert(QStringLiteral("name"), QStringLiteral("promo_paused"));
        QJsonObject disabled = paused;
        disabled.insert(QStringLiteral("name"), QStringLiteral("promo_disabled"));
        QSignalSpy webhooks(sandbox, &Sandbox::callbackDelivered);
        QString why;
        QVERIFY2(workbench.pushTemplates(QStringLiteral("sandbox"), {paused, disabled}, &why), qPrintable(why));
        const auto statusOf = [&workbench](const QString &name) {
            const QJsonObject *kept = workbench.templates().find(name, QStringLiteral("en_US"));
            return kept ? kept->value(QStringLiteral("status")).toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("promo_paused")), QStringLiteral("PAUSED"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("promo_disabled")), QStringLiteral("DISABLED"), 10000);
        // approved, then paused or disabled, for each (the last delivery is counted once its answer is back)
        QTRY_COMPARE_WITH_TIMEOUT(webhooks.size(), 4, 10000);
        QJsonObject send{{QStringLiteral("type"), QStringLiteral("template")},
                         {QStringLiteral("template"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("promo_paused")},
                                      {QStringLiteral("language"),
                                       QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}}}};
        Issues issues = TemplateMatch::check(send, workbench.templates());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, QStringLiteral("132015"));
        send.insert(
            QStringLiteral("template"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("promo_disabled")},
                        {QStringLiteral("language"), QJsonObject{{QStringLiteral("code"), QStringLiteral("en_US")}}}});
        issues = TemplateMatch::check(send, workbench.templates());
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, QStringLiteral("132016"));
    }

    // Exotel's template APIs: the list read out of Exotel's envelope and kept with each template's status;
    // a definition created in the envelope Exotel takes, with the account's key and token; Exotel's refusal in
    // words; a deletion by name, in every language, whatever language was asked for.
    void exotelTemplatesArePulledCreatedAndDeleted()
    {
        TemplateApi api(m_dir, QStringLiteral("exotel"), QStringLiteral("exotel_templates.json"),
                        {{QStringLiteral("business_account_id"), QStringLiteral("WABA2")},
                         {QStringLiteral("sid"), QStringLiteral("acme1")}});
        QCOMPARE(api.saved, QString());
        Workbench &workbench = api.workbench;
        LoopbackServer &server = api.server;
        const QString exotel = api.profile.id;
        const auto answer = [&api](const char *key, int status = 200) { api.answer(key, status); };
        answer("list");
        QSignalSpy pulled(&workbench, &Workbench::templatesPulled);
        QString why;
        QVERIFY2(workbench.pullTemplates(exotel, &why), qPrintable(why));
        QVERIFY(pulled.wait(10000));
        QVERIFY2(pulled.first().first().toBool(), qPrintable(pulled.first().at(1).toString()));
        const QString list = QUrl::fromPercentEncoding(server.requests().constFirst());
        QVERIFY2(list.startsWith(QStringLiteral("GET /v2/accounts/acme1/templates?waba_id=WABA2&limit=100 ")),
                 qPrintable(list));
        QVERIFY(list.contains(QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("KEY:TOKEN").toBase64()),
                              Qt::CaseInsensitive));
        QCOMPARE(keptValue(workbench, QStringLiteral("diwali_offer"), QStringLiteral("hi"),
                           QStringLiteral("rejected_reason")),
                 QStringLiteral("INVALID_FORMAT"));

        answer("created");
        QSignalSpy pushed(&workbench, &Workbench::templatePushed);
        QVERIFY(workbench.pushTemplates(exotel, {api.definition()}, &why));
        QTRY_COMPARE(pushed.size(), 1);
        QVERIFY2(pushed.first().at(1).toBool(), qPrintable(pushed.first().at(2).toString()));
        const QByteArray create = server.requests().constLast();
        QVERIFY(create.startsWith("POST /v2/accounts/acme1/templates?waba_id=WABA2 "));
        const QJsonObject body = api.lastBody();
        QCOMPARE(JsonPointer::get(body, QStringLiteral("/whatsapp/templates/0/template/name")).toString(),
                 QStringLiteral("parcel_today"));
        QCOMPARE(keptValue(workbench, QStringLiteral("parcel_today"), QStringLiteral("en"), QStringLiteral("status")),
                 QStringLiteral("PENDING"));

        answer("refused", 400);
        QVERIFY(workbench.pushTemplates(exotel, {api.definition()}, &why));
        QTRY_COMPARE(pushed.size(), 2);
        QVERIFY(!pushed.constLast().at(1).toBool());
        QVERIFY2(pushed.constLast().at(2).toString().contains(QStringLiteral("already exists")),
                 qPrintable(pushed.constLast().at(2).toString()));

        answer("deleted");
        QSignalSpy deleted(&workbench, &Workbench::templateDeleted);
        QVERIFY(workbench.deleteTemplate(exotel, QStringLiteral("order_update"), &why, QStringLiteral("en")));
        QVERIFY(deleted.wait(10000));
        QVERIFY2(deleted.constLast().first().toBool(), qPrintable(deleted.constLast().at(1).toString()));
        const QByteArray removal = server.requests().constLast();
        QVERIFY(removal.startsWith("DELETE /v2/accounts/acme1/templates?waba_id=WABA2 "));
        QCOMPARE(JsonPointer::get(api.lastBody(), QStringLiteral("/whatsapp/templates/0/template/name")).toString(),
                 QStringLiteral("order_update"));
        QVERIFY(!workbench.templates().find(QStringLiteral("order_update"), QStringLiteral("en")));
    }

    // Telnyx's template API: every page read (page[number] until total_pages) and kept for the account with
    // Telnyx's id, status, rejection reason and quality under Meta's names; a definition created from the
    // account's WhatsApp Business Account id; one deleted by the id it was kept with, and a deletion without
    // a language refused, since Telnyx deletes by id.
    void telnyxTemplatesArePulledCreatedAndDeleted()
    {
        TemplateApi api(m_dir, QStringLiteral("telnyx"), QStringLiteral("telnyx_templates.json"),
                        {{QStringLiteral("business_account_id"), QStringLiteral("WABA1")}});
        QCOMPARE(api.saved, QString());
        Workbench &workbench = api.workbench;
        LoopbackServer &server = api.server;
        const QString telnyx = api.profile.id;
        const auto answer = [&api](const char *key, int status = 200) { api.answer(key, status); };
        connect(&server, &LoopbackServer::requestReceived, this, [&] {
            if (server.requestsReceived() == 2)
                answer("page2");
        });
        answer("page1");
        QSignalSpy pulled(&workbench, &Workbench::templatesPulled);
        QString why;
        QVERIFY2(workbench.pullTemplates(telnyx, &why), qPrintable(why));
        QVERIFY(pulled.wait(10000));
        QVERIFY2(pulled.first().first().toBool(), qPrintable(pulled.first().at(1).toString()));
        QCOMPARE(server.requestsReceived(), 2);
        const QString first = QUrl::fromPercentEncoding(server.requests().at(0));
        QVERIFY2(first.startsWith(QStringLiteral("GET /v2/whatsapp/message_templates?")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("filter[waba_id]=WABA1")));
        QVERIFY(first.contains(QStringLiteral("page[number]=1")));
        QVERIFY(first.contains(QStringLiteral("Bearer KEY"), Qt::CaseInsensitive));
        QVERIFY(QUrl::fromPercentEncoding(server.requests().at(1)).contains(QStringLiteral("page[number]=2")));
        const QJsonObject *welcome =
            workbench.templates().find(QStringLiteral("welcome_message"), QStringLiteral("en_US"));
        QVERIFY(welcome);
        QCOMPARE(welcome->value(QStringLiteral("id")).toString(),
                 QStringLiteral("019cd44b-3a1c-781b-956e-bd33e9fd2ac6"));
        QCOMPARE(welcome->value(QStringLiteral("quality_score")).toObject().value(QStringLiteral("score")).toString(),
                 QStringLiteral("HIGH"));
        const QJsonObject *rejected =
            workbench.templates().find(QStringLiteral("order_update"), QStringLiteral("en_US"));
        QVERIFY(rejected);
        QCOMPARE(rejected->value(QStringLiteral("status")).toString(), QStringLiteral("REJECTED"));
        QCOMPARE(rejected->value(QStringLiteral("rejected_reason")).toString(), QStringLiteral("INVALID_FORMAT"));

        answer("created");
        QSignalSpy pushed(&workbench, &Workbench::templatePushed);
        QVERIFY(workbench.pushTemplates(telnyx, {api.definition()}, &why));
        QTRY_COMPARE(pushed.size(), 1);
        QVERIFY2(pushed.first().at(1).toBool(), qPrintable(pushed.first().at(2).toString()));
        const QByteArray create = server.requests().constLast();
        QVERIFY(create.startsWith("POST /v2/whatsapp/message_templates "));
        const QJsonObject body = api.lastBody();
        QCOMPARE(body.value(QStringLiteral("waba_id")).toString(), QStringLiteral("WABA1"));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("parcel_today"));
        QCOMPARE(
            keptValue(workbench, QStringLiteral("parcel_today"), QStringLiteral("en_US"), QStringLiteral("status")),
            QStringLiteral("PENDING"));

        QSignalSpy deleted(&workbench, &Workbench::templateDeleted);
        QVERIFY(workbench.deleteTemplate(telnyx, QStringLiteral("welcome_message"), &why));
        QVERIFY(deleted.wait(10000));
        QVERIFY(!deleted.constLast().first().toBool());
        QVERIFY2(deleted.constLast().at(1).toString().contains(QStringLiteral("by its id")),
                 qPrintable(deleted.constLast().at(1).toString()));
        server.setAnswer(204, QByteArray());
        QVERIFY(workbench.deleteTemplate(telnyx, QStringLiteral("welcome_message"), &why, QStringLiteral("en_US")));
        QVERIFY(deleted.wait(10000));
        QVERIFY2(deleted.constLast().first().toBool(), qPrintable(deleted.constLast().at(1).toString()));
        QVERIFY(server.requests().constLast().startsWith(
            "DELETE /v2/whatsapp_message_templates/019cd44b-3a1c-781b-956e-bd33e9fd2ac6 "));
        QVERIFY(!workbench.templates().find(QStringLiteral("welcome_message"), QStringLiteral("en_US")));
        QVERIFY(workbench.templates().find(QStringLiteral("order_update"), QStringLiteral("en_US")));

        // Telnyx's error, in words.
        answer("error", 400);
        QVERIFY(workbench.pushTemplates(telnyx, {api.definition()}, &why));
        QTRY_COMPARE(pushed.size(), 2);
        QVERIFY(!pushed.constLast().at(1).toBool());
        QVERIFY2(pushed.constLast().at(2).toString().contains(QStringLiteral("already exists")),
                 qPrintable(pushed.constLast().at(2).toString()));
    }
    // Kaleyra's pages show its template requests but not its answers: both shapes they can come in are
    // read (Meta's own, and Meta's inside Kaleyra's envelope), its errors and Meta's in words.
    void kaleyraTemplatesArePulledCreatedAndDeleted()
    {
        TemplateApi api(m_dir, QStringLiteral("kaleyra"), QStringLiteral("kaleyra_templates.json"),
                        {{QStringLiteral("business_account_id"), QStringLiteral("WABA3")},
                         {QStringLiteral("sid"), QStringLiteral("HXAP16")}});
        QCOMPARE(api.saved, QString());
        Workbench &workbench = api.workbench;
        LoopbackServer &server = api.server;
        AccountProfile &kaleyra = api.profile;
        const auto answer = [&api](const char *key, int status = 200) { api.answer(key, status); };
        connect(&server, &LoopbackServer::requestReceived, this, [&] {
            if (server.requestsReceived() == 2)
                answer("page2");
        });
        answer("page1");
        QSignalSpy pulled(&workbench, &Workbench::templatesPulled);
        QString why;
        QVERIFY2(workbench.pullTemplates(kaleyra.id, &why), qPrintable(why));
        QVERIFY(pulled.wait(10000));
        QVERIFY2(pulled.first().first().toBool(), qPrintable(pulled.first().at(1).toString()));
        QCOMPARE(server.requestsReceived(), 2);
        const QString first = QString::fromUtf8(server.requests().at(0));
        QVERIFY2(first.startsWith(QStringLiteral("GET /v2/HXAP16/whatsapp/WABA3/message_templates?limit=100 ")),
                 qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("api-key: KEY"), Qt::CaseInsensitive));
        QVERIFY(first.contains(QStringLiteral("content-type: application/json"), Qt::CaseInsensitive));
        QVERIFY(QString::fromUtf8(server.requests().at(1)).contains(QStringLiteral("&after=QVFIUnBy ")));
        QCOMPARE(keptValue(workbench, QStringLiteral("welcome_message"), QStringLiteral("en_US"), QStringLiteral("id")),
                 QStringLiteral("918273645501"));
        QCOMPARE(keptValue(workbench, QStringLiteral("order_update"), QStringLiteral("en_US"),
                           QStringLiteral("rejected_reason")),
                 QStringLiteral("INVALID_FORMAT"));
        QVERIFY(workbench.templates().find(QStringLiteral("welcome_message"), QStringLiteral("hi")));

        answer("created");
        QSignalSpy pushed(&workbench, &Workbench::templatePushed);
        QVERIFY(workbench.pushTemplates(kaleyra.id, {api.definition()}, &why));
        QTRY_COMPARE(pushed.size(), 1);
        QVERIFY2(pushed.first().at(1).toBool(), qPrintable(pushed.first().at(2).toString()));
        const QByteArray create = server.requests().constLast();
        QVERIFY(create.startsWith("POST /v2/HXAP16/whatsapp/WABA3/message_templates "));
        // Meta's definition, without what the provider's answers add.
        const QJsonObject body = api.lastBody();
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("parcel_today"));
        QVERIFY(body.value(QStringLiteral("components")).isArray());
        QVERIFY(!body.contains(QStringLiteral("status")));
        QVERIFY(!body.contains(QStringLiteral("id")));
        const QJsonObject *created =
            workbench.templates().find(QStringLiteral("parcel_today"), QStringLiteral("en_US"));
        QVERIFY(created);
        QCOMPARE(created->value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(created->value(QStringLiteral("id")).toString(), QStringLiteral("918273645504"));

        answer("refused", 400);
        QVERIFY(workbench.pushTemplates(kaleyra.id, {api.definition()}, &why));
        QTRY_COMPARE(pushed.size(), 2);
        QVERIFY(!pushed.constLast().at(1).toBool());
        const QString refused = pushed.constLast().at(2).toString();
        QVERIFY2(refused.contains(QStringLiteral("WA400")) && refused.contains(QStringLiteral("already exists")),
                 qPrintable(refused));

        // One language by its id; the others stay.
        QSignalSpy deleted(&workbench, &Workbench::templateDeleted);
        answer("meta_error", 400);
        QVERIFY(workbench.deleteTemplate(kaleyra.id, QStringLiteral("welcome_message"), &why, QStringLiteral("hi")));
        QVERIFY(deleted.wait(10000));
        QVERIFY(!deleted.constLast().first().toBool());
        QVERIFY2(deleted.constLast().at(1).toString().contains(QStringLiteral("being reviewed")),
                 qPrintable(deleted.constLast().at(1).toString()));
        QVERIFY(workbench.templates().find(QStringLiteral("welcome_message"), QStringLiteral("hi")));
        answer("deleted");
        QVERIFY(workbench.deleteTemplate(kaleyra.id, QStringLiteral("welcome_message"), &why, QStringLiteral("hi")));
        QVERIFY(deleted.wait(10000));
        QVERIFY2(deleted.constLast().first().toBool(), qPrintable(deleted.constLast().at(1).toString()));
        QVERIFY(server.requests().constLast().startsWith(
            "DELETE /v2/HXAP16/whatsapp/WABA3/message_templates?name=welcome_message&template_id=918273645503 "));
        QVERIFY(!workbench.templates().find(QStringLiteral("welcome_message"), QStringLiteral("hi")));
        QVERIFY(workbench.templates().find(QStringLiteral("welcome_message"), QStringLiteral("en_US")));

        // An account without a WhatsApp Business Account id says so before anything is sent.
        kaleyra.settings.remove(QStringLiteral("business_account_id"));
        QCOMPARE(workbench.accounts()->save(kaleyra), QString());
        const int before = server.requestsReceived();
        QVERIFY(workbench.pullTemplates(kaleyra.id, &why));
        QTRY_COMPARE(pulled.size(), 2);
        QVERIFY(!pulled.constLast().first().toBool());
        QVERIFY2(pulled.constLast().at(1).toString().contains(QStringLiteral("WhatsApp Business Account id")),
                 qPrintable(pulled.constLast().at(1).toString()));
        QCOMPARE(server.requestsReceived(), before);
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
