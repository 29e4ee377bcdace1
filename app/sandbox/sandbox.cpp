// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "message/phonenumbers.h"
#include "net/httpserver.h"
#include "net/signatures.h"
#include "providers/payload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

namespace {

// The scenario a recipient's number asks for: its last three digits.
QString scenarioOf(const QString &recipient)
{
    return PhoneNumbers::digits(recipient).right(3);
}

// A documented failure, in each provider's own words.
struct Failure
{
    QString metaCode;
    QString metaTitle;
    QString exotelCode;
    QString exotelStatus;
    QString exotelText;
};

std::optional<Failure> failureOf(const QString &scenario)
{
    if (scenario == u"901")
        return Failure{QStringLiteral("131026"), QStringLiteral("Message undeliverable"), QStringLiteral("30005"),
                       QStringLiteral("EX_NUMBER_ERROR"), QStringLiteral("The number is not on WhatsApp")};
    if (scenario == u"902")
        return Failure{QStringLiteral("131047"),
                       QStringLiteral("Re-engagement message: more than 24 hours since the customer last replied"),
                       QStringLiteral("30018"), QStringLiteral("EX_REENGAGEMENT_ERROR"),
                       QStringLiteral("The message failed as 24 hours window of the conversation is over")};
    if (scenario == u"903")
        return Failure{QStringLiteral("132000"),
                       QStringLiteral("Number of parameters does not match the expected number of params"),
                       QStringLiteral("30023"), QStringLiteral("EX_TEMPLATE_PARAM_ERROR"),
                       QStringLiteral("Template parameter count mismatch")};
    return std::nullopt;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QList<Sandbox::Scenario> Sandbox::scenarios()
{
    return {
        {QStringLiteral("any other"), tr("accepted, then sent, delivered and read")},
        {QStringLiteral("901"), tr("failed: not a WhatsApp number (Meta 131026, Exotel 30005)")},
        {QStringLiteral("902"), tr("failed: the 24-hour window is closed (Meta 131047, Exotel 30018)")},
        {QStringLiteral("903"), tr("failed: template parameters do not match (Meta 132000, Exotel 30023)")},
        {QStringLiteral("904"), tr("refused at once: the template cannot be used (Telnyx 40008, Meta 132015)")},
        {QStringLiteral("910"), tr("sent, never delivered")},
        {QStringLiteral("911"), tr("delivered, never read")},
        {QStringLiteral("912"), tr("statuses out of order: read, then delivered, then sent")},
        {QStringLiteral("913"), tr("every status callback twice")},
        {QStringLiteral("920"), tr("a slow answer (3 s)")},
        {QStringLiteral("921"), tr("HTTP 500")},
        {QStringLiteral("922"), tr("HTTP 429 with Retry-After: 30")},
        {QStringLiteral("923"), tr("the connection closes after the body, with no answer")},
    };
}

Sandbox::Sandbox(QObject *parent)
    : QObject(parent),
      m_server(new GuardedHttpServer(
          GuardedHttpServer::DeferredHandler(
              [this](const HttpServerRequest &request, const HttpResponder &responder) { handle(request, responder); }),
          this)),
      m_network(new QNetworkAccessManager(this))
{
    const Signatures::KeyPair keys = Signatures::newTelnyxKeys();
    m_telnyxPublic = keys.publicKey;
    m_telnyxSecret = keys.secretKey;
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(quint16 port, QString *error)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = tr("the Sandbox cannot listen on 127.0.0.1:%1 (is it in use?)").arg(port);
        return false;
    }
    m_port = m_server->port();
    return true;
}

QString Sandbox::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QByteArray Sandbox::describe() const
{
    QString text = tr("Wabench Sandbox: a simulated WhatsApp provider on this machine.\n\n"
                      "Send to it as Exotel, Kaleyra, Telnyx or Meta by giving an account the base URL %1.\n"
                      "Statuses are called back to the request's status_callback or webhook_url, else to %2.\n\n"
                      "Telnyx callbacks are signed with Ed25519; public key: %3\n"
                      "Meta callbacks carry X-Hub-Signature-256; app secret: %4\n\n"
                      "What happens depends on the last three digits of the recipient's number:\n")
                       .arg(baseUrl(), m_callbackBase.isEmpty() ? tr("(no callback URL set)") : m_callbackBase,
                            QString::fromLatin1(m_telnyxPublic), QString::fromLatin1(m_metaSecret));
    for (const Scenario &scenario : scenarios())
        text += QStringLiteral("  %1  %2\n").arg(scenario.digits, -9).arg(scenario.what);
    return text.toUtf8();
}

void Sandbox::handle(const HttpServerRequest &request, const HttpResponder &responder)
{
    QString provider;
    const Answer reply = answer(request, &provider);
    const auto write = [this, responder, reply, provider] {
        if (reply.close) {
            responder.close();
            emit requestAnswered(provider, 0, tr("closed the connection without an answer"));
            return;
        }
        responder.respond({reply.status, reply.body, reply.contentType, reply.headers});
        emit requestAnswered(provider, reply.status, QString::fromUtf8(reply.body.left(200)));
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, write);
    else
        write();
}

Sandbox::Answer Sandbox::answer(const HttpServerRequest &request, QString *provider)
{
    const QString path = request.url.path();
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    static const QRegularExpression exotel(QStringLiteral("^/v2/accounts/[^/]+/messages$"));
    static const QRegularExpression kaleyra(QStringLiteral("^/v2/[^/]+/whatsapp/[^/]+/messages$"));
    static const QRegularExpression telnyxMessage(QStringLiteral("^/v2/messages/([^/]+)$"));
    static const QRegularExpression meta(QStringLiteral("^/v\\d+\\.\\d+/([^/]+)/messages$"));
    static const QRegularExpression metaNumber(QStringLiteral("^/v\\d+\\.\\d+/([^/]+)$"));

    if (get && (path == u"/" || path.isEmpty()))
        return {200, describe(), {}, false, 0, "text/plain; charset=utf-8"};
    if (post && exotel.match(path).hasMatch())
        return send(*provider = QStringLiteral("exotel"), request);
    if (post && kaleyra.match(path).hasMatch())
        return send(*provider = QStringLiteral("kaleyra"), request);
    if (post && path == u"/v2/messages/whatsapp")
        return send(*provider = QStringLiteral("telnyx"), request);
    if (const QRegularExpressionMatch match = meta.match(path); post && match.hasMatch())
        return send(*provider = match.captured(1) == u"sandbox" ? QStringLiteral("sandbox") : QStringLiteral("meta"),
                    request);
    if (get && path == u"/v2/whatsapp/phone_numbers") {
        *provider = QStringLiteral("telnyx");
        if (const QString problem = authProblem(*provider, request); !problem.isEmpty())
            return refuse(*provider, 401, QStringLiteral("10009"), problem);
        const QJsonObject number{{QStringLiteral("phone_number"), QStringLiteral("+15550100001")},
                                 {QStringLiteral("record_type"), QStringLiteral("whatsapp_phone_number")}};
        return {200, compact({{QStringLiteral("data"), QJsonArray{number}}}), {}, false, 0};
    }
    if (const QRegularExpressionMatch match = telnyxMessage.match(path); get && match.hasMatch()) {
        *provider = QStringLiteral("telnyx");
        if (const QString problem = authProblem(*provider, request); !problem.isEmpty())
            return refuse(*provider, 401, QStringLiteral("10009"), problem);
        const auto it = m_sent.constFind(match.captured(1));
        if (it == m_sent.constEnd())
            return refuse(*provider, 404, QStringLiteral("10005"), tr("No message with that id"));
        const QJsonObject to{{QStringLiteral("phone_number"), it->recipient}, {QStringLiteral("status"), it->status}};
        return {
            200,
            compact({{QStringLiteral("data"), QJsonObject{{QStringLiteral("id"), it->messageId},
                                                          {QStringLiteral("record_type"), QStringLiteral("message")},
                                                          {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
                                                          {QStringLiteral("to"), QJsonArray{to}}}}}),
            {},
            false,
            0};
    }
    if (const QRegularExpressionMatch match = metaNumber.match(path); get && match.hasMatch()) {
        *provider = match.captured(1) == u"sandbox" ? QStringLiteral("sandbox") : QStringLiteral("meta");
        if (const QString problem = authProblem(*provider, request); !problem.isEmpty())
            return refuse(*provider, 401, QStringLiteral("190"), problem);
        return {200,
                compact({{QStringLiteral("id"), match.captured(1)},
                         {QStringLiteral("display_phone_number"), QStringLiteral("+91 98765 00001")},
                         {QStringLiteral("verified_name"), QStringLiteral("Wabench Sandbox")},
                         {QStringLiteral("quality_rating"), QStringLiteral("GREEN")}}),
                {},
                false,
                0};
    }
    return refuse(QString(), 404, QStringLiteral("404"),
                  tr("The Sandbox has nothing at %1 %2").arg(QString::fromLatin1(post ? "POST" : "GET"), path));
}

QString Sandbox::authProblem(const QString &provider, const HttpServerRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (provider == u"exotel") {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
        const qsizetype colon = pair.indexOf(':');
        if (!authorization.startsWith("Basic ") || colon <= 0 || colon == pair.size() - 1)
            return tr("Authentication failed: HTTP Basic with the API key and token is required");
        return {};
    }
    if (provider == u"kaleyra")
        return request.header("api-key").trimmed().isEmpty() ? tr("Incorrect SID or API key.") : QString();
    if (!authorization.startsWith("Bearer ") || authorization.mid(7).trimmed().isEmpty())
        return tr("Authentication failed: a Bearer token is required");
    return {};
}

Sandbox::Answer Sandbox::refuse(const QString &provider, int status, const QString &code, const QString &text) const
{
    QJsonObject body;
    if (provider == u"exotel") {
        const QJsonObject error{{QStringLiteral("code"), code.toInt()},
                                {QStringLiteral("message"), text},
                                {QStringLiteral("description"), text}};
        body = {{QStringLiteral("request_id"), QUuid::createUuid().toString(QUuid::Id128)},
                {QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("http_code"), status},
                {QStringLiteral("response"), QJsonObject{{QStringLiteral("code"), status},
                                                         {QStringLiteral("status"), QStringLiteral("failure")},
                                                         {QStringLiteral("error_data"), error}}}};
    } else if (provider == u"kaleyra") {
        body = {{QStringLiteral("code"), code},
                {QStringLiteral("message"), text},
                {QStringLiteral("data"), QJsonObject()},
                {QStringLiteral("error"), QJsonObject()}};
    } else if (provider == u"telnyx") {
        body = {{QStringLiteral("errors"), QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                                  {QStringLiteral("title"), text},
                                                                  {QStringLiteral("detail"), text}}}}};
    } else {
        body = {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), text},
                                                      {QStringLiteral("type"), QStringLiteral("OAuthException")},
                                                      {QStringLiteral("code"), code.toInt()},
                                                      {QStringLiteral("fbtrace_id"), QStringLiteral("Sandbox")}}}};
    }
    return {status, compact(body), {}, false, 0};
}

