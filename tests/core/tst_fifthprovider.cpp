// SPDX-License-Identifier: GPL-3.0-or-later
// Adding a provider is one file: a fifth provider ("Echo"), defined entirely here, registered, and driven
// end to end by the real pieces without any of them naming it: its account's fields, a send to the
// Sandbox in its own wire format, and its signed status callbacks verified and applied to the history.
#include "accounts/accountstore.h"
#include "history/historystore.h"
#include "httpclient.h"
#include "message/validator.h"
#include "net/signatures.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "providers/sandboxrole.h"
#include "sandbox/sandbox.h"
#include "transport/sendjob.h"
#include "webhooks/webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

namespace {

// Echo's API: POST {base}/echo/v1/send {"to", "content", "notify"} with X-Echo-Key; it answers
// {"echo_id"}, and calls back {"echo_event": {"id", "to", "state"}} signed with X-Echo-Signature (the hex
// HMAC-SHA256 of the body). It carries no location messages.
class EchoSandbox final : public SandboxRole
{
public:
    Endpoint route(const QByteArray &method, const QString &path, QString *) const override
    {
        return method == "POST" && path == u"/echo/v1/send" ? Endpoint::Send : Endpoint::None;
    }
    QString credentialsProblem(const HttpServerRequest &request) const override
    {
        return request.header("X-Echo-Key").isEmpty() ? QStringLiteral("no X-Echo-Key") : QString();
    }
    QString refusalCode(Refusal) const override { return QStringLiteral("E1"); }
    QByteArray errorBody(int, const QString &code, const QString &text) const override
    {
        return compact({{QStringLiteral("fault"), QString(code + u' ' + text)}});
    }
    QString newMessageId() const override
    {
        return QStringLiteral("echo-") + QUuid::createUuid().toString(QUuid::Id128);
    }
    HttpServerResponse sendAnswer(const QList<Message> &messages) const override
    {
        return HttpServerResponse::json(201, compact({{QStringLiteral("echo_id"), messages.first().messageId}}));
    }
    QByteArray callbackBody(const Message &message, const QString &status, const Words *failure,
                            const QDateTime &) const override
    {
        QJsonObject event{{QStringLiteral("id"), message.messageId},
                          {QStringLiteral("to"), message.recipient},
                          {QStringLiteral("state"), status}};
        if (failure)
            event.insert(QStringLiteral("fault"), failure->code);
        return compact({{QStringLiteral("echo_event"), event}});
    }
};

class EchoProvider final : public Provider
{
public:
    QString id() const override { return QStringLiteral("echo"); }
    QString displayName() const override { return QStringLiteral("Echo"); }
    QList<AccountField> accountFields() const override
    {
        return {{QStringLiteral("api_key"), QStringLiteral("Echo key"), true, {}, {}}, baseUrlField()};
    }
    QString unsupportedReason(const QJsonObject &message) const override
    {
        return message.value(QStringLiteral("type")).toString() == u"location"
                   ? QStringLiteral("Echo carries no location messages")
                   : Provider::unsupportedReason(message);
    }
    QJsonObject body(const Draft &draft, const QStringList &recipients) const override
    {
        QJsonObject out{{QStringLiteral("to"), recipients.value(0)}, {QStringLiteral("content"), draft.message}};
        if (draft.options.contains(QStringLiteral("notify")))
            out.insert(QStringLiteral("notify"), draft.options.value(QStringLiteral("notify")));
        return out;
    }
    HttpRequest request(const Account &account, const Draft &draft, const QStringList &recipients) const override
    {
        HttpRequest out =
            jsonRequest(QUrl(account.setting(QStringLiteral("base_url")) + QStringLiteral("/echo/v1/send")),
                        body(withCallback(draft, account, QStringLiteral("notify")), recipients), recipients);
        out.auth = HttpRequest::Auth::Header;
        out.authHeaderName = "X-Echo-Key";
        out.secret = {QStringLiteral("ECHO_KEY"), account.secret(QStringLiteral("api_key"))};
        return out;
    }
    int recogniseRequest(const QJsonObject &body) const override
    {
        return body.contains(QStringLiteral("content")) && body.contains(QStringLiteral("to")) ? 3 : 0;
    }
    ImportResult importRequest(const QJsonObject &body) const override
    {
        ImportedMessage message;
        message.message = body.value(QStringLiteral("content")).toObject();
        message.messagePointer = QStringLiteral("/content");
        message.recipients = {body.value(QStringLiteral("to")).toString()};
        message.recipientPointer = QStringLiteral("/to");
        if (body.contains(QStringLiteral("notify")))
            message.options.insert(QStringLiteral("webhook_url"), body.value(QStringLiteral("notify")));
        return {id(), {message}, {}};
    }
    bool recogniseResponse(const QJsonObject &body) const override { return body.contains(QStringLiteral("echo_id")); }
    QList<MessageResult> parseResponse(int httpStatus, const QJsonObject &body,
                                       const QStringList &recipients) const override
    {
        MessageResult result;
        result.recipient = recipients.value(0);
        result.messageId = body.value(QStringLiteral("echo_id")).toString();
        result.status =
            httpStatus / 100 == 2 && !result.messageId.isEmpty() ? DeliveryStatus::Accepted : DeliveryStatus::Rejected;
        result.errorText = body.value(QStringLiteral("fault")).toString();
        return {result};
    }
    bool recogniseCallback(const QJsonObject &body) const override
    {
        return body.contains(QStringLiteral("echo_event"));
    }
    QList<CallbackEvent> parseCallback(const QJsonObject &body) const override
    {
        static const QHash<QString, DeliveryStatus> states = {{QStringLiteral("sent"), DeliveryStatus::Sent},
                                                              {QStringLiteral("delivered"), DeliveryStatus::Delivered},
                                                              {QStringLiteral("read"), DeliveryStatus::Read},
                                                              {QStringLiteral("failed"), DeliveryStatus::Failed}};
        const QJsonObject event = body.value(QStringLiteral("echo_event")).toObject();
        CallbackEvent out;
        out.messageId = event.value(QStringLiteral("id")).toString();
        out.providerStatus = event.value(QStringLiteral("state")).toString();
        out.status = states.value(out.providerStatus, DeliveryStatus::Unknown);
        out.recipient = event.value(QStringLiteral("to")).toString();
        out.errorCode = event.value(QStringLiteral("fault")).toString();
        out.time = QDateTime::currentDateTimeUtc();
        return {out};
    }
    QString describeCode(const QString &code) const override
    {
        return code == u"131026" ? QStringLiteral("Echo could not reach that number") : QString();
    }
    bool verifyCallback(const HttpServerRequest &request, const QByteArray &key, qint64, QString *why,
                        QByteArray *) const override
    {
        if (Signatures::equal(request.header("X-Echo-Signature"), Signatures::hmacSha256(request.body, key).toHex()))
            return true;
        *why = QStringLiteral("X-Echo-Signature does not match");
        return false;
    }
    CallbackKeys newCallbackKeys() const override
    {
        const QByteArray key = Signatures::randomHex(16);
        return {key, key};
    }
    QList<HttpRequest::Header> signCallback(const QByteArray &body, const QByteArray &key, qint64) const override
    {
        return {{"X-Echo-Signature", Signatures::hmacSha256(body, key).toHex()}};
    }
    const SandboxRole *sandboxRole() const override
    {
        static const EchoSandbox role;
        return &role;
    }
};

} // namespace

