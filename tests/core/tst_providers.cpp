// SPDX-License-Identifier: GPL-3.0-or-later
// The adapters' requests (URL, auth, headers, batching), code export, and conversions between providers.
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/validator.h"
#include "providers/codeexport.h"
#include "providers/payload.h"
#include "providers/registry.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

Draft exampleDraft(const QString &name, const QString &provider)
{
    QString error;
    std::optional<Draft> draft =
        DraftFile::load(QStringLiteral(":/examples/") + name + QStringLiteral(".wabench.json"), &error);
    if (!draft)
        qFatal("%s", qPrintable(error));
    draft->provider = provider;
    return *draft;
}

Account account(const QString &provider)
{
    Account out;
    out.provider = provider;
    out.settings = {{QStringLiteral("region"), QStringLiteral("mumbai")},
                    {QStringLiteral("sid"), QStringLiteral("acme1")},
                    {QStringLiteral("pod"), QStringLiteral("eu")},
                    {QStringLiteral("api_version"), QStringLiteral("v22.0")},
                    {QStringLiteral("phone_number_id"), QStringLiteral("1065403522")}};
    out.secrets = {{QStringLiteral("api_key"), QStringLiteral("KEY-s3cret")},
                   {QStringLiteral("api_token"), QStringLiteral("TOKEN-s3cret")},
                   {QStringLiteral("access_token"), QStringLiteral("EAAG-s3cret")}};
    return out;
}

