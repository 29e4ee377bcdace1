// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include "templates/templatematch.h"

#include "message/jsondocument.h"
#include "message/kinds.h"
#include "message/phonenumbers.h"
#include "net/httpserver.h"
#include "net/sendonce.h"
#include "providers/payload.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace {

// The scenario a recipient's number asks for: its last three digits.
QString scenarioOf(const QString &recipient)
{
    return PhoneNumbers::digits(recipient).right(3);
}

// The documented failure a scenario plays, if it plays one. A template reaches a customer whose window is
// closed; anything else does not.
std::optional<SandboxRole::Failure> failureOf(const QString &scenario, bool freeForm)
{
    if (scenario == u"901")
        return SandboxRole::Failure::NotOnWhatsApp;
    if (scenario == u"902" && freeForm)
        return SandboxRole::Failure::WindowClosed;
    if (scenario == u"903")
        return SandboxRole::Failure::ParameterMismatch;
    return std::nullopt;
}

} // namespace

QDateTime Sandbox::customerLastWrote(const QString &recipient, const QDateTime &now)
{
    return scenarioOf(recipient) == u"902" ? QDateTime() : now.addSecs(-3600);
}

Sandbox::Sandbox(QObject *parent)
    : QObject(parent),
      m_server(new GuardedHttpServer(
          GuardedHttpServer::DeferredHandler(
              [this](const HttpServerRequest &request, const HttpResponder &responder) { handle(request, responder); }),
          this)),
      m_network(new QNetworkAccessManager(this))
{
    m_clock.start();
    // A media upload may be as large as the largest medium; anything else as large as a message.
    HttpLimits limits = m_server->limits();
    limits.bodyLimitFor = [standard = limits.maxBodyBytes](const HttpServerRequest &head) {
        return head.method == "POST" && head.url.path().endsWith(QStringLiteral("/media"))
                   ? SandboxMedia::MaxUploadBytes
                   : standard;
    };
    m_server->setLimits(limits);
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

void Sandbox::setRateLimit(double perSecond)
{
    m_rateLimit = std::max(0.0, perSecond);
    m_buckets.clear();
}

bool Sandbox::withinRate(const QString &provider, const QString &path, const QString &sender, int messages)
{
    if (m_rateLimit <= 0)
        return true;
    // A bucket per sending number: a fifth of a second's messages at once, refilled at the rate.
    const double burst = std::max(1.0, m_rateLimit / 5);
    const qint64 now = m_clock.elapsed();
    const QString key = provider + u'\n' + path + u'\n' + sender;
    auto bucket = m_buckets.find(key);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(key, {burst, now});
    bucket->tokens = std::min(burst, bucket->tokens + double(now - bucket->at) * m_rateLimit / 1000);
    bucket->at = now;
    if (bucket->tokens < messages)
        return false;
    bucket->tokens -= messages;
    return true;
}

QString Sandbox::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

const Provider::CallbackKeys &Sandbox::keysFor(const Provider *provider) const
{
    auto it = m_keys.find(provider->id());
    if (it == m_keys.end())
        it = m_keys.insert(provider->id(), provider->newCallbackKeys());
    return *it;
}

QByteArray Sandbox::verifyingKey(const QString &provider) const
{
    const Provider *adapter = Providers::find(provider);
    return adapter && adapter->sandboxRole() ? keysFor(adapter).verifying : QByteArray();
}

void Sandbox::handle(const HttpServerRequest &request, const HttpResponder &responder)
{
    QString provider;
    const Answer reply = answer(request, &provider);
    const auto write = [this, responder, reply, provider] {
        if (reply.close) {
            responder.close();
            emit requestAnswered(provider, 0, tr("closed the connection without an answer"), reply.recipients,
                                 reply.messageIds);
            return;
        }
        responder.respond(reply.response);
        emit requestAnswered(provider, reply.response.status, QString::fromUtf8(reply.response.body.left(200)),
                             reply.recipients, reply.messageIds);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, write);
    else
        write();
}

Sandbox::Answer Sandbox::refuse(const SandboxRole *role, int status, SandboxRole::Refusal refusal,
                                const QString &text) const
{
    return {HttpServerResponse::json(status, role->errorBody(status, role->refusalCode(refusal), text))};
}

Sandbox::Answer Sandbox::answer(const HttpServerRequest &request, QString *provider)
{
    const QString path = request.url.path();
    if (request.method == "GET" && (path == u"/" || path.isEmpty()))
        return {{200, describe(), "text/plain; charset=utf-8", {}}};
    // Media: where an id is (Meta's GET /{version}/{media-id}) and the file at that address.
    if (request.method == "GET") {
        const QString last = path.section(u'/', -1);
        if (path.startsWith(QStringLiteral("/media/")) && path.count(u'/') == 2)
            return {m_media.file(last, request)};
        if (m_media.holds(last) && path.count(u'/') == 2)
            return {m_media.location(last, request, baseUrl())};
        // A media id it does not hold (Meta's request names the phone number it asks for).
        const QString number = QUrlQuery(request.url).queryItemValue(QStringLiteral("phone_number_id"));
        if (!number.isEmpty() && path.count(u'/') == 2) {
            *provider = number == u"sandbox" ? QStringLiteral("sandbox") : QStringLiteral("meta");
            return refuse(Providers::find(*provider)->sandboxRole(), 400, SandboxRole::Refusal::BadRequest,
                          tr("Unsupported get request. Object with ID '%1' does not exist, cannot be loaded due to "
                             "missing permissions, or does not support this operation")
                              .arg(last));
        }
    }
    // Meta's template edge of a WhatsApp Business Account: the Sandbox provider's ("sandbox-waba") or a Meta
    // account's pointed at the Sandbox.
    if (QString account; SandboxTemplates::routes(path, &account))
        return templates(account, request, provider);
    for (const Provider *candidate : Providers::all()) {
        const SandboxRole *role = candidate->sandboxRole();
        QString argument;
        const SandboxRole::Endpoint endpoint =
            role ? role->route(request.method, path, &argument) : SandboxRole::Endpoint::None;
        if (endpoint == SandboxRole::Endpoint::None)
            continue;
        *provider = candidate->id();
        if (endpoint == SandboxRole::Endpoint::Send)
            return send(candidate, request);
        if (endpoint == SandboxRole::Endpoint::MediaUpload)
            return {m_media.upload(candidate, request)};
        if (const QString problem = role->credentialsProblem(request); !problem.isEmpty())
            return refuse(role, 401, SandboxRole::Refusal::Credentials, problem);
        if (endpoint == SandboxRole::Endpoint::NumberCheck)
            return {role->numberAnswer(argument)};
        const auto sent = m_sent.constFind(argument);
        if (sent == m_sent.constEnd() || sent->provider != candidate->id())
            return refuse(role, 404, SandboxRole::Refusal::NotFound, tr("No message with that id"));
        return {role->messageAnswer(*sent)};
    }
    const QString words = tr("The Sandbox has nothing at %1 %2").arg(QString::fromLatin1(request.method), path);
    return {HttpServerResponse::json(
        404, QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), words},
                                                                             {QStringLiteral("code"), 404}}}})
                 .toJson(QJsonDocument::Compact))};
}