class TestFifthProvider : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    int post(const QUrl &url, const QByteArray &body, const QList<HttpRequest::Header> &headers)
    {
        return TestHttp::postJson(m_network, url, body, headers).status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Providers::add(std::make_unique<EchoProvider>()));
        QVERIFY(!Providers::add(std::make_unique<EchoProvider>())); // one provider per id
        QVERIFY(Providers::find(QStringLiteral("echo")));
    }

    void itsAccountHasItsOwnFields()
    {
        const QList<AccountField> fields = AccountStore::fields(QStringLiteral("echo"));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.first().key, QStringLiteral("api_key"));
        QVERIFY(fields.first().secret);
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AccountStore accounts(&settings);
        AccountProfile profile;
        profile.id = QStringLiteral("echo-1");
        profile.provider = QStringLiteral("echo");
        profile.name = QStringLiteral("Echo main");
        profile.settings = {{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:9")}};
        QCOMPARE(accounts.save(profile), QString());
        QCOMPARE(accounts.findByName(QStringLiteral("Echo main"))->provider, QStringLiteral("echo"));
        QVERIFY(!settings.allKeys().join(u' ').contains(QStringLiteral("api_key"))); // a secret is never a setting
    }

    void itsKindsAreItsOwn()
    {
        const Provider *echo = Providers::find(QStringLiteral("echo"));
        Draft draft;
        draft.provider = echo->id();
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message = {{QStringLiteral("type"), QStringLiteral("location")},
                         {QStringLiteral("location"),
                          QJsonObject{{QStringLiteral("latitude"), 1}, {QStringLiteral("longitude"), 2}}}};
        const Issues issues = Validator::validateDraft(draft, echo);
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &issue) {
            return issue.isError() && issue.message == u"Echo carries no location messages";
        }));
    }

    void itSendsToTheSandboxAndItsSignedCallbacksMoveTheHistory()
    {
        HistoryStore history;
        QString error;
        QVERIFY2(history.open(m_dir.filePath(QStringLiteral("history.sqlite")), &error), qPrintable(error));
        WebhookReceiver receiver(&history);
        QVERIFY2(receiver.start(0, &error), qPrintable(error));
        Sandbox sandbox;
        QVERIFY2(sandbox.start(0, &error), qPrintable(error));
        sandbox.setCallbackDelay(30);
        QVERIFY(QString::fromUtf8(sandbox.describe()).contains(QStringLiteral("Echo")));
        const QByteArray key = sandbox.verifyingKey(QStringLiteral("echo"));
        QVERIFY(!key.isEmpty());
        receiver.setKeys({{{QStringLiteral("echo"), key}}, {}, {}});
        QSignalSpy answered(&sandbox, &Sandbox::requestAnswered);
        QSignalSpy refused(&receiver, &WebhookReceiver::rejected);

        Account account;
        account.provider = QStringLiteral("echo");
        account.name = QStringLiteral("Echo main");
        account.settings = {{QStringLiteral("base_url"), sandbox.baseUrl()},
                            {QStringLiteral("callback_url"), receiver.callbackUrl(QStringLiteral("echo"))}};
        account.secrets = {{QStringLiteral("api_key"), QStringLiteral("ECHO-SECRET")}};
        Draft draft;
        draft.provider = QStringLiteral("echo");
        draft.recipients = {QStringLiteral("+919876543210")};
        draft.message = {
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("Hi from Echo")}}}};
        SendJob job(&m_network, &history);
        QSignalSpy finished(&job, &SendJob::finished);
        QVERIFY2(job.start(draft, account, &error), qPrintable(error));
        QVERIFY(finished.wait(10000));

        // The Sandbox took it as Echo, in Echo's format, and answered as Echo does.
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(0).toString(), QStringLiteral("echo"));
        QCOMPARE(answered.first().at(1).toInt(), 201);
        const qint64 id = job.rows().value(0).value(0);
        const HistoryRecord sent = *history.record(id);
        QCOMPARE(sent.state, DeliveryStatus::Accepted);
        QVERIFY(sent.messageId.startsWith(QStringLiteral("echo-")));
        QVERIFY(sent.request.contains("/echo/v1/send"));
        QVERIFY(sent.request.contains("X-Echo-Key: ••••"));
        QVERIFY(!sent.request.contains("ECHO-SECRET"));

        // Its callbacks, signed as Echo signs, verified and applied.
        QTRY_COMPARE_WITH_TIMEOUT(history.record(id)->state, DeliveryStatus::Read, 5000);
        QCOMPARE(history.events(id).size(), 3);
        QVERIFY(refused.isEmpty());

        // One not signed with the key, or not signed at all, is refused and changes nothing.
        const QByteArray forged =
            QJsonDocument(QJsonObject{{QStringLiteral("echo_event"),
                                       QJsonObject{{QStringLiteral("id"), sent.messageId},
                                                   {QStringLiteral("state"), QStringLiteral("failed")}}}})
                .toJson(QJsonDocument::Compact);
        const Provider *echo = Providers::find(QStringLiteral("echo"));
        const QUrl url(receiver.callbackUrl(QStringLiteral("echo")));
        QCOMPARE(post(url, forged, echo->signCallback(forged, "not the key", 0)), 401);
        QCOMPARE(post(url, forged, {}), 401);
        QCOMPARE(history.record(id)->state, DeliveryStatus::Read);
        QCOMPARE(refused.size(), 2);
        // ...and the receiver recognises Echo's callbacks by their body at /webhooks too.
        QCOMPARE(
            post(QUrl(receiver.localUrl() + QStringLiteral("/webhooks")), forged, echo->signCallback(forged, key, 0)),
            200);
        QCOMPARE(history.record(id)->state, DeliveryStatus::Failed);
    }
};

QTEST_GUILESS_MAIN(TestFifthProvider)
#include "tst_fifthprovider.moc"
