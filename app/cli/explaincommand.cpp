// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "message/kinds.h"
#include "providers/payload.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

// This file's messages, in the catalogue's "Cli" context (lupdate reads the macro).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString codeText(const Provider *provider, const QString &code, const QString &fallback)
{
    if (code.isEmpty())
        return fallback;
    const QString known = provider->describeCode(code);
    return code + QStringLiteral(": ") + (known.isEmpty() ? fallback : known);
}

QJsonObject eventJson(const Provider *provider, const CallbackEvent &event)
{
    QJsonObject out{{QStringLiteral("event"),
                     event.kind == CallbackEvent::Kind::Status ? QStringLiteral("status") : QStringLiteral("inbound")},
                    {QStringLiteral("message_id"), event.messageId}};
    if (event.kind == CallbackEvent::Kind::Status) {
        out.insert(QStringLiteral("status"), Delivery::name(event.status));
        out.insert(QStringLiteral("provider_status"), event.providerStatus);
        out.insert(QStringLiteral("recipient"), event.recipient);
        if (!event.recipientUserId.isEmpty() && event.recipientUserId != event.recipient)
            out.insert(QStringLiteral("recipient_user_id"), event.recipientUserId);
        if (!event.username.isEmpty())
            out.insert(QStringLiteral("username"), event.username);
        if (!event.errorCode.isEmpty())
            out.insert(QStringLiteral("error_code"), event.errorCode);
        const QString description =
            event.description.isEmpty() ? provider->describeCode(event.providerStatus) : event.description;
        if (!description.isEmpty())
            out.insert(QStringLiteral("description"), description);
    } else {
        out.insert(QStringLiteral("from"), event.from);
        if (!event.fromUserId.isEmpty() && event.fromUserId != event.from)
            out.insert(QStringLiteral("from_user_id"), event.fromUserId);
        if (!event.username.isEmpty())
            out.insert(QStringLiteral("username"), event.username);
        // "interactive.button_reply": the type, and what kind of reply.
        out.insert(QStringLiteral("type"), event.inboundType.section(u'.', 0, 0));
        if (event.inboundType.contains(u'.'))
            out.insert(QStringLiteral("interactive_type"), event.inboundType.section(u'.', 1));
        out.insert(QStringLiteral("text"), event.inboundText);
        if (!event.mediaId.isEmpty())
            out.insert(QStringLiteral("media_id"), event.mediaId);
        if (!event.mediaUrl.isEmpty())
            out.insert(QStringLiteral("media_url"), event.mediaUrl);
        if (!event.mediaFileName.isEmpty())
            out.insert(QStringLiteral("file_name"), event.mediaFileName);
    }
    if (event.time.isValid())
        out.insert(QStringLiteral("time"), event.time.toString(Qt::ISODate));
    if (!event.correlation.isEmpty())
        out.insert(QStringLiteral("correlation"), event.correlation);
    return out;
}

// A customer as the webhook names them: "+919876543210", "@pablo (US.13491208655302741918)",
// "919876543210 (US.13491208655302741918)": the username first where there is one, the ids after it.
QString whom(const QJsonObject &event, const QString &key)
{
    const QString name = event.value(QStringLiteral("username")).toString();
    QStringList ids{event.value(key).toString()};
    const QString userId =
        event.value(key == u"from" ? QStringLiteral("from_user_id") : QStringLiteral("recipient_user_id")).toString();
    if (!userId.isEmpty())
        ids.append(userId);
    if (name.isEmpty())
        return ids.size() == 1 ? ids.constFirst() : ids.constFirst() + QStringLiteral(" (") + ids.at(1) + u')';
    return name + QStringLiteral(" (") + ids.join(QStringLiteral(", ")) + u')';
}