QString Sandbox::newId(const QString &provider) const
{
    if (provider == u"telnyx")
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    QByteArray random(18, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    const QString token =
        QString::fromLatin1(random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (provider == u"exotel")
        return token.left(24) + QStringLiteral("16a4");
    return QStringLiteral("wamid.") + token;
}

Sandbox::Answer Sandbox::send(const QString &provider, const HttpServerRequest &request)
{
    if (const QString problem = authProblem(provider, request); !problem.isEmpty()) {
        const QString code = provider == u"exotel"    ? QStringLiteral("1010")
                             : provider == u"kaleyra" ? QStringLiteral("RBC001")
                             : provider == u"telnyx"  ? QStringLiteral("10009")
                                                      : QStringLiteral("190");
        return refuse(provider, 401, code, problem);
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return refuse(provider, 400, provider == u"kaleyra" ? QStringLiteral("WA400") : QStringLiteral("100"),
                      tr("The body is not a JSON object"));
    // Checked as the app checks it: the same import and the same rules.
    const QString adapter = provider == u"sandbox" ? QStringLiteral("meta") : provider;
    QString error;
    const std::optional<Payload::Requests> read = Payload::importRequests(document.object(), adapter, &error);
    if (!read)
        return refuse(provider, 400, provider == u"kaleyra" ? QStringLiteral("WA400") : QStringLiteral("100"), error);
    for (const Issue &issue : Payload::validate(*read)) {
        if (issue.isError())
            return refuse(provider, 400, provider == u"kaleyra" ? QStringLiteral("WA400") : QStringLiteral("100"),
                          issue.pointer + QStringLiteral(": ") + issue.message);
    }

    // The whole request's fate is the first recipient's that asks for one.
    QStringList recipients;
    for (const ImportedMessage &message : read->messages)
        recipients += message.recipients;
    for (const QString &recipient : std::as_const(recipients)) {
        const QString scenario = scenarioOf(recipient);
        if (scenario == u"921")
            return refuse(provider, 500, provider == u"kaleyra" ? QStringLiteral("WA500") : QStringLiteral("1"),
                          tr("Internal server error (Sandbox scenario 921)"));
        if (scenario == u"922") {
            Answer busy =
                refuse(provider, 429, provider == u"kaleyra" ? QStringLiteral("WA429") : QStringLiteral("130429"),
                       tr("Rate limit hit (Sandbox scenario 922)"));
            busy.headers.emplaceBack("Retry-After", "30");
            return busy;
        }
        if (scenario == u"923")
            return {0, {}, {}, true, 0};
        if (scenario == u"904" && provider != u"exotel") {
            const QString code = provider == u"telnyx"    ? QStringLiteral("40008")
                                 : provider == u"kaleyra" ? QStringLiteral("WA400")
                                                          : QStringLiteral("132015");
            return refuse(provider, 400, code, tr("The template cannot be used: it is paused or disabled"));
        }
    }

    // Accepted: an id per message, and its statuses on their way.
    const QJsonObject body = document.object();
    QJsonArray exotelResults;
    QJsonObject answerBody;
    int accepted = 0;
    for (const ImportedMessage &message : read->messages) {
        for (const QString &recipient : message.recipients) {
            Sent sent;
            sent.provider = provider;
            sent.recipient = recipient;
            sent.messageId = newId(provider);
            sent.correlation =
                message.options.value(QStringLiteral("custom_data"))
                    .toString(message.message.value(QStringLiteral("biz_opaque_callback_data")).toString());
            if (provider == u"kaleyra")
                sent.correlation =
                    body.value(QStringLiteral("extra_info")).toObject().value(QStringLiteral("ref")).toString();
            QString url = message.options.value(QStringLiteral("status_callback"))
                              .toString(message.options.value(QStringLiteral("webhook_url")).toString());
            if (url.isEmpty() && !m_callbackBase.isEmpty())
                url = m_callbackBase + QStringLiteral("/webhooks/") + provider;
            sent.callbackUrl = url;
            const QString scenario = scenarioOf(recipient);
            if (provider == u"exotel" && scenario == u"904") {
                exotelResults.append(
                    QJsonObject{{QStringLiteral("code"), 400},
                                {QStringLiteral("status"), QStringLiteral("failed")},
                                {QStringLiteral("error_data"),
                                 QJsonObject{{QStringLiteral("code"), 30024},
                                             {QStringLiteral("message"), QStringLiteral("EX_TEMPLATE_NOT_FOUND")},
                                             {QStringLiteral("description"), tr("The template cannot be used")}}}});
                continue;
            }
            ++accepted;
            m_sent.insert(sent.messageId, sent);
            schedule(sent, scenario);
            if (provider == u"exotel") {
                exotelResults.append(
                    QJsonObject{{QStringLiteral("code"), 202},
                                {QStringLiteral("error_data"), QJsonValue()},
                                {QStringLiteral("status"), QStringLiteral("success")},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("sid"), sent.messageId}}}});
            } else if (provider == u"kaleyra") {
                answerBody = {{QStringLiteral("code"), QStringLiteral("WA202")},
                              {QStringLiteral("message"), QStringLiteral("Request Accepted")},
                              {QStringLiteral("data"), QJsonObject{{QStringLiteral("message_id"), sent.messageId}}},
                              {QStringLiteral("error"), QJsonObject()}};
            } else if (provider == u"telnyx") {
                QJsonObject data{
                    {QStringLiteral("record_type"), QStringLiteral("message")},
                    {QStringLiteral("direction"), QStringLiteral("outbound")},
                    {QStringLiteral("id"), sent.messageId},
                    {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
                    {QStringLiteral("from"), QJsonObject{{QStringLiteral("phone_number"), message.sender}}},
                    {QStringLiteral("to"),
                     QJsonArray{QJsonObject{{QStringLiteral("phone_number"), recipient},
                                            {QStringLiteral("status"), QStringLiteral("queued")}}}}};
                if (!url.isEmpty())
                    data.insert(QStringLiteral("webhook_url"), url);
                answerBody = {{QStringLiteral("data"), data}};
            } else {
                answerBody = {
                    {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                    {QStringLiteral("contacts"),
                     QJsonArray{QJsonObject{{QStringLiteral("input"), recipient},
                                            {QStringLiteral("wa_id"), PhoneNumbers::digits(recipient)}}}},
                    {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("id"), sent.messageId}}}}};
            }
        }
    }
    Answer reply;
    if (provider == u"exotel") {
        const int total = int(exotelResults.size());
        reply.status = accepted == total ? 202 : 207;
        reply.body = compact(
            {{QStringLiteral("request_id"), QUuid::createUuid().toString(QUuid::Id128)},
             {QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("http_code"), reply.status},
             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("failed"), total - accepted},
                                                      {QStringLiteral("total"), total},
                                                      {QStringLiteral("success"), accepted}}},
             {QStringLiteral("response"),
              QJsonObject{{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("messages"), exotelResults}}}}}});
    } else {
        reply.status = provider == u"kaleyra" ? 202 : 200;
        reply.body = compact(answerBody);
    }
    for (const QString &recipient : std::as_const(recipients)) {
        if (scenarioOf(recipient) == u"920")
            reply.delayMs = m_slowMs;
    }
    return reply;
}

