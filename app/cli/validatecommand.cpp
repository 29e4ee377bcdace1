// SPDX-License-Identifier: GPL-3.0-or-later
#include "common.h"
#include "providers/payload.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

int validate(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption provider(
        {QStringLiteral("p"), QStringLiteral("provider")},
        QCoreApplication::translate("Cli",
                                    "Read FILE as provider P's request (exotel, kaleyra, telnyx, meta, sandbox)."),
        QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the issues as a JSON array."));
    const QCommandLineOption templates(
        QStringLiteral("templates"),
        QCoreApplication::translate("Cli", "Check template messages against the definitions in FILE_OR_DIR (a file "
                                           "of definitions, or a folder of them); may be given more than once."),
        QStringLiteral("FILE_OR_DIR"));
    parser.addOption(provider);
    parser.addOption(json);
    parser.addOption(templates);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("Cli", "Drafts or request bodies; - reads standard input."),
        QStringLiteral("FILE..."));
    if (const int done = parse(parser, QStringLiteral("validate"),
                               QCoreApplication::translate(
                                   "Cli", "Checks drafts and provider request bodies against every documented limit.\n"
                                          "Exit status: 0 no errors, 1 errors, 2 a file could not be read."),
                               arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "wabench validate: name at least one FILE") << Qt::endl;
        return InputError;
    }

    TemplateLibrary library;
    if (QString problem; !library.addPaths(parser.values(templates), &problem)) {
        streams.err << QStringLiteral("wabench validate: ") << problem << Qt::endl;
        return InputError;
    }
    int status = Ok;
    QJsonArray report;
    for (const QString &file : parser.positionalArguments()) {
        const std::optional<Payload::Requests> requests = readRequests(file, parser.value(provider), streams);
        if (!requests) {
            status = InputError;
            continue;
        }
        const Issues issues = Payload::validate(*requests, parser.isSet(templates) ? &library : nullptr);
        if (IssueList::errorCount(issues) > 0 && status == Ok)
            status = Failure;
        reportIssues(file, issues, parser.isSet(json), report, streams);
    }
    if (parser.isSet(json))
        streams.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    streams.out.flush();
    return status;
}

} // namespace Cli
