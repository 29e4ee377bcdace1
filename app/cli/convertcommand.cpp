// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/accountstore.h"
#include "common.h"
#include "message/recipients.h"
#include "providers/payload.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Cli {

int convert(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption to({QStringLiteral("t"), QStringLiteral("to")},
                                QCoreApplication::translate("Cli", "The provider to convert to."), QStringLiteral("P"));
    const QCommandLineOption from({QStringLiteral("p"), QStringLiteral("provider")},
                                  QCoreApplication::translate("Cli", "Read FILE as provider P's request."),
                                  QStringLiteral("P"));
    const QCommandLineOption sender(QStringLiteral("from"),
                                    QCoreApplication::translate("Cli", "The sender, where the file names none."),
                                    QStringLiteral("S"));
    const QCommandLineOption account(
        {QStringLiteral("a"), QStringLiteral("account")},
        QCoreApplication::translate("Cli", "Take the sender from this account, where the file and --from name "
                                           "none (see 'wabench accounts list')."),
        QStringLiteral("A"));
    parser.addOption(to);
    parser.addOption(from);
    parser.addOption(sender);
    parser.addOption(account);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cli", "A draft or request body; - reads standard input."));
    if (const int done =
            parse(parser, QStringLiteral("convert"),
                  QCoreApplication::translate(
                      "Cli", "Prints the request body provider P takes for the same message and recipients.\n"
                             "Several bodies (one per request) print as a JSON array."),
                  arguments, streams);
        done >= 0)
        return done;
    const Provider *target = Providers::find(parser.value(to));
    if (!target) {
        streams.err << QCoreApplication::translate("Cli", "wabench convert: --to names the provider: %1")
                           .arg(Providers::ids().join(u", "))
                    << Qt::endl;
        return InputError;
    }
    const std::optional<QString> file = singleFile(parser, QStringLiteral("convert"), streams);
    if (!file)
        return InputError;
    const std::optional<Payload::Requests> requests = readRequests(*file, parser.value(from), streams);
    if (!requests)
        return InputError;

    // The sender: the file's, else --from, else the account's. A body that names its sender is never
    // written without one.
    QString fallbackSender = parser.value(sender);
    if (fallbackSender.isEmpty() && parser.isSet(account)) {
        const std::unique_ptr<QSettings> settings = openSettings();
        const std::optional<AccountProfile> profile =
            CommandAccounts(settings.get()).store()->findByName(parser.value(account));
        if (!profile) {
            streams.err
                << QCoreApplication::translate("Cli", "wabench convert: no account \"%1\"").arg(parser.value(account))
                << Qt::endl;
            return InputError;
        }
        fallbackSender = profile->defaultSender;
    }
    // Written as they are made, not gathered first: memory stays that of the input, whatever it holds.
    QList<Draft> drafts = Payload::drafts(*requests);
    for (Draft &draft : drafts) {
        if (const QString reason = target->unsupportedReason(draft.message); !reason.isEmpty()) {
            streams.err << *file << ": error: " << reason << Qt::endl;
            return Failure;
        }
        if (!target->takesBusinessScopedIds()) {
            for (const QString &recipient : std::as_const(draft.recipients)) {
                if (Recipients::isBusinessScopedId(recipient)) {
                    streams.err << *file << ": error: "
                                << QCoreApplication::translate("Cli", "%1 takes phone numbers only; %2 is a "
                                                                      "business-scoped user id")
                                       .arg(target->displayName(), recipient)
                                << Qt::endl;
                    return Failure;
                }
            }
        }
        if (draft.sender.isEmpty())
            draft.sender = fallbackSender;
        // What comes back in callbacks is carried as the other provider holds it; what it has no field for
        // is named, never dropped silently.
        const Provider *source = requests->provider;
        if (source && source != target) {
            if (const QString value = source->correlationOf(draft); !value.isEmpty())
                draft = target->withCorrelation(source->withoutCorrelation(draft), value);
            // So is the URL a message's statuses are posted to, where both providers take one per message.
            const QString sourceKey = source->callbackUrlOption();
            const QString targetKey = target->callbackUrlOption();
            if (!sourceKey.isEmpty() && !targetKey.isEmpty() && sourceKey != targetKey &&
                draft.options.contains(sourceKey))
                draft.options.insert(targetKey, draft.options.take(sourceKey));
            QStringList dropped;
            for (auto it = draft.options.constBegin(); it != draft.options.constEnd(); ++it) {
                if (it.key() == u"envelope") {
                    const QJsonObject envelope = it.value().toObject();
                    for (auto provider = envelope.constBegin(); provider != envelope.constEnd(); ++provider) {
                        if (provider.key() != target->id())
                            dropped += provider.value().toObject().keys();
                    }
                } else if (!target->optionKeys().contains(it.key())) {
                    dropped << it.key();
                }
            }
            if (!dropped.isEmpty()) {
                streams.err << *file << ": warning: "
                            << QCoreApplication::translate("Cli", "not carried to %1, which has no such field: %2")
                                   .arg(target->displayName(), dropped.join(QStringLiteral(", ")))
                            << Qt::endl;
            }
        }
        if (draft.sender.isEmpty() && target->bodyNamesSender()) {
            streams.err << *file << ": error: "
                        << QCoreApplication::translate("Cli", "%1's request names the sender, and this file names "
                                                              "none: give --from or --account")
                               .arg(target->displayName())
                        << Qt::endl;
            return Failure;
        }
    }
    const int batch = qMax(1, target->recipientsPerRequest());
    qsizetype total = 0;
    for (const Draft &draft : drafts) {
        total += (Payload::addressed(draft).recipients.size() + batch - 1) / batch;
    }
    // One body alone; several as a JSON array, laid out as QJsonDocument lays one out.
    qsizetype written = 0;
    if (total != 1)
        streams.out << "[\n";
    for (const Draft &found : drafts) {
        const Draft draft = Payload::addressed(found);
        for (qsizetype i = 0; i < draft.recipients.size(); i += batch) {
            QByteArray body =
                QJsonDocument(target->body(draft, draft.recipients.mid(i, batch))).toJson(QJsonDocument::Indented);
            if (total != 1) {
                body.chop(1); // its last line break
                body.replace("\n", "\n    ");
                body = "    " + body + (++written < total ? ",\n" : "\n");
            }
            streams.out << QString::fromUtf8(body);
        }
    }
    if (total != 1)
        streams.out << "]\n";
    streams.out.flush();
    return Ok;
}

} // namespace Cli
