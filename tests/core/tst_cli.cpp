// SPDX-License-Identifier: GPL-3.0-or-later
// The command line, run in-process: output formats, exit codes, and errors that say where.
#include "cli/cli.h"
#include "clirun.h"
#include "loopbackserver.h"
#include "testdata.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using CliRun::Result;
using CliRun::run;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Writes a vector's payload (or any JSON text) to a file of the temporary directory.
    QString payloadFile(const QString &vector)
    {
        const QJsonValue payload = TestData::vector(vector).value(QStringLiteral("payload"));
        const QByteArray json =
            payload.isArray() ? QJsonDocument(payload.toArray()).toJson() : QJsonDocument(payload.toObject()).toJson();
        return write(vector + QStringLiteral(".json"), json);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return TestData::writeFile(m_dir.path(), name, bytes);
    }

private slots:
    // Without a command, the arguments are the window's: files to open and its options; anything else is
    // an error that names it (the process then exits 2 before any window opens).
    void windowArguments()
    {
        const QString draft = write(QStringLiteral("a.wabench.json"), "{}");
        Cli::WindowArguments parsed =
            Cli::windowArguments({draft, QStringLiteral("--screenshot"), QStringLiteral("out.png"),
                                  QStringLiteral("--size"), QStringLiteral("900x600"), QStringLiteral("--dark")});
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.files, QStringList{draft});
        QCOMPARE(parsed.screenshot, QStringLiteral("out.png"));
        QCOMPARE(parsed.size, QSize(900, 600));
        QVERIFY(parsed.dark);

        parsed = Cli::windowArguments({QStringLiteral("frobnicate")});
        QVERIFY2(parsed.error.contains(QStringLiteral("\"frobnicate\" is neither a command")),
                 qPrintable(parsed.error));
        QVERIFY(Cli::windowArguments({QStringLiteral("--frobnicate")}).error.contains(QStringLiteral("--frobnicate")));
        QVERIFY(Cli::windowArguments({m_dir.path()}).error.contains(QStringLiteral("is not a file")));
        QVERIFY(Cli::windowArguments({QStringLiteral("--size"), QStringLiteral("big")})
                    .error.contains(QStringLiteral("WIDTHxHEIGHT")));
        QVERIFY(Cli::windowArguments({QStringLiteral("--screenshot")}).error.contains(QStringLiteral("needs a value")));
        // --help names the window's options beside the commands.
        const Result help = run({QStringLiteral("--help")});
        for (const char *option : {"--screenshot", "--open", "--size", "--dark"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }

    // A byte order mark is skipped, and said once, as a warning.
    void aByteOrderMarkIsSaid()
    {
        const QString path =
            write(QStringLiteral("bom.json"), "\xEF\xBB\xBF{\"type\": \"text\", \"text\": {\"body\": \"hi\"}}");
        const Result r = run({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err.count(QStringLiteral("byte order mark")), 1);
        QVERIFY2(r.err.contains(QStringLiteral(": warning: line 1, column 1:")), qPrintable(r.err));
    }

    void validateCleanFileExitsZero()
    {
        const Result r = run({QStringLiteral("validate"), payloadFile(QStringLiteral("meta_list"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.out.contains(QStringLiteral(": error: ")), qPrintable(r.out));
    }

    void validateReportsOneLinePerIssue()
    {
        const QString file = payloadFile(QStringLiteral("invalid_exotel_list_row_title_25"));
        const Result r = run({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 1);
        const QString expected =
            file + QStringLiteral(": error: /whatsapp/messages/0/content/interactive/action/sections/0/rows/0/"
                                  "title: Row title is 25 characters; the limit is 24\n");
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void validateJsonListsFileSeverityPointerMessage()
    {
        const QString bad = payloadFile(QStringLiteral("invalid_meta_footer_61"));
        const QString good = payloadFile(QStringLiteral("meta_text"));
        const Result r = run({QStringLiteral("validate"), QStringLiteral("--json"), good, bad});
        QCOMPARE(r.code, 1);
        const QJsonArray issues = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!issues.isEmpty());
        bool found = false;
        for (const QJsonValue &value : issues) {
            const QJsonObject issue = value.toObject();
            QCOMPARE(issue.keys(), (QStringList{QStringLiteral("file"), QStringLiteral("message"),
                                                QStringLiteral("pointer"), QStringLiteral("severity")}));
            found = found || (issue.value(QStringLiteral("file")).toString() == bad &&
                              issue.value(QStringLiteral("pointer")).toString() == u"/interactive/footer/text" &&
                              issue.value(QStringLiteral("severity")).toString() == u"error");
        }
        QVERIFY2(found, qPrintable(r.out));
    }

    void validateProviderForcesTheReading()
    {
        // The same Meta-shaped message is fine for Meta and too long for Exotel's list body limit.
        const QString file = write(
            QStringLiteral("list.json"),
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("interactive")},
                    {QStringLiteral("interactive"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("list")},
                                 {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QString(2000, u'a')}}},
                                 {QStringLiteral("action"),
                                  QJsonObject{{QStringLiteral("button"), QStringLiteral("Options")},
                                              {QStringLiteral("sections"),
                                               QJsonArray{QJsonObject{
                                                   {QStringLiteral("rows"),
                                                    QJsonArray{QJsonObject{
                                                        {QStringLiteral("id"), QStringLiteral("a")},
                                                        {QStringLiteral("title"), QStringLiteral("A")}}}}}}}}}}}})
                .toJson());
        QCOMPARE(run({QStringLiteral("validate"), file}).code, 0);
        const Result exotel =
            run({QStringLiteral("validate"), QStringLiteral("--provider"), QStringLiteral("exotel"), file});
        QCOMPARE(exotel.code, 1);
        QVERIFY2(exotel.out.contains(
                     QStringLiteral("/interactive/body/text: Body text is 2000 characters; Exotel's limit is 1024")),
                 qPrintable(exotel.out));
    }

    void brokenJsonExitsTwoWithLineAndColumn()
    {
        const QString file = write(QStringLiteral("broken.json"), "{\n  \"type\": \"text\"\n  \"text\": {}\n}\n");
        const Result r = run({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(file + QStringLiteral(": error: line 3, column ")), qPrintable(r.err));
    }

    void unreadableFileExitsTwo()
    {
        const Result r = run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("missing.json: error: ")));
    }

    void unrecognisedJsonExitsTwo()
    {
        const Result r = run({QStringLiteral("validate"), write(QStringLiteral("odd.json"), "{\"hello\": 1}")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a draft or a request body")), qPrintable(r.err));
    }

    // The URL one message's statuses are posted to goes across as the other provider names it: Exotel's
    // status_callback is Telnyx's webhook_url, and back.
    void convertCarriesTheCallbackUrl()
    {
        const Result toTelnyx = run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("telnyx"),
                                     payloadFile(QStringLiteral("exotel_bulk_text"))});
        QCOMPARE(toTelnyx.code, 0);
        const QJsonArray telnyx = QJsonDocument::fromJson(toTelnyx.out.toUtf8()).array();
        QCOMPARE(telnyx.size(), 2);
        for (const QJsonValue &body : telnyx)
            QCOMPARE(body.toObject().value(QStringLiteral("webhook_url")).toString(),
                     QStringLiteral("www.webhook.site"));
        QVERIFY2(!toTelnyx.err.contains(QStringLiteral("status_callback")), qPrintable(toTelnyx.err));

        const QJsonObject one = telnyx.first().toObject();
        const Result back = run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("exotel"),
                                 write(QStringLiteral("telnyx_body.json"), QJsonDocument(one).toJson())});
        QCOMPARE(back.code, 0);
        const QJsonObject exotel = QJsonDocument::fromJson(back.out.toUtf8()).object();
        QCOMPARE(exotel.value(QStringLiteral("status_callback")).toString(), QStringLiteral("www.webhook.site"));
        QVERIFY2(!back.err.contains(QStringLiteral("webhook_url")), qPrintable(back.err));
    }

    void convertRefusesWhatTheProviderCannotCarry()
    {
        const Result r = run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("telnyx"),
                              payloadFile(QStringLiteral("meta_order_details"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Telnyx does not offer order_details messages")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void convertThereAndBack()
    {
        const QString exotel = payloadFile(QStringLiteral("exotel_bulk_text"));
        const Result toMeta = run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("meta"), exotel});
        QCOMPARE(toMeta.code, 0);
        const QJsonArray metaBodies = QJsonDocument::fromJson(toMeta.out.toUtf8()).array();
        QCOMPARE(metaBodies.size(), 2); // Meta takes one recipient per request
        QCOMPARE(metaBodies.first().toObject().value(QStringLiteral("messaging_product")).toString(),
                 QStringLiteral("whatsapp"));
        // Exotel's custom_data comes back in callbacks: carried as Meta's biz_opaque_callback_data. Its
        // status_callback has no place in Meta's body: named, not dropped silently.
        QCOMPARE(metaBodies.first().toObject().value(QStringLiteral("biz_opaque_callback_data")).toString(),
                 QStringLiteral("custom12"));
        QVERIFY2(toMeta.err.contains(QStringLiteral("warning: not carried to Meta Cloud API, which has no such field: "
                                                    "status_callback")),
                 qPrintable(toMeta.err));

        const QString meta = write(QStringLiteral("meta_bodies.json"), toMeta.out.toUtf8());
        // Meta's body names no sender (it is the account's number): Exotel's must, so it is asked for.
        const Result senderless =
            run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("exotel"), meta});
        QCOMPARE(senderless.code, 1);
        QVERIFY2(senderless.err.contains(QStringLiteral("Exotel's request names the sender, and this file names none: "
                                                        "give --from or --account")),
                 qPrintable(senderless.err));
        QVERIFY(senderless.out.isEmpty());
        const Result back = run({QStringLiteral("convert"), QStringLiteral("--to"), QStringLiteral("exotel"),
                                 QStringLiteral("--from"), QStringLiteral("+919876500001"), meta});
        QCOMPARE(back.code, 0);
        const QJsonObject original =
            TestData::vector(QStringLiteral("exotel_bulk_text")).value(QStringLiteral("payload")).toObject();
        const QJsonObject returned = QJsonDocument::fromJson(back.out.toUtf8()).object();
        QCOMPARE(returned.value(QStringLiteral("custom_data")).toString(), QStringLiteral("custom12"));
        // The message and its recipients come back; Meta's body has no sender (it is the account's number).
        const auto messages = [](const QJsonObject &body) {
            QJsonArray out;
            const QJsonArray values =
                body.value(QStringLiteral("whatsapp")).toObject().value(QStringLiteral("messages")).toArray();
            for (const QJsonValue &value : values) {
                QJsonObject message = value.toObject();
                message.remove(QStringLiteral("from"));
                out.append(message);
            }
            return out;
        };
        QCOMPARE(messages(returned), messages(original));
    }

    void renderMasksSecrets()
    {
        const Result r = run({QStringLiteral("render"), payloadFile(QStringLiteral("kaleyra_text"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("POST https://api.in.kaleyra.io/v2/")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("api-key: ••••")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("\"messaging_object\"")));

        const Result curl =
            run({QStringLiteral("render"), QStringLiteral("--provider"), QStringLiteral("telnyx"),
                 QStringLiteral("--code"), QStringLiteral("curl"), payloadFile(QStringLiteral("kaleyra_text"))});
        QCOMPARE(curl.code, 0);
        QVERIFY2(curl.out.contains(QStringLiteral("Authorization: Bearer $TELNYX_API_KEY")), qPrintable(curl.out));
        QVERIFY(curl.out.contains(QStringLiteral("\"whatsapp_message\"")));
    }

    void explainDecodesCallbacks()
    {
        const Result r = run({QStringLiteral("explain"), payloadFile(QStringLiteral("exotel_dlr_callback_failed"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Exotel callback")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("failed (30018: EX_REENGAGEMENT_ERROR")), qPrintable(r.out));

        const Result json = run({QStringLiteral("explain"), QStringLiteral("--json"),
                                 payloadFile(QStringLiteral("meta_status_failed_callback"))});
        QCOMPARE(json.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
        QCOMPARE(report.value(QStringLiteral("provider")).toString(), QStringLiteral("meta"));
        QCOMPARE(report.value(QStringLiteral("what")).toString(), QStringLiteral("callback"));
        const QJsonObject event = report.value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(event.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(event.value(QStringLiteral("error_code")).toString(), QStringLiteral("131050"));
    }

    // A customer known by business-scoped user id and username is named by them; a status names both ids.
    void explainNamesCustomersByIdAndUsername()
    {
        const Result inbound =
            run({QStringLiteral("explain"), payloadFile(QStringLiteral("meta_bsuid_inbound_username_callback"))});
        QCOMPARE(inbound.code, 0);
        QVERIFY2(inbound.out.contains(QStringLiteral("from @pablomorales (US.13491208655302741918) at ")),
                 qPrintable(inbound.out));
        QVERIFY2(inbound.out.contains(QStringLiteral(": Is my order on its way?")), qPrintable(inbound.out));
        const Result status =
            run({QStringLiteral("explain"), payloadFile(QStringLiteral("meta_bsuid_status_callback"))});
        QCOMPARE(status.code, 0);
        QVERIFY2(
            status.out.contains(QStringLiteral(" to @pablomorales (16505551234, US.13491208655302741918): delivered")),
            qPrintable(status.out));
        const Result json = run({QStringLiteral("explain"), QStringLiteral("--json"),
                                 payloadFile(QStringLiteral("meta_bsuid_inbound_username_callback"))});
        const QJsonObject event = QJsonDocument::fromJson(json.out.toUtf8())
                                      .array()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(event.value(QStringLiteral("from")).toString(), QStringLiteral("US.13491208655302741918"));
        QCOMPARE(event.value(QStringLiteral("username")).toString(), QStringLiteral("@pablomorales"));
    }

    // Every webhook a WhatsApp account receives is said in words, not only message statuses.
    void explainSaysEveryAccountWebhook()
    {
        // An interactive reply keeps its type, with what kind of reply it is.
        const Result reply =
            run({QStringLiteral("explain"), payloadFile(QStringLiteral("exotel_inbound_button_reply"))});
        QVERIFY2(
            reply.out.contains(QStringLiteral("inbound interactive (button_reply) message from +919876543210: Great!")),
            qPrintable(reply.out));

        const auto explainChange = [&](const QString &field, const QByteArray &value) {
            const QByteArray body =
                "{\"object\": \"whatsapp_business_account\", \"entry\": [{\"id\": \"102290129340398\", "
                "\"changes\": [{\"field\": \"" +
                field.toUtf8() + "\", \"value\": " + value + "}]}]}";
            const Result r = run({QStringLiteral("explain"), write(field + QStringLiteral(".json"), body)});
            return r.code == 0 ? r.out.section(u'\n', 1, 1).trimmed()
                               : QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
        };
        // The answer to a call permission request (Business Calling).
        QCOMPARE(explainChange(QStringLiteral("messages"),
                               R"({"messaging_product": "whatsapp", "metadata": {"display_phone_number": "16505550100",
                                   "phone_number_id": "106540352242922"}, "messages": [{"from": "16505551234",
                                   "id": "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUZCRDJFRTJDMjlBMkJFRkQ5NQA=",
                                   "timestamp": "1764500000", "type": "interactive", "interactive": {
                                   "type": "call_permission_reply", "call_permission_reply": {"response": "accept",
                                   "is_permanent": false, "expiration_timestamp": 1765104800,
                                   "response_source": "user_action"}}}]})"),
                 QStringLiteral("inbound interactive (call_permission_reply) message "
                                "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUZCRDJFRTJDMjlBMkJFRkQ5NQA= from 16505551234 at "
                                "2025-11-30T10:53:20Z: accept until 2025-12-07T10:53:20Z"));
        // A call, as it connects, rings and ends (Business Calling's calls webhooks).
        QCOMPARE(
            explainChange(QStringLiteral("calls"),
                          R"({"messaging_product": "whatsapp", "metadata": {"display_phone_number": "16315553601",
                                   "phone_number_id": "1"}, "calls": [{"id": "wacid.ABGGFjFVU2AfAgo6V", "to": "16315553601",
                                   "from": "13175551399", "event": "connect", "timestamp": "1671644824",
                                   "direction": "USER_INITIATED", "session": {"sdp_type": "offer", "sdp": "v=0"}}]})"),
            QStringLiteral("call wacid.ABGGFjFVU2AfAgo6V from 13175551399 to 16315553601 (user-initiated): connect"));
        QCOMPARE(explainChange(QStringLiteral("calls"),
                               R"({"calls": [{"id": "wacid.X", "to": "13175551399", "from": "16315553601",
                                   "event": "terminate", "direction": "BUSINESS_INITIATED", "status": "COMPLETED",
                                   "start_time": "1671644824", "end_time": "1671644944", "duration": 120}]})"),
                 QStringLiteral("call wacid.X from 16315553601 to 13175551399 (business-initiated): terminate "
                                "COMPLETED, 120 s"));
        QCOMPARE(explainChange(QStringLiteral("calls"),
                               R"({"statuses": [{"id": "wacid.X", "timestamp": "1671644824", "type": "call",
                                   "status": "RINGING", "recipient_id": "13175551399"}]})"),
                 QStringLiteral("call wacid.X to 13175551399: RINGING"));
        QCOMPARE(explainChange(QStringLiteral("user_preferences"),
                               R"({"messaging_product": "whatsapp", "user_preferences": [{"wa_id": "16505551234",
                                   "detail": "User requested to stop marketing messages",
                                   "category": "marketing_messages", "value": "stop", "timestamp": 1731705721}]})"),
                 QStringLiteral("customer 16505551234: marketing_messages stop"));
        // The customer named by the contact beside the preference; a call's errors said after it.
        QCOMPARE(explainChange(QStringLiteral("user_preferences"),
                               R"({"contacts": [{"wa_id": "16505551234"}], "user_preferences": [{
                                   "category": "marketing_messages", "value": "resume", "timestamp": 1731705721}]})"),
                 QStringLiteral("customer 16505551234: marketing_messages resume"));
        const Result failedCall =
            run({QStringLiteral("explain"), payloadFile(QStringLiteral("meta_call_terminate_callback"))});
        QVERIFY2(failedCall.out.contains(QStringLiteral("error 12455: ERROR_TITLE (ERROR_DETAILS)")),
                 qPrintable(failedCall.out));
        QCOMPARE(explainChange(QStringLiteral("phone_number_username_update"),
                               R"({"display_phone_number": "15550783881", "decision": "REJECTED",
                                   "requested_username": "lucky.shrub", "rejection_reasons":
                                   ["REQUIRE_FB_ACCOUNT_LINKING"]})"),
                 QStringLiteral("phone number 15550783881: username \"lucky.shrub\" REJECTED (reason: "
                                "REQUIRE_FB_ACCOUNT_LINKING)"));
        QCOMPARE(explainChange(QStringLiteral("message_template_status_update"),
                               R"({"event": "REJECTED", "message_template_id": 1234567890,
                                   "message_template_name": "order_update", "message_template_language": "en_US",
                                   "reason": "INCORRECT_CATEGORY"})"),
                 QStringLiteral("template order_update (en_US, id 1234567890): REJECTED (reason: INCORRECT_CATEGORY)"));
        QCOMPARE(explainChange(QStringLiteral("message_template_quality_update"),
                               R"({"previous_quality_score": "GREEN", "new_quality_score": "YELLOW",
                                   "message_template_id": 1, "message_template_name": "promo",
                                   "message_template_language": "en"})"),
                 QStringLiteral("template promo (en, id 1): quality GREEN → YELLOW"));
        QCOMPARE(explainChange(QStringLiteral("template_category_update"),
                               R"({"message_template_id": 2, "message_template_name": "otp",
                                   "message_template_language": "en", "previous_category": "UTILITY",
                                   "new_category": "MARKETING"})"),
                 QStringLiteral("template otp (en, id 2): category UTILITY → MARKETING"));
        QCOMPARE(explainChange(QStringLiteral("phone_number_quality_update"),
                               R"({"display_phone_number": "15550783881", "event": "DOWNGRADE",
                                   "current_limit": "TIER_1K"})"),
                 QStringLiteral("phone number 15550783881: DOWNGRADE (messaging limit TIER_1K)"));
        QCOMPARE(explainChange(QStringLiteral("account_update"),
                               R"({"phone_number": "15550783881", "event": "VERIFIED_ACCOUNT"})"),
                 QStringLiteral("account: VERIFIED_ACCOUNT (phone number 15550783881)"));
        QCOMPARE(explainChange(QStringLiteral("messages"),
                               R"({"messaging_product": "whatsapp", "metadata": {"display_phone_number": "1555",
                                   "phone_number_id": "1"}, "errors": [{"code": 131051, "title": "Unsupported message type",
                                   "error_data": {"details": "Message type is not currently supported"}}]})"),
                 QStringLiteral("error 131051: Unsupported message type (Message type is not currently supported)"));
    }

    // render --png draws the message as the customer's phone shows it; a bad width says so.
    void renderDrawsThePhone()
    {
        const QString out = m_dir.filePath(QStringLiteral("phone.png"));
        const Result r =
            run({QStringLiteral("render"), QStringLiteral("--png"), out, QStringLiteral("--dark"),
                 QStringLiteral("--width"), QStringLiteral("400"), payloadFile(QStringLiteral("meta_list"))});
        QCOMPARE(r.code, 0);
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 800);                                      // two device pixels to each of the 400
        QVERIFY(image.pixelColor(4, image.height() - 4).lightness() < 60); // the dark wallpaper
        const Result bad = run({QStringLiteral("render"), QStringLiteral("--png"), out, QStringLiteral("--width"),
                                QStringLiteral("9"), payloadFile(QStringLiteral("meta_list"))});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--width")));
    }

    // templates lint: Meta's list answer read as it is, each finding at its pointer in the file, with the
    // Graph API's error subcode where Meta documents one; exit 1 on errors, 0 without, 2 unreadable.
    void templatesLintReportsWhereAndWhy()
    {
        const QByteArray list = R"({"data": [
            {"name": "order_update", "language": "en_US", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "Your order {{1}} has shipped.",
                             "example": {"body_text": [["A-1"]]}}]},
            {"name": "Order-Update", "language": "en_US", "category": "UTILITY",
             "components": [{"type": "BODY", "text": "{{1}}, your order has shipped.",
                             "example": {"body_text": [["Asha"]]}}]}
        ], "paging": {"cursors": {"before": "a", "after": "b"}}})";
        const QString file = write(QStringLiteral("templates.json"), list);
        const Result text = run({QStringLiteral("templates"), QStringLiteral("lint"), file});
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(file + QStringLiteral(": error: /data/1/name: ")), qPrintable(text.out));
        QVERIFY2(!text.out.contains(QStringLiteral("/data/0/")), qPrintable(text.out));

        const Result json = run({QStringLiteral("templates"), QStringLiteral("lint"), QStringLiteral("--json"), file});
        QCOMPARE(json.code, 1);
        const QJsonArray report = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(report.size(), 2);
        const QJsonObject start = report.at(1).toObject();
        QCOMPARE(start.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(start.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(start.value(QStringLiteral("pointer")).toString(), QStringLiteral("/data/1/components/0/text"));
        QCOMPARE(start.value(QStringLiteral("code")).toString(), QStringLiteral("2388299"));
        QVERIFY(!report.at(0).toObject().contains(QStringLiteral("code")));

        const QString good =
            write(QStringLiteral("good.json"),
                  QJsonDocument(
                      QJsonDocument::fromJson(list).object().value(QStringLiteral("data")).toArray().first().toObject())
                      .toJson());
        const Result clean = run({QStringLiteral("templates"), QStringLiteral("lint"), good});
        QCOMPARE(clean.code, 0);
        QCOMPARE(clean.out, QString());
        const Result broken = run(
            {QStringLiteral("templates"), QStringLiteral("lint"), write(QStringLiteral("broken.json"), "{\"name\": ")});
        QCOMPARE(broken.code, 2);
        QVERIFY2(broken.err.contains(QStringLiteral("line 1, column")), qPrintable(broken.err));
    }

    // validate --templates: a template send checked against its definition in a folder of them, each mismatch
    // with the code Meta would answer; a folder that cannot be read is an error before anything is checked.
    void validateChecksSendsAgainstTemplates()
    {
        QDir dir(m_dir.filePath(QStringLiteral("library")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QVERIFY(QFile::copy(TestData::path(QStringLiteral("templates/library.json")),
                            dir.filePath(QStringLiteral("library.json"))));
        const QByteArray send = R"({"messaging_product": "whatsapp", "to": "+919876543210", "type": "template",
            "template": {"name": "seasonal_promotion", "language": {"code": "en_US"}, "components": [
                {"type": "header", "parameters": [{"type": "text", "text": "Summer Sale"}]},
                {"type": "body", "parameters": [{"type": "text", "text": "the end of August"},
                                                {"type": "text", "text": "25OFF"}]}]}})";
        const QString file = write(QStringLiteral("send.json"), send);
        // Without --templates, the send is well formed.
        QCOMPARE(run({QStringLiteral("validate"), file}).code, 0);
        const Result r = run(
            {QStringLiteral("validate"), QStringLiteral("--json"), QStringLiteral("--templates"), dir.path(), file});
        QCOMPARE(r.code, 1);
        const QJsonArray report = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.first().toObject().value(QStringLiteral("pointer")).toString(),
                 QStringLiteral("/template/components/1/parameters"));
        QCOMPARE(report.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("132000"));
        const Result missing = run({QStringLiteral("validate"), QStringLiteral("--templates"),
                                    m_dir.filePath(QStringLiteral("no-such.json")), file});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("no-such.json")), qPrintable(missing.err));
    }

    // A picture the message links to is drawn only with --fetch-media, fetched from its link; without the
    // option nothing is asked of the server and the picture's place shows its file name.
    void renderFetchesMediaOnlyWhenAsked()
    {
        QImage red(40, 30, QImage::Format_RGB32);
        red.fill(QColor(255, 0, 0));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(red.save(&buffer, "PNG"));
        LoopbackServer server(LoopbackServer::Behaviour::Answer);
        server.setAnswer(200, png);
        const QJsonObject message{
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("to"), QStringLiteral("919876543210")},
            {QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("image"), QJsonObject{{QStringLiteral("link"), server.url(QStringLiteral("/red.png"))}}}};
        const QString file = write(QStringLiteral("image.json"), QJsonDocument(message).toJson());
        const auto redPixels = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2)
                    count += image.pixel(x, y) == qRgb(255, 0, 0) ? 1 : 0;
            }
            return count;
        };
        const QString out = m_dir.filePath(QStringLiteral("image.png"));
        QCOMPARE(run({QStringLiteral("render"), QStringLiteral("--png"), out, file}).code, 0);
        QCOMPARE(server.requestsReceived(), 0);
        QCOMPARE(redPixels(QImage(out)), 0);
        const Result fetched =
            run({QStringLiteral("render"), QStringLiteral("--png"), out, QStringLiteral("--fetch-media"), file});
        QCOMPARE(fetched.code, 0);
        QCOMPARE(server.requestsReceived(), 1);
        // The picture fills the bubble's media area: thousands of its pixels, not a stray few.
        QVERIFY2(redPixels(QImage(out)) > 5000, qPrintable(QString::number(redPixels(QImage(out)))));
    }

    // The answer to an address request: the address as the customer's phone summed it up, on one line.
    void explainSaysAnAddressReply()
    {
        const Result r = run({QStringLiteral("explain"), payloadFile(QStringLiteral("meta_address_reply_callback"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("inbound interactive (nfm_reply) message")) &&
                     r.out.contains(QStringLiteral(": CUSTOMER_NAME, +919876543210, 400063, Goregaon, Wing A, Cello "
                                                   "Triumph,IB Patel Rd, Mumbai, 8")),
                 qPrintable(r.out));
    }

    // A customer's photo without a caption: its media named, and no colon with nothing after it.
    void explainNamesInboundMedia()
    {
        const QByteArray callback = R"({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{
            "field": "messages", "value": {"messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
            "messages": [{"from": "16505551234", "id": "wamid.PHOTO", "timestamp": "1764500000", "type": "image",
                          "image": {"id": "1037543291543636", "mime_type": "image/jpeg", "sha256": "x"}}]}}]}]})";
        const Result r = run({QStringLiteral("explain"), write(QStringLiteral("photo.json"), callback)});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("inbound image message wamid.PHOTO from 16505551234 at "
                                               "2025-11-30T10:53:20Z (media 1037543291543636)\n")),
                 qPrintable(r.out));
    }

    void explainReadsResponsesAndRequests()
    {
        const Result response = run({QStringLiteral("explain"), payloadFile(QStringLiteral("telnyx_error_40008"))});
        QCOMPARE(response.code, 0);
        QVERIFY2(response.out.contains(QStringLiteral("Telnyx response")), qPrintable(response.out));
        QVERIFY(response.out.contains(QStringLiteral("rejected (40008: ")));
        const Result request = run({QStringLiteral("explain"), payloadFile(QStringLiteral("exotel_bulk_text"))});
        QCOMPARE(request.code, 0);
        QVERIFY2(request.out.contains(QStringLiteral("Exotel request")), qPrintable(request.out));
        QVERIFY(request.out.contains(QStringLiteral("text message from +919812345678")));
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wabench --help") << QStringList{QStringLiteral("--help")} << "Usage: wabench [COMMAND]";
        QTest::newRow("wabench --version") << QStringList{QStringLiteral("--version")} << "wabench " WABENCH_VERSION;
        for (const char *command : {"validate", "convert", "render", "explain"})
            QTest::newRow(command) << QStringList{QLatin1String(command), QStringLiteral("--help")}
                                   << QStringLiteral("Usage: wabench ") + QLatin1String(command);
    }
    void helpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Result r = run(arguments);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(expected), qPrintable(r.out));
    }

    void unknownCommandExitsTwo()
    {
        const Result r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        QVERIFY(!Cli::wants({}));
        QVERIFY(Cli::wants({QStringLiteral("validate")}));
    }
};

QTEST_MAIN(TestCli) // render --png lays text out: a QGuiApplication
#include "tst_cli.moc"
