// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "providers/payload.h"
#include "providers/registry.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Cli {

int convert(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption to({QStringLiteral("t"), QStringLiteral("to")},
                                QCoreApplication::translate("Cli", "The provider to convert to."), QStringLiteral("P"));
    const QCommandLineOption from({QStringLiteral("p"), QStringLiteral("provider")},
                                  QCoreApplication::translate("Cli", "Read FILE as provider P's request."),
                                  QStringLiteral("P"));
    parser.addOption(to);
    parser.addOption(from);
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

    QJsonArray bodies;
    for (const Draft &found : Payload::drafts(*requests)) {
        const Draft draft = Payload::addressed(found);
        if (const QString reason = target->unsupportedReason(draft.message); !reason.isEmpty()) {
            streams.err << *file << ": error: " << reason << Qt::endl;
            return Failure;
        }
        const int batch = qMax(1, target->recipientsPerRequest());
        for (qsizetype i = 0; i < draft.recipients.size(); i += batch)
            bodies.append(target->body(draft, draft.recipients.mid(i, batch)));
    }
    const QJsonDocument output = bodies.size() == 1 ? QJsonDocument(bodies.first().toObject()) : QJsonDocument(bodies);
    streams.out << output.toJson(QJsonDocument::Indented);
    streams.out.flush();
    return Ok;
}

} // namespace Cli
