// SPDX-License-Identifier: GPL-3.0-or-later
// `wabench templates`: template definitions, checked against Meta's rules for writing them.
#include "common.h"
#include "templates/templatefile.h"
#include "templates/templatelint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {

namespace {

// `templates lint [--json] FILE...`: each definition of each file, with its findings at pointers into the
// file, in validate's format.
int lint(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the issues as a JSON array."));
    parser.addOption(json);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("Cli", "Template definitions: one, an array, or Meta's {\"data\": [...]}."),
        QStringLiteral("FILE..."));
    if (const int done =
            parse(parser, QStringLiteral("templates lint"),
                  QCoreApplication::translate("Cli", "Checks template definitions against Meta's rules for writing "
                                                     "them.\nExit status: 0 no errors, 1 errors, 2 a file could not "
                                                     "be read."),
                  arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "wabench templates lint: name at least one FILE") << Qt::endl;
        return InputError;
    }
    int status = Ok;
    QJsonArray report;
    for (const QString &file : parser.positionalArguments()) {
        const TemplateFile::Contents contents = TemplateFile::read(file);
        if (!contents.error.isEmpty()) {
            streams.err << file << ": " << contents.error << Qt::endl;
            status = InputError;
            continue;
        }
        for (const TemplateFile::Definition &entry : contents.definitions) {
            const Issues issues = IssueList::prefixed(TemplateLint::check(entry.definition), entry.pointer);
            if (IssueList::errorCount(issues) > 0 && status == Ok)
                status = Failure;
            reportIssues(file, issues, parser.isSet(json), report, streams);
        }
    }
    if (parser.isSet(json))
        streams.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    streams.out.flush();
    return status;
}

} // namespace

int templates(const QStringList &arguments, Streams streams)
{
    const QString action = arguments.value(0);
    if (action == u"lint")
        return lint(arguments.mid(1), streams);
    if (action == u"--help" || action == u"-h") {
        streams.out << QCoreApplication::translate("Cli", "Usage: wabench templates lint [OPTIONS] FILE...\n"
                                                          "Run 'wabench templates lint --help' for its options.\n");
        streams.out.flush();
        return Ok;
    }
    streams.err << QCoreApplication::translate("Cli", "wabench templates: lint") << Qt::endl;
    return InputError;
}

} // namespace Cli