QByteArray header(const HttpRequest &request, const QByteArray &name, bool masked)
{
    for (const auto &[key, value] : request.allHeaders(masked)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

private slots:
    // Without "type" a message is text (Meta, Kaleyra): validated as text, written back as it came to Meta
    // and Kaleyra, and with its type written out where the body needs it (Exotel, Telnyx).
    void aMessageWithoutTypeIsText()
    {
        Draft draft;
        draft.sender = QStringLiteral("+919876500001");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message = {{QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hello")}}}};
        QCOMPARE(Kinds::of(draft.message), QStringLiteral("text"));
        QCOMPARE(Kinds::of(QJsonObject()), QString());
        for (const Provider *provider : Providers::all()) {
            draft.provider = provider->id();
            const Issues issues = Validator::validateDraft(draft, provider);
            QVERIFY2(IssueList::errorCount(issues) == 0,
                     qPrintable(provider->id() + u": " + IssueList::summary(issues)));
        }
        const auto typeIn = [&draft](const QString &provider, const QString &pointer) {
            const QJsonObject body = Providers::find(provider)->body(draft, draft.recipients);
            return JsonPointer::get(body, pointer);
        };
        QVERIFY(typeIn(QStringLiteral("meta"), QStringLiteral("/type")).isUndefined());
        QVERIFY(typeIn(QStringLiteral("kaleyra"), QStringLiteral("/messaging_object/type")).isUndefined());
        QCOMPARE(typeIn(QStringLiteral("telnyx"), QStringLiteral("/whatsapp_message/type")).toString(),
                 QStringLiteral("text"));
        QCOMPARE(typeIn(QStringLiteral("exotel"), QStringLiteral("/whatsapp/messages/0/content/type")).toString(),
                 QStringLiteral("text"));
        // Without text it is still text, and says what text needs.
        draft.provider = QStringLiteral("meta");
        draft.message = {
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("link"), QStringLiteral("https://e.com/a.png")}}}};
        const Issues issues = Validator::validateDraft(draft, Providers::find(QStringLiteral("meta")));
        QVERIFY2(IssueList::errorCount(issues) > 0, qPrintable(IssueList::summary(issues)));
    }

    // The previews mark a field's line in the body without reading the body back: the adapter says where
    // the message sits in the body it builds, and its import agrees.
    void eachAdapterSaysWhereTheMessageSits()
    {
        Draft draft;
        draft.sender = QStringLiteral("+919876500001");
        draft.message = {
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Where am I?")}}}};
        for (const Provider *provider : Providers::all()) {
            draft.provider = provider->id();
            const QJsonObject body = provider->body(draft, {QStringLiteral("+919876543210")});
            bool found = false;
            const QJsonValue at = JsonPointer::get(body, provider->messagePointer(), &found);
            QVERIFY2(found, qPrintable(provider->id()));
            QCOMPARE(at.toObject().value(QStringLiteral("text")), draft.message.value(QStringLiteral("text")));
            const ImportResult imported = provider->importRequest(body);
            QVERIFY2(!imported.messages.isEmpty(), qPrintable(provider->id()));
            QCOMPARE(imported.messages.first().messagePointer, provider->messagePointer());
        }
    }

    // Telnyx answers a GET of a message with its record; the others only call back.
    void onlyTelnyxIsAskedForAStatus()
    {
        Account account;
        account.provider = QStringLiteral("telnyx");
        account.secrets.insert(QStringLiteral("api_key"), QStringLiteral("K"));
        const std::optional<HttpRequest> request =
            Providers::find(QStringLiteral("telnyx"))->statusRequest(account, QStringLiteral("3fa85f64-5717"));
        QVERIFY(request);
        QCOMPARE(request->method, "GET");
        QCOMPARE(request->url.toString(), QStringLiteral("https://api.telnyx.com/v2/messages/3fa85f64-5717"));
        QCOMPARE(request->text(true).contains(QStringLiteral("Bearer ••••")), true);
        for (const QString &other : {QStringLiteral("exotel"), QStringLiteral("kaleyra"), QStringLiteral("meta")})
            QVERIFY(!Providers::find(other)->statusRequest(account, QStringLiteral("x")));

        QJsonObject record =
            TestData::vector(QStringLiteral("telnyx_response")).value(QStringLiteral("payload")).toObject();
        QJsonObject data = record.value(QStringLiteral("data")).toObject();
        data.insert(QStringLiteral("to"),
                    QJsonArray{QJsonObject{{QStringLiteral("phone_number"), QStringLiteral("+15557654321")},
                                           {QStringLiteral("status"), QStringLiteral("delivered")}}});
        record.insert(QStringLiteral("data"), data);
        const QList<CallbackEvent> events = Providers::find(QStringLiteral("telnyx"))->parseStatus(record);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().messageId, QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        QCOMPARE(events.first().status, DeliveryStatus::Delivered);
        QVERIFY(!events.first().time.isValid());
    }

    void requestsGoWhereTheAccountSays_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("authHeader");
        QTest::addColumn<QByteArray>("authValue");
        QTest::newRow("exotel") << "exotel"
                                << "https://api.in.exotel.com/v2/accounts/acme1/messages" << QByteArray("Authorization")
                                << "Basic " + QByteArray("KEY-s3cret:TOKEN-s3cret").toBase64();
        QTest::newRow("kaleyra") << "kaleyra"
                                 << "https://api.eu.kaleyra.io/v2/acme1/whatsapp/%2B919876500001/messages"
                                 << QByteArray("api-key") << QByteArray("KEY-s3cret");
        QTest::newRow("telnyx") << "telnyx"
                                << "https://api.telnyx.com/v2/messages/whatsapp" << QByteArray("Authorization")
                                << QByteArray("Bearer KEY-s3cret");
        QTest::newRow("meta") << "meta"
                              << "https://graph.facebook.com/v22.0/1065403522/messages" << QByteArray("Authorization")
                              << QByteArray("Bearer EAAG-s3cret");
    }
    void requestsGoWhereTheAccountSays()
    {
        QFETCH(QString, provider);
        QFETCH(QString, url);
        QFETCH(QByteArray, authHeader);
        QFETCH(QByteArray, authValue);
        const Provider *adapter = Providers::find(provider);
        const QList<HttpRequest> requests =
            adapter->build(exampleDraft(QStringLiteral("text"), provider), account(provider));
        QCOMPARE(requests.size(), 1);
        const HttpRequest &request = requests.first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.url.toString(QUrl::FullyEncoded), url);
        QCOMPARE(header(request, authHeader, false), authValue);
        QCOMPARE(header(request, "Content-Type", false), QByteArray("application/json"));
        // Masked: no secret anywhere in what a preview shows.
        const QString shown = request.text(true);
        QVERIFY2(!shown.contains(QStringLiteral("s3cret")), qPrintable(shown));
        QVERIFY(shown.contains(HttpRequest::mask()));
    }

    void baseUrlOverridesTheHost()
    {
        Account local = account(QStringLiteral("telnyx"));
        local.settings.insert(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9000"));
        const HttpRequest request = Providers::find(QStringLiteral("telnyx"))
                                        ->build(exampleDraft(QStringLiteral("text"), QStringLiteral("telnyx")), local)
                                        .constFirst();
        QCOMPARE(request.url.toString(), QStringLiteral("http://127.0.0.1:9000/v2/messages/whatsapp"));
    }

    void batchingFollowsEachProvider_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("recipients");
        QTest::addColumn<QList<int>>("perRequest");
        QTest::newRow("exotel 100") << "exotel" << 100 << QList<int>{100};
        QTest::newRow("exotel 101") << "exotel" << 101 << QList<int>{100, 1};
        QTest::newRow("exotel 250") << "exotel" << 250 << QList<int>{100, 100, 50};
        QTest::newRow("telnyx 3") << "telnyx" << 3 << QList<int>{1, 1, 1};
        QTest::newRow("meta 2") << "meta" << 2 << QList<int>{1, 1};
        QTest::newRow("kaleyra 2") << "kaleyra" << 2 << QList<int>{1, 1};
    }
    void batchingFollowsEachProvider()
    {
        QFETCH(QString, provider);
        QFETCH(int, recipients);
        QFETCH(QList<int>, perRequest);
        Draft draft = exampleDraft(QStringLiteral("text"), provider);
        draft.recipients.clear();
        for (int i = 0; i < recipients; ++i)
            draft.recipients.append(QStringLiteral("+9198765%1").arg(i, 5, 10, QLatin1Char('0')));
        const QList<HttpRequest> requests = Providers::find(provider)->build(draft, account(provider));
        QList<int> sizes;
        QStringList covered;
        for (const HttpRequest &request : requests) {
            sizes.append(int(request.recipients.size()));
            covered += request.recipients;
        }
        QCOMPARE(sizes, perRequest);
        QCOMPARE(covered, draft.recipients);
        if (provider == u"exotel") {
            const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
            const QJsonArray messages =
                body.value(QStringLiteral("whatsapp")).toObject().value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.size(), perRequest.first());
            QCOMPARE(messages.at(0).toObject().value(QStringLiteral("to")).toString(), draft.recipients.first());
            QCOMPARE(messages.at(0).toObject().value(QStringLiteral("content")).toObject(), draft.message);
        }
    }

    void exotelBatchResponseGivesEachMessageItsOutcome()
    {
        const QJsonObject body =
            TestData::readObject(TestData::path(QStringLiteral("responses/exotel_partial_failure.json")));
        const QList<MessageResult> results =
            Providers::find(QStringLiteral("exotel"))
                ->parseResponse(207, body, {QStringLiteral("+911"), QStringLiteral("+912")});
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).status, DeliveryStatus::Accepted);
        QCOMPARE(results.at(0).messageId, QStringLiteral("SID-1"));
        QCOMPARE(results.at(1).status, DeliveryStatus::Rejected);
        QCOMPARE(results.at(1).recipient, QStringLiteral("+912"));
        QCOMPARE(results.at(1).errorCode, QStringLiteral("30012"));
        QCOMPARE(results.at(1).errorText, QStringLiteral("The number is not valid"));
    }

    void metaErrorResponseIsRejected()
    {
        const QJsonObject body =
            TestData::readObject(TestData::path(QStringLiteral("responses/meta_error_131047.json")));
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        QVERIFY(meta->recogniseResponse(body));
        const MessageResult result = meta->parseResponse(400, body, {QStringLiteral("+16502530000")}).constFirst();
        QCOMPARE(result.status, DeliveryStatus::Rejected);
        QCOMPARE(result.errorCode, QStringLiteral("131047"));
        QVERIFY(!meta->describeCode(result.errorCode).isEmpty());
    }

    void codeExportUsesEnvironmentVariables_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("variables");
        QTest::newRow("exotel") << "exotel"
                                << QStringList{QStringLiteral("EXOTEL_API_KEY"), QStringLiteral("EXOTEL_API_TOKEN")};
        QTest::newRow("kaleyra") << "kaleyra" << QStringList{QStringLiteral("KALEYRA_API_KEY")};
        QTest::newRow("telnyx") << "telnyx" << QStringList{QStringLiteral("TELNYX_API_KEY")};
        QTest::newRow("meta") << "meta" << QStringList{QStringLiteral("WHATSAPP_ACCESS_TOKEN")};
    }
    void codeExportUsesEnvironmentVariables()
    {
        QFETCH(QString, provider);
        QFETCH(QStringList, variables);
        const HttpRequest request =
            Providers::find(provider)
                ->build(exampleDraft(QStringLiteral("interactive.button"), provider), account(provider))
                .constFirst();
        for (const QString &code :
             {CodeExport::curl(request), CodeExport::python(request), CodeExport::node(request)}) {
            QVERIFY2(!code.contains(QStringLiteral("s3cret")), qPrintable(code));
            for (const QString &variable : variables)
                QVERIFY2(code.contains(variable), qPrintable(code));
            QVERIFY2(code.contains(request.url.toString()), qPrintable(code));
            QVERIFY2(code.contains(QStringLiteral("Yes, that works")), qPrintable(code));
        }
        QVERIFY(CodeExport::curl(request).contains(QStringLiteral("--max-time")));
        QVERIFY(CodeExport::python(request).contains(QStringLiteral("timeout=30")));
        QVERIFY(CodeExport::node(request).contains(QStringLiteral("AbortSignal.timeout")));
    }

    // The Python and Node snippets run as written: each interpreter reads them without a syntax error (Node
    // as the ES module the snippet says it is, for its top-level await).
    void exportedCodeParses()
    {
        const HttpRequest request =
            Providers::find(QStringLiteral("meta"))
                ->build(exampleDraft(QStringLiteral("interactive.button"), QStringLiteral("meta")),
                        account(QStringLiteral("meta")))
                .constFirst();
        QTemporaryDir dir;
        const auto check = [&dir](const QString &program, const QStringList &arguments, const QString &file,
                                  const QString &code) {
            QFile out(dir.filePath(file));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(code.toUtf8());
            out.close();
            QProcess process;
            process.start(program, arguments + QStringList{out.fileName()});
            QVERIFY2(process.waitForStarted(10000),
                     qPrintable(program + QStringLiteral(" is missing (make test installs it)")));
            QVERIFY(process.waitForFinished(30000));
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        };
        check(QStringLiteral("node"), {QStringLiteral("--check")}, QStringLiteral("send.mjs"),
              CodeExport::node(request));
        QVERIFY(CodeExport::node(request).startsWith(QStringLiteral("// An ES module")));
        check(QStringLiteral("python3"), {QStringLiteral("-m"), QStringLiteral("py_compile")},
              QStringLiteral("send.py"), CodeExport::python(request));
    }

    void curlQuotesWhatTheShellWouldExpand()
    {
        Draft draft = exampleDraft(QStringLiteral("text"), QStringLiteral("meta"));
        draft.message = QJsonObject{
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("It's $HOME `id`")}}}};
        const QString curl = CodeExport::curl(
            Providers::find(QStringLiteral("meta"))->build(draft, account(QStringLiteral("meta"))).first());
        // The body goes through a quoted here-document: nothing in it is expanded.
        QVERIFY(curl.contains(QStringLiteral("<<'JSON'\n")));
        QVERIFY(curl.contains(QStringLiteral("It's $HOME `id`")));
    }

    void conversionsComeBack_data()
    {
        QTest::addColumn<QString>("example");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const QStringList providers = {QStringLiteral("exotel"), QStringLiteral("kaleyra"), QStringLiteral("telnyx"),
                                       QStringLiteral("meta")};
        for (const QString &example :
             {QStringLiteral("text"), QStringLiteral("interactive.list"), QStringLiteral("template-limited-time-offer"),
              QStringLiteral("interactive.carousel")}) {
            for (const QString &from : providers) {
                for (const QString &to : providers) {
                    if (from != to)
                        QTest::newRow(qPrintable(example + u' ' + from + QStringLiteral("->") + to))
                            << example << from << to;
                }
            }
        }
    }
    void conversionsComeBack()
    {
        QFETCH(QString, example);
        QFETCH(QString, from);
        QFETCH(QString, to);
        Draft draft = exampleDraft(example, from);
        draft.recipients = {QStringLiteral("+919876543210"), QStringLiteral("+919876543211")};
        const Provider *a = Providers::find(from);
        const Provider *b = Providers::find(to);

        // A's bodies -> drafts -> B's bodies -> drafts -> A's bodies.
        const auto bodies = [](const Provider *provider, const QList<Draft> &drafts) {
            QJsonArray out;
            for (const Draft &d : drafts) {
                const int batch = provider->recipientsPerRequest();
                for (qsizetype i = 0; i < d.recipients.size(); i += batch)
                    out.append(provider->body(d, d.recipients.mid(i, batch)));
            }
            return out;
        };
        const auto read = [](const QJsonArray &json, const Provider *provider) {
            QString error;
            const auto requests = Payload::importRequests(json, provider->id(), &error);
            if (!requests)
                qFatal("%s", qPrintable(error));
            return Payload::drafts(*requests);
        };
        const QJsonArray original = bodies(a, {draft});
        const QJsonArray converted = bodies(b, read(original, a));
        const QList<Draft> back = read(bodies(a, read(converted, b)), a);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().message, draft.message);
        QCOMPARE(back.first().recipients, draft.recipients);
    }

    void telnyxCannotCarryCommerce()
    {
        const Provider *telnyx = Providers::find(QStringLiteral("telnyx"));
        for (const QString &kind : {QStringLiteral("interactive.order_details"), QStringLiteral("interactive.flow"),
                                    QStringLiteral("interactive.product_list")})
            QVERIFY(!telnyx->unsupportedReason(exampleDraft(kind, QStringLiteral("telnyx")).message).isEmpty());
        QVERIFY(
            telnyx
                ->unsupportedReason(exampleDraft(QStringLiteral("interactive.list"), QStringLiteral("telnyx")).message)
                .isEmpty());
    }

    // Business Calling's messages are Meta's: the other providers' documents list none, and a check
    // through any of them says so at the interactive type.
    void callingMessagesAreMetasOnly()
    {
        for (const QString &kind :
             {QStringLiteral("interactive.voice_call"), QStringLiteral("interactive.call_permission_request")}) {
            for (const Provider *provider : Providers::all()) {
                Issues issues;
                provider->checkMessage(exampleDraft(kind, provider->id()).message, issues);
                const bool refused = std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
                    return issue.isError() && issue.pointer == u"/interactive/type";
                });
                const bool carries = provider->id() == u"meta" || provider->offline();
                QVERIFY2(refused != carries, qPrintable(kind + u' ' + provider->id()));
            }
        }
    }

    // A recipient may be a business-scoped user id where Meta takes one: in `recipient`, read back from
    // there; the providers whose documents know only phone numbers refuse it at the recipient.
    void businessScopedIdsGoWhereMetaTakesThem()
    {
        const QString id = QStringLiteral("US.13491208655302741918");
        Draft draft = exampleDraft(QStringLiteral("text"), QStringLiteral("meta"));
        draft.recipients = {id};
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        const QJsonObject body = meta->body(draft, draft.recipients);
        QCOMPARE(body.value(QStringLiteral("recipient")).toString(), id);
        QVERIFY(!body.contains(QStringLiteral("to")));
        const ImportResult back = meta->importRequest(body);
        QVERIFY(back.issues.isEmpty());
        QCOMPARE(back.messages.first().recipients, QStringList{id});
        QVERIFY(!back.messages.first().message.contains(QStringLiteral("recipient")));

        for (const Provider *provider : Providers::all()) {
            draft.provider = provider->id();
            const Issues issues = Validator::validateDraft(draft, provider);
            const bool refused = std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
                return issue.isError() && issue.pointer == u"/recipients/0";
            });
            QVERIFY2(refused != (provider->id() == u"meta" || provider->offline()), qPrintable(provider->id()));
        }

        // A customer who keeps their number to themselves writes in: known by the id, as Meta's webhook gives it.
        const QJsonObject value = QJsonDocument::fromJson(R"({"messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "16505550100", "phone_number_id": "106540352242922"},
            "contacts": [{"profile": {"name": "Pablo", "username": "@pablo"}, "user_id": "US.13491208655302741918"}],
            "messages": [{"from_user_id": "US.13491208655302741918", "id": "wamid.BSUID1", "timestamp": "1764500000",
                          "type": "text", "text": {"body": "Hola"}}]})")
                                      .object();
        const QJsonObject webhook{
            {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                    {QStringLiteral("changes"),
                                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                            {QStringLiteral("value"), value}}}}}}}};
        const QList<CallbackEvent> events = meta->parseCallback(webhook);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().from, id);
        QCOMPARE(events.first().fromUserId, id);
        QCOMPARE(events.first().username, QStringLiteral("@pablo"));
        QJsonObject contactOnly = value;
        QJsonArray messages = contactOnly.value(QStringLiteral("messages")).toArray();
        QJsonObject first = messages.first().toObject();
        first.remove(QStringLiteral("from_user_id"));
        messages[0] = first;
        contactOnly.insert(QStringLiteral("messages"), messages);
        QJsonObject webhook2 = webhook;
        QJsonArray entries = webhook2.value(QStringLiteral("entry")).toArray();
        QJsonObject entry = entries.first().toObject();
        entry.insert(QStringLiteral("changes"),
                     QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                            {QStringLiteral("value"), contactOnly}}});
        entries[0] = entry;
        webhook2.insert(QStringLiteral("entry"), entries);
        QCOMPARE(meta->parseCallback(webhook2).constFirst().from, id);

        // A status names the recipient by recipient_user_id beside recipient_id, or by it alone.
        const auto statusOf = [&](const char *json) {
            QJsonObject change = webhook;
            QJsonArray list = change.value(QStringLiteral("entry")).toArray();
            QJsonObject one = list.first().toObject();
            one.insert(QStringLiteral("changes"),
                       QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                              {QStringLiteral("value"), QJsonDocument::fromJson(json).object()}}});
            list[0] = one;
            change.insert(QStringLiteral("entry"), list);
            const QList<CallbackEvent> parsed = meta->parseCallback(change);
            return parsed.isEmpty() ? CallbackEvent() : parsed.constFirst();
        };
        const CallbackEvent both = statusOf(R"({"statuses": [{"id": "wamid.S1", "status": "delivered",
            "timestamp": "1764500000", "recipient_id": "16505557777", "recipient_user_id": "US.13491208655302741918"}]})");
        QCOMPARE(both.recipient, QStringLiteral("16505557777"));
        QCOMPARE(both.recipientUserId, id);
        QCOMPARE(both.status, DeliveryStatus::Delivered);
        const CallbackEvent idOnly = statusOf(R"({"statuses": [{"id": "wamid.S2", "status": "read",
            "timestamp": "1764500000", "recipient_user_id": "US.13491208655302741918"}]})");
        QCOMPARE(idOnly.recipient, id);
        QCOMPARE(idOnly.recipientUserId, id);
        // Sent to the id, the number empty, the contact beside the status naming both and the username.
        const CallbackEvent contact = statusOf(R"({"contacts": [{"profile": {"name": "Pablo M.",
            "username": "@pablomorales", "country_code": "US"}, "wa_id": "16505551234",
            "user_id": "US.13491208655302741918"}], "statuses": [{"id": "wamid.S3", "status": "delivered",
            "timestamp": "1750030073", "recipient_id": "", "recipient_user_id": "US.13491208655302741918"}]})");
        QCOMPARE(contact.recipient, QStringLiteral("16505551234"));
        QCOMPARE(contact.recipientUserId, id);
        QCOMPARE(contact.username, QStringLiteral("@pablomorales"));
        const CallbackEvent hidden = statusOf(R"({"contacts": [{"profile": {"name": "Pablo M."}, "wa_id": "",
            "user_id": "US.13491208655302741918"}], "statuses": [{"id": "wamid.S4", "status": "read",
            "timestamp": "1750030073", "recipient_id": "", "recipient_user_id": "US.13491208655302741918"}]})");
        QCOMPARE(hidden.recipient, id);
    }

    // An authentication template still goes to a phone number (Meta, Business-scoped user IDs): a send
    // that reads as one (the same code in its body and its button) warns at a business-scoped recipient.
    void anAuthenticationTemplateWantsAPhoneNumber()
    {
        Draft draft;
        draft.provider = QStringLiteral("meta");
        draft.sender = QStringLiteral("+16505550100");
        draft.message = QJsonDocument::fromJson(R"({"type": "template", "template": {"name": "verify_code",
            "language": {"code": "en_US"}, "components": [
              {"type": "BODY", "parameters": [{"type": "text", "text": "J$FpnYnP"}]},
              {"type": "BUTTON", "sub_type": "URL", "index": "0", "parameters": [{"type": "text", "text": "J$FpnYnP"}]}
            ]}})")
                            .object();
        const Provider *meta = Providers::find(QStringLiteral("meta"));
        const auto warnsAtRecipient = [&](const QString &recipient) {
            draft.recipients = {recipient};
            const Issues issues = Validator::validateDraft(draft, meta);
            return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
                return !issue.isError() && issue.pointer == u"/recipients/0" &&
                       issue.message.contains(QStringLiteral("authentication template"));
            });
        };
        QVERIFY(warnsAtRecipient(QStringLiteral("US.13491208655302741918")));
        QVERIFY(!warnsAtRecipient(QStringLiteral("+16505551234")));
        // A marketing template's URL button carries something else than its body: no authentication.
        QJsonObject marketing = draft.message;
        QJsonObject tpl = marketing.value(QStringLiteral("template")).toObject();
        QJsonArray components = tpl.value(QStringLiteral("components")).toArray();
        QJsonObject button = components.at(1).toObject();
        button.insert(QStringLiteral("parameters"),
                      QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("summer-sale")}}});
        components[1] = button;
        tpl.insert(QStringLiteral("components"), components);
        marketing.insert(QStringLiteral("template"), tpl);
        draft.message = marketing;
        QVERIFY(!warnsAtRecipient(QStringLiteral("US.13491208655302741918")));
    }

    void statusNeverMovesBackwards()
    {
        QVERIFY(Delivery::rank(DeliveryStatus::Read) > Delivery::rank(DeliveryStatus::Delivered));
        QVERIFY(Delivery::rank(DeliveryStatus::Delivered) > Delivery::rank(DeliveryStatus::Sent));
        QVERIFY(Delivery::rank(DeliveryStatus::Sent) > Delivery::rank(DeliveryStatus::Accepted));
        QVERIFY(Delivery::rank(DeliveryStatus::Failed) > Delivery::rank(DeliveryStatus::Read));
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