Sandbox::Answer Sandbox::templates(const QString &account, const HttpServerRequest &request, QString *provider)
{
    *provider = account == u"sandbox-waba" ? QStringLiteral("sandbox") : QStringLiteral("meta");
    const Provider *owner = Providers::find(*provider);
    const SandboxRole *role = owner->sandboxRole();
    if (const QString problem = role->credentialsProblem(request); !problem.isEmpty())
        return refuse(role, 401, SandboxRole::Refusal::Credentials, problem);
    return {m_templates.answer(
        account, request, [this, owner](const QString &waba, const QString &id) { decideLater(owner, waba, id); })};
}

void Sandbox::decideLater(const Provider *owner, const QString &waba, const QString &id)
{
    // Meta reviews a template in minutes; the Sandbox decides after its callback delay, and again where the
    // scenario pauses or disables the template once approved.
    QTimer::singleShot(m_delayMs, this, [this, owner, waba, id] {
        const QByteArray body = m_templates.decide(waba, id);
        if (body.isEmpty())
            return;
        deliverAccountEvent(owner, body);
        if (m_templates.decidesAgain(waba, id))
            decideLater(owner, waba, id);
    });
}

void Sandbox::deliverAccountEvent(const Provider *provider, const QByteArray &body)
{
    if (m_callbackBase.isEmpty())
        return;
    const QString url = m_callbackBase + QStringLiteral("/webhooks/") + provider->id();
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    for (const auto &[name, value] :
         provider->signCallback(body, keysFor(provider).signing, QDateTime::currentSecsSinceEpoch()))
        request.setRawHeader(name, value);
    QNetworkReply *reply = SendOnce::send(m_network, request, "POST", body); // never twice, as a send
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, url] {
        reply->deleteLater();
        emit callbackDelivered(provider->id(), url, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    });
}