QString eventLine(const QJsonObject &event)
{
    const QString time = event.contains(QStringLiteral("time"))
                             ? CliText::tr(" at %1").arg(event.value(QStringLiteral("time")).toString())
                             : QString();
    const QString kind = event.value(QStringLiteral("event")).toString();
    if (kind != u"inbound" && kind != u"status")
        return event.value(QStringLiteral("summary")).toString();
    if (kind == u"inbound") {
        const QString id = event.value(QStringLiteral("message_id")).toString();
        QString type = event.value(QStringLiteral("type")).toString();
        if (event.contains(QStringLiteral("interactive_type")))
            type += QStringLiteral(" (") + event.value(QStringLiteral("interactive_type")).toString() + u')';
        QString line = CliText::tr("inbound %1 message%2 from %3%4")
                           .arg(type, id.isEmpty() ? QString() : u' ' + id, whom(event, QStringLiteral("from")), time);
        // A media message names its file; what a message says follows a colon only when it says something.
        const QString media = event.value(QStringLiteral("media_id")).toString();
        if (!media.isEmpty() || event.contains(QStringLiteral("media_url"))) {
            const QString name = event.value(QStringLiteral("file_name")).toString();
            line += CliText::tr(" (media %1%2)")
                        .arg(media.isEmpty() ? event.value(QStringLiteral("media_url")).toString() : media,
                             name.isEmpty() ? QString() : QStringLiteral(", ") + name);
        }
        const QString text = event.value(QStringLiteral("text")).toString();
        return text.isEmpty() ? line : line + QStringLiteral(": ") + text;
    }
    const QString id = event.value(QStringLiteral("message_id")).toString();
    QString line = id.isEmpty() ? CliText::tr("message") : CliText::tr("message %1").arg(id);
    if (!event.value(QStringLiteral("recipient")).toString().isEmpty())
        line += CliText::tr(" to %1").arg(whom(event, QStringLiteral("recipient")));
    line += QStringLiteral(": ") + event.value(QStringLiteral("status")).toString();
    const QString providerStatus = event.value(QStringLiteral("provider_status")).toString();
    const QString code = event.value(QStringLiteral("error_code")).toString();
    const QString description = event.value(QStringLiteral("description")).toString();
    if (!code.isEmpty() && code != providerStatus)
        line += QStringLiteral(" (") + providerStatus + QStringLiteral(", error ") + code + QStringLiteral(": ") +
                description + u')';
    else if (!description.isEmpty())
        line += QStringLiteral(" (") + providerStatus + QStringLiteral(": ") + description + u')';
    else if (!providerStatus.isEmpty() && providerStatus != event.value(QStringLiteral("status")).toString())
        line += QStringLiteral(" (") + providerStatus + u')';
    return line + time;
}

QJsonObject explainOne(const QJsonValue &root, Streams streams, const QString &file, bool *ok)
{
    *ok = true;
    const Payload::Recognised recognised = Payload::recognise(root);
    QJsonObject out{{QStringLiteral("file"), file}, {QStringLiteral("what"), Payload::kindName(recognised.kind)}};
    if (!recognised.provider && recognised.kind != Payload::Kind::Draft) {
        *ok = false;
        streams.err << file << ": error: " << CliText::tr("not a request, response or callback of any provider")
                    << Qt::endl;
        return out;
    }
    const Provider *provider = recognised.provider;
    if (provider)
        out.insert(QStringLiteral("provider"), provider->id());
    const QJsonObject object = root.toObject();
    QJsonArray items;
    if (recognised.kind == Payload::Kind::Callback) {
        for (const CallbackEvent &event : provider->parseCallback(object))
            items.append(eventJson(provider, event));
        for (const QJsonObject &event : provider->accountEvents(object))
            items.append(event);
    } else if (recognised.kind == Payload::Kind::Response) {
        for (const MessageResult &result : provider->parseResponse(0, object, {})) {
            QJsonObject item{{QStringLiteral("message_id"), result.messageId},
                             {QStringLiteral("status"), Delivery::name(result.status)}};
            if (!result.recipient.isEmpty())
                item.insert(QStringLiteral("recipient"), result.recipient);
            if (!result.errorCode.isEmpty() || !result.errorText.isEmpty()) {
                item.insert(QStringLiteral("error_code"), result.errorCode);
                item.insert(QStringLiteral("description"), codeText(provider, result.errorCode, result.errorText));
            }
            items.append(item);
        }
    } else {
        QString error;
        const std::optional<Payload::Requests> requests = Payload::importRequests(root, QString(), &error);
        if (!requests) {
            *ok = false;
            streams.err << file << ": error: " << error << Qt::endl;
            return out;
        }
        if (!provider)
            out.insert(QStringLiteral("provider"), requests->provider->id());
        for (const ImportedMessage &message : requests->messages) {
            items.append(QJsonObject{{QStringLiteral("kind"), Kinds::of(message.message)},
                                     {QStringLiteral("sender"), message.sender},
                                     {QStringLiteral("recipients"), QJsonArray::fromStringList(message.recipients)}});
        }
        const Issues issues = Payload::validate(*requests);
        out.insert(QStringLiteral("validation"), IssueList::summary(issues));
    }
    out.insert(QStringLiteral("messages"), items);
    return out;
}

