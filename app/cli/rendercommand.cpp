// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "providers/codeexport.h"
#include "providers/payload.h"
#include "providers/registry.h"

#include <QCoreApplication>

namespace Cli {

int render(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption provider(
        {QStringLiteral("p"), QStringLiteral("provider")},
        QCoreApplication::translate("Cli", "Render for provider P (default: the draft's, or the body's own)."),
        QStringLiteral("P"));
    const QCommandLineOption code({QStringLiteral("c"), QStringLiteral("code")},
                                  QCoreApplication::translate("Cli", "Print code instead: curl, python or node."),
                                  QStringLiteral("C"));
    parser.addOption(provider);
    parser.addOption(code);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cli", "A draft or request body; - reads standard input."));
    if (const int done =
            parse(parser, QStringLiteral("render"),
                  QCoreApplication::translate(
                      "Cli", "Prints the full HTTP request(s) a send would make, with secrets masked.\n"
                             "Account settings that are not known show as placeholders (PHONE_NUMBER_ID)."),
                  arguments, streams);
        done >= 0)
        return done;
    const QString language = parser.value(code);
    if (!language.isEmpty() && language != u"curl" && language != u"python" && language != u"node") {
        streams.err << QCoreApplication::translate("Cli", "wabench render: --code is curl, python or node") << Qt::endl;
        return InputError;
    }
    const std::optional<QString> file = singleFile(parser, QStringLiteral("render"), streams);
    if (!file)
        return InputError;
    // The body is read as what it is; --provider says what to render it as.
    const std::optional<Payload::Requests> requests = readRequests(*file, QString(), streams);
    if (!requests)
        return InputError;
    const Provider *target = parser.isSet(provider) ? Providers::find(parser.value(provider)) : requests->provider;
    if (!target) {
        streams.err
            << QCoreApplication::translate("Cli", "wabench render: unknown provider \"%1\"").arg(parser.value(provider))
            << Qt::endl;
        return InputError;
    }
    Account account;
    account.provider = target->id();
    bool first = true;
    for (const Draft &draft : Payload::drafts(*requests)) {
        if (const QString reason = target->unsupportedReason(draft.message); !reason.isEmpty()) {
            streams.err << *file << ": error: " << reason << Qt::endl;
            return Failure;
        }
        for (const HttpRequest &request : target->build(Payload::addressed(draft), account)) {
            if (!first)
                streams.out << "\n";
            first = false;
            if (language == u"curl")
                streams.out << CodeExport::curl(request);
            else if (language == u"python")
                streams.out << CodeExport::python(request);
            else if (language == u"node")
                streams.out << CodeExport::node(request);
            else
                streams.out << request.text(true);
        }
    }
    streams.out.flush();
    return Ok;
}

} // namespace Cli