Sandbox::Answer Sandbox::send(const Provider *provider, const HttpServerRequest &request)
{
    using Refusal = SandboxRole::Refusal;
    const SandboxRole *role = provider->sandboxRole();
    if (const QString problem = role->credentialsProblem(request); !problem.isEmpty())
        return refuse(role, 401, Refusal::Credentials, problem);
    const JsonParseResult parsed = JsonDocument::parse(request.body);
    if (!parsed.ok())
        return refuse(role, 400, Refusal::BadRequest, tr("The body is not JSON: %1").arg(parsed.error));
    const QJsonDocument &document = parsed.document;
    if (!document.isObject())
        return refuse(role, 400, Refusal::BadRequest, tr("The body is not a JSON object"));
    // Checked as the app checks it: the same import and the same rules.
    QString error;
    const std::optional<Payload::Requests> read = Payload::importRequests(document.object(), provider->id(), &error);
    if (!read)
        return refuse(role, 400, Refusal::BadRequest, error);
    for (const Issue &issue : Payload::validate(*read)) {
        if (issue.isError())
            return refuse(role, 400, Refusal::BadRequest, issue.pointer + QStringLiteral(": ") + issue.message);
    }
    // A template it holds: the send fits the definition, or is refused with Meta's code, as Meta refuses it.
    for (const ImportedMessage &imported : read->messages) {
        for (const Issue &issue : TemplateMatch::check(imported.message, m_templates.library())) {
            if (issue.isError())
                return {HttpServerResponse::json(
                    400, role->errorBody(400, issue.code, issue.pointer + QStringLiteral(": ") + issue.message))};
        }
    }

    QStringList recipients;
    for (const ImportedMessage &message : read->messages)
        recipients += message.recipients;
    const auto refused = [&recipients](Answer answer) {
        answer.recipients = recipients;
        answer.messageIds = QList<QString>(recipients.size());
        return answer;
    };
    // Above the rate limit, refused as the provider refuses it: nothing was taken.
    const QString sender = read->messages.isEmpty() ? QString() : read->messages.constFirst().sender;
    if (!withinRate(provider->id(), request.url.path(), sender, int(recipients.size())))
        return refused(refuse(role, 429, Refusal::RateLimited,
                              tr("Rate limit hit: more than %1 messages a second from this number").arg(m_rateLimit)));
    // The whole request's fate is the first recipient's that asks for one.
    for (const QString &recipient : std::as_const(recipients)) {
        const QString scenario = scenarioOf(recipient);
        if (scenario == u"921")
            return refused(refuse(role, 500, Refusal::ServerError, tr("Internal server error (Sandbox scenario 921)")));
        if (scenario == u"922") {
            Answer busy = refuse(role, 429, Refusal::RateLimited, tr("Rate limit hit (Sandbox scenario 922)"));
            busy.response.headers.emplaceBack("Retry-After", "30");
            return refused(busy);
        }
        if (scenario == u"923") {
            Answer closed = refused({});
            closed.close = true;
            return closed;
        }
        if (scenario == u"904" && !role->refusesPerMessage())
            return refused(refuse(role, 400, Refusal::TemplateUnusable,
                                  tr("The template cannot be used: it is paused or disabled")));
    }

    // Accepted: an id per message, and its statuses on their way.
    QList<Message> messages;
    for (const ImportedMessage &imported : read->messages) {
        for (const QString &recipient : imported.recipients) {
            Message message;
            message.provider = provider->id();
            message.sender = imported.sender;
            message.recipient = recipient;
            message.correlation = role->correlationOf(imported, document.object());
            message.callbackUrl = role->callbackUrlOf(imported);
            message.freeForm = Kinds::of(imported.message) != u"template";
            if (message.callbackUrl.isEmpty() && !m_callbackBase.isEmpty())
                message.callbackUrl = m_callbackBase + QStringLiteral("/webhooks/") + provider->id();
            const QString scenario = scenarioOf(recipient);
            if (scenario == u"904") {
                message.refused = role->failureWords(SandboxRole::Failure::TemplateUnusable);
            } else {
                message.messageId = role->newMessageId();
                m_sent.insert(message.messageId, message);
                schedule(message, scenario);
            }
            messages.append(message);
        }
    }
    Answer reply{role->sendAnswer(messages)};
    for (const Message &message : std::as_const(messages)) {
        reply.recipients.append(message.recipient);
        reply.messageIds.append(message.messageId);
    }
    for (const QString &recipient : std::as_const(recipients)) {
        if (scenarioOf(recipient) == u"920")
            reply.delayMs = m_slowMs;
    }
    return reply;
}

