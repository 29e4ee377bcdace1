// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/httpserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct ImportedMessage;

// A provider as the offline Sandbox plays it: which requests are its own, how it checks credentials and
// says no, what it answers to a send, the ids it makes, and its status callbacks in its own format. The
// Sandbox brings what is the same for every provider: the scenarios, their timing, the checks with the
// app's own rules, and signing (Provider::signCallback).
class SandboxRole
{
public:
    virtual ~SandboxRole() = default;

    enum class Endpoint
    {
        None,
        Send,          // POST: a send
        NumberCheck,   // GET: the sender's number, for a connection test
        MessageStatus, // GET: what became of a message
        MediaUpload,   // POST: a file for a media id (multipart/form-data)
    };
    // Which of its endpoints `method` `path` is; `argument` gets the id the path names (a message id).
    virtual Endpoint route(const QByteArray &method, const QString &path, QString *argument) const = 0;
    // Why the credentials on `request` are refused, or an empty string.
    virtual QString credentialsProblem(const HttpServerRequest &request) const = 0;

    enum class Refusal
    {
        Credentials,
        BadRequest,
        TemplateUnusable,
        ServerError,
        RateLimited,
        NotFound,
    };
    // Its error code for a refusal of the whole request, and its error body.
    virtual QString refusalCode(Refusal refusal) const = 0;
    virtual QByteArray errorBody(int status, const QString &code, const QString &text) const = 0;

    // A documented failure, in its own code and words when it has them (Meta's otherwise).
    enum class Failure
    {
        NotOnWhatsApp,
        WindowClosed,
        ParameterMismatch,
        TemplateUnusable,
    };
    struct Words
    {
        QString code;
        QString text;
        QString status; // a detailed status word, where the provider has one (Exotel's EX_...)
    };
    virtual Words failureWords(Failure failure) const;
    // A failure of its code `code`, described as `text`, as its callbacks carry it.
    virtual Words failureOf(const QString &code, const QString &text) const { return {code, text, {}}; }
    // A template it cannot use refuses that message in the answer (Exotel), not the whole request.
    virtual bool refusesPerMessage() const { return false; }
    // A failure's callback comes straight, without a "sent" one before it (Exotel).
    virtual bool failsWithoutSent() const { return false; }

    // One message of a send as the Sandbox keeps it.
    struct Message
    {
        QString provider;
        QString messageId; // empty when refused
        QString sender;
        QString recipient;
        QString correlation;
        QString callbackUrl;
        QString status = QStringLiteral("accepted");
        std::optional<Words> refused; // refused in the answer (refusesPerMessage)
        bool freeForm = true;         // anything but a template: held to the 24-hour window
    };
    virtual QString newMessageId() const;
    // The callback data the request gives `message`, matched against its callbacks.
    virtual QString correlationOf(const ImportedMessage &message, const QJsonObject &body) const;
    // Where the request asks for `message`'s callbacks, or empty.
    virtual QString callbackUrlOf(const ImportedMessage &message) const;
    // The answer to a send of `messages`: its HTTP status and body.
    virtual HttpServerResponse sendAnswer(const QList<Message> &messages) const = 0;
    // A status callback's body; `failure` for "failed".
    virtual QByteArray callbackBody(const Message &message, const QString &status, const Words *failure,
                                    const QDateTime &now) const = 0;
    // A customer's message as its webhook carries it: what `wabench trigger` sends.
    struct Inbound
    {
        QString
            kind; // text, button (a template's quick reply), button_reply, list_reply, image, video, audio, document
        QString messageId;
        QString from;     // the customer's number
        QString name;     // their profile name
        QString business; // the business number they wrote to
        QString text;     // the text, the chosen button's or row's title, or a caption
        QString choice;   // the chosen button's payload or row's id
        QString replyTo;  // the message it answers (a reply's context), or empty
        QString media;    // a media id (Meta, Kaleyra) or a link (Exotel, Telnyx)
        QString mimeType;
        QString fileName;
    };
    static QStringList inboundKinds();
    // Why its webhooks carry no customer's message of `kind`, or "" when they do.
    virtual QString inboundUnsupported(const QString &kind) const;
    virtual QByteArray inboundBody(const Inbound &message, const QDateTime &now) const;
    // Its media in a customer's message: a media id to fetch (Meta's), or else a link.
    virtual bool inboundMediaById() const { return false; }
    // A template's review decided, as its webhook says it (status: APPROVED, REJECTED, PAUSED, DISABLED).
    struct TemplateStatus
    {
        QString id;
        QString name;
        QString language;
        QString status;
        QString reason;
    };
    // Why it sends no such webhook for a template's `status`, or "".
    virtual QString templateStatusUnsupported(const QString &status) const;
    virtual QByteArray templateStatusBody(const TemplateStatus &status, const QDateTime &now) const;

    // The answers to its GET endpoints.
    virtual HttpServerResponse numberAnswer(const QString &argument) const;
    virtual HttpServerResponse messageAnswer(const Message &message) const;
    // The answer to an upload that gave `mediaId` (Meta's {"id"}).
    virtual HttpServerResponse mediaUploadAnswer(const QString &mediaId) const;

protected:
    static QByteArray compact(const QJsonObject &object);
};