void printText(const QJsonObject &report, Streams streams)
{
    const Provider *provider = Providers::find(report.value(QStringLiteral("provider")).toString());
    const QString name = provider ? provider->displayName() : QString();
    const QString what = report.value(QStringLiteral("what")).toString();
    const QJsonArray items = report.value(QStringLiteral("messages")).toArray();
    streams.out << report.value(QStringLiteral("file")).toString() << ": " << name << ' ' << what;
    if (what == u"request" || what == u"draft")
        streams.out << " (" << report.value(QStringLiteral("validation")).toString() << ')';
    streams.out << '\n';
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (what == u"callback") {
            streams.out << "  " << eventLine(item) << '\n';
        } else if (what == u"response") {
            const QString id = item.value(QStringLiteral("message_id")).toString();
            streams.out << "  " << (id.isEmpty() ? CliText::tr("message") : CliText::tr("message %1").arg(id));
            if (item.contains(QStringLiteral("recipient")))
                streams.out << CliText::tr(" to %1").arg(item.value(QStringLiteral("recipient")).toString());
            streams.out << ": " << item.value(QStringLiteral("status")).toString();
            if (item.contains(QStringLiteral("description")))
                streams.out << " (" << item.value(QStringLiteral("description")).toString() << ')';
            streams.out << '\n';
        } else {
            QStringList recipients;
            const QJsonArray listed = item.value(QStringLiteral("recipients")).toArray();
            for (const QJsonValue &recipient : listed)
                recipients.append(recipient.toString());
            streams.out << "  " << item.value(QStringLiteral("kind")).toString() << CliText::tr(" message");
            if (!item.value(QStringLiteral("sender")).toString().isEmpty())
                streams.out << CliText::tr(" from %1").arg(item.value(QStringLiteral("sender")).toString());
            streams.out << CliText::tr(" to %1").arg(recipients.isEmpty() ? CliText::tr("(nobody)")
                                                                          : recipients.join(QStringLiteral(", ")))
                        << '\n';
        }
    }
}

} // namespace

int explain(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print the explanation as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        CliText::tr("Requests, responses or callbacks of any provider; - reads standard input."),
        QStringLiteral("FILE..."));
    if (const int done = parse(
            parser, QStringLiteral("explain"),
            CliText::tr("Says what a payload is and means: provider, kind, message ids, statuses with decoded codes."),
            arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().isEmpty()) {
        streams.err << CliText::tr("wabench explain: name at least one FILE") << Qt::endl;
        return InputError;
    }
    int status = Ok;
    QJsonArray reports;
    for (const QString &file : parser.positionalArguments()) {
        const std::optional<QJsonValue> root = readJson(file, streams);
        if (!root) {
            status = InputError;
            continue;
        }
        bool ok = true;
        const QJsonObject report = explainOne(*root, streams, file, &ok);
        if (!ok) {
            status = InputError;
            continue;
        }
        if (parser.isSet(json))
            reports.append(report);
        else
            printText(report, streams);
    }
    if (parser.isSet(json))
        streams.out << QJsonDocument(reports).toJson(QJsonDocument::Indented);
    streams.out.flush();
    return status;
}

} // namespace Cli