void Sandbox::schedule(const Sent &message, const QString &scenario)
{
    if (message.callbackUrl.isEmpty())
        return;
    struct Step
    {
        int at;
        QString status;
    };
    QList<Step> steps;
    if (const std::optional<Failure> failure = failureOf(scenario)) {
        if (message.provider != u"exotel")
            steps.append({1, QStringLiteral("sent")});
        steps.append({2, QStringLiteral("failed")});
    } else if (scenario == u"910") {
        steps = {{1, QStringLiteral("sent")}};
    } else if (scenario == u"911") {
        steps = {{1, QStringLiteral("sent")}, {2, QStringLiteral("delivered")}};
    } else if (scenario == u"912") {
        steps = {{1, QStringLiteral("read")}, {2, QStringLiteral("delivered")}, {3, QStringLiteral("sent")}};
    } else {
        steps = {{1, QStringLiteral("sent")}, {2, QStringLiteral("delivered")}, {3, QStringLiteral("read")}};
    }
    const int copies = scenario == u"913" ? 2 : 1;
    const std::optional<Failure> failure = failureOf(scenario);
    for (const Step &step : std::as_const(steps)) {
        QString code;
        QString text;
        if (step.status == u"failed" && failure) {
            code = message.provider == u"exotel" ? failure->exotelCode : failure->metaCode;
            text = message.provider == u"exotel" ? failure->exotelText : failure->metaTitle;
        }
        QTimer::singleShot(step.at * m_delayMs, this, [this, message, status = step.status, code, text, copies] {
            deliver(message, status, code, text, copies);
        });
    }
}