void Sandbox::schedule(const Message &message, const QString &scenario)
{
    if (message.callbackUrl.isEmpty() || !m_callbacks)
        return;
    struct Step
    {
        int at;
        QString status;
    };
    QList<Step> steps;
    const std::optional<SandboxRole::Failure> failure = failureOf(scenario, message.freeForm);
    const SandboxRole *role = Providers::find(message.provider)->sandboxRole();
    if (failure) {
        if (!role->failsWithoutSent())
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
    for (const Step &step : std::as_const(steps)) {
        std::optional<SandboxRole::Words> words;
        if (step.status == u"failed" && failure)
            words = role->failureWords(*failure);
        QTimer::singleShot(step.at * m_delayMs, this, [this, message, status = step.status, words, copies] {
            deliver(message, status, words, copies);
        });
    }
}

void Sandbox::deliver(const Message &message, const QString &status, const std::optional<SandboxRole::Words> &failure,
                      int copies)
{
    if (auto it = m_sent.find(message.messageId); it != m_sent.end())
        it->status = status;
    const Provider *provider = Providers::find(message.provider);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // A duplicate is the same callback again, byte for byte.
    const QByteArray body = provider->sandboxRole()->callbackBody(message, status, failure ? &*failure : nullptr,
                                                                  QDateTime::currentDateTimeUtc());
    QNetworkRequest request{QUrl(message.callbackUrl)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    for (const auto &[name, value] : provider->signCallback(body, keysFor(provider).signing, now))
        request.setRawHeader(name, value);
    // Each copy leaves once (a duplicate is a copy of its own, as a provider's retry would be).
    for (int copy = 0; copy < copies; ++copy) {
        QNetworkReply *reply = SendOnce::send(m_network, request, "POST", body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, message] {
            reply->deleteLater();
            emit callbackDelivered(message.provider, message.callbackUrl,
                                   reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        });
    }
}