QByteArray Sandbox::callbackBody(const Sent &message, const QString &status, const QString &code,
                                 const QString &text) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (message.provider == u"exotel") {
        static const QHash<QString, std::pair<int, QString>> codes = {
            {QStringLiteral("sent"), {30001, QStringLiteral("EX_MESSAGE_SENT")}},
            {QStringLiteral("delivered"), {30002, QStringLiteral("EX_MESSAGE_DELIVERED")}},
            {QStringLiteral("read"), {30003, QStringLiteral("EX_MESSAGE_SEEN")}}};
        const bool failed = status == u"failed";
        const int exoCode = failed ? code.toInt() : codes.value(status).first;
        const QString detailed = failed ? failureOf(QStringLiteral("901"))->exotelStatus : codes.value(status).second;
        QJsonObject dlr{{QStringLiteral("callback_type"), QStringLiteral("dlr")},
                        {QStringLiteral("sid"), message.messageId},
                        {QStringLiteral("to"), PhoneNumbers::digits(message.recipient)},
                        {QStringLiteral("exo_status_code"), exoCode},
                        {QStringLiteral("exo_detailed_status"), failed ? QString() : detailed},
                        {QStringLiteral("description"), failed ? text : tr("Message %1").arg(status)},
                        {QStringLiteral("timestamp"), now.toOffsetFromUtc(19800).toString(Qt::ISODateWithMs)}};
        if (failed) {
            for (const QString &scenario : {QStringLiteral("901"), QStringLiteral("902"), QStringLiteral("903")}) {
                if (failureOf(scenario)->exotelCode == code)
                    dlr.insert(QStringLiteral("exo_detailed_status"), failureOf(scenario)->exotelStatus);
            }
        }
        if (!message.correlation.isEmpty())
            dlr.insert(QStringLiteral("custom_data"), message.correlation);
        return compact({{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("messages"), QJsonArray{dlr}}}}});
    }
    if (message.provider == u"telnyx") {
        QJsonArray errors;
        if (!code.isEmpty())
            errors.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("title"), text}});
        const QJsonObject payload{
            {QStringLiteral("id"), message.messageId},
            {QStringLiteral("record_type"), QStringLiteral("message")},
            {QStringLiteral("type"), QStringLiteral("WHATSAPP")},
            {QStringLiteral("direction"), QStringLiteral("outbound")},
            {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("phone_number"), message.recipient},
                                                          {QStringLiteral("status"), status}}}},
            {QStringLiteral("errors"), errors}};
        return compact(
            {{QStringLiteral("data"),
              QJsonObject{{QStringLiteral("event_type"),
                           status == u"sent" ? QStringLiteral("message.sent") : QStringLiteral("message.finalized")},
                          {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {QStringLiteral("occurred_at"), now.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("record_type"), QStringLiteral("event")},
                          {QStringLiteral("payload"), payload}}},
             {QStringLiteral("meta"),
              QJsonObject{{QStringLiteral("attempt"), 1}, {QStringLiteral("delivered_to"), message.callbackUrl}}}});
    }
    // Meta's webhook value; Kaleyra wraps the same value.
    QJsonObject entry{{QStringLiteral("id"), message.messageId},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("timestamp"), QString::number(now.toSecsSinceEpoch())},
                      {QStringLiteral("recipient_id"), PhoneNumbers::digits(message.recipient)}};
    if (!message.correlation.isEmpty() && message.provider != u"kaleyra")
        entry.insert(QStringLiteral("biz_opaque_callback_data"), message.correlation);
    if (!code.isEmpty())
        entry.insert(
            QStringLiteral("errors"),
            QJsonArray{QJsonObject{{QStringLiteral("code"), code.toInt()},
                                   {QStringLiteral("title"), text},
                                   {QStringLiteral("message"), text},
                                   {QStringLiteral("error_data"), QJsonObject{{QStringLiteral("details"), text}}}}});
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("919876500001")},
                                         {QStringLiteral("phone_number_id"), QStringLiteral("sandbox")}}},
                            {QStringLiteral("statuses"), QJsonArray{entry}}};
    const QJsonObject change{{QStringLiteral("value"), value}, {QStringLiteral("field"), QStringLiteral("messages")}};
    if (message.provider == u"kaleyra") {
        QJsonObject extra{{QStringLiteral("message_id"), message.messageId}};
        if (!message.correlation.isEmpty())
            extra.insert(QStringLiteral("ref"), message.correlation);
        return compact({{QStringLiteral("meta_object"), change},
                        {QStringLiteral("extra_info"), extra},
                        {QStringLiteral("status"), status.toUpper()},
                        {QStringLiteral("message_id"), message.messageId}});
    }
    return compact(
        {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
         {QStringLiteral("entry"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sandbox-waba")},
                                                          {QStringLiteral("changes"), QJsonArray{change}}}}}});
}

void Sandbox::deliver(const Sent &message, const QString &status, const QString &code, const QString &text, int copies)
{
    if (auto it = m_sent.find(message.messageId); it != m_sent.end())
        it->status = status;
    // A duplicate is the same callback again, byte for byte.
    const QByteArray body = callbackBody(message, status, code, text);
    for (int copy = 0; copy < copies; ++copy)
        post(message, body);
}

void Sandbox::post(const Sent &message, const QByteArray &body)
{
    QNetworkRequest request{QUrl(message.callbackUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    if (message.provider == u"telnyx") {
        const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        request.setRawHeader("telnyx-timestamp", timestamp);
        request.setRawHeader("telnyx-signature-ed25519", Signatures::signTelnyx(body, timestamp, m_telnyxSecret));
    } else if (message.provider == u"meta" || message.provider == u"sandbox") {
        request.setRawHeader("X-Hub-Signature-256", Signatures::signMeta(body, m_metaSecret));
    }
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, message] {
        reply->deleteLater();
        emit callbackDelivered(message.provider, message.callbackUrl,
                               reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
}
