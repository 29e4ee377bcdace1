// SPDX-License-Identifier: GPL-3.0-or-later
// `wabench templates`: template definitions, checked against Meta's rules for writing them.
#include "common.h"
#include "history/historystore.h"
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

// `templates import FILE...`: the definitions of the files into the local library kept with the history, all
// of them or, if any cannot be, none.
int import(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("Cli", "Template definitions: one, an array, or Meta's {\"data\": [...]}."),
        QStringLiteral("FILE..."));
    if (const int done = parse(parser, QStringLiteral("templates import"),
                               QCoreApplication::translate("Cli", "Keeps template definitions in the local library, "
                                                                  "with the history."),
                               arguments, streams);
        done >= 0)
        return done;
    QList<QJsonObject> definitions;
    for (const QString &file : parser.positionalArguments()) {
        const TemplateFile::Contents contents = TemplateFile::read(file);
        if (!contents.error.isEmpty()) {
            streams.err << file << ": " << contents.error << Qt::endl;
            return InputError;
        }
        for (const TemplateFile::Definition &entry : contents.definitions)
            definitions.append(entry.definition);
    }
    if (definitions.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "wabench templates import: name at least one FILE with "
                                                          "definitions")
                    << Qt::endl;
        return InputError;
    }
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("templates import"), streams))
        return Failure;
    if (QString why; !history.saveTemplates(QString(), definitions, &why)) {
        streams.err << QStringLiteral("wabench templates import: ") << why << Qt::endl;
        return InputError;
    }
    streams.out << QCoreApplication::translate("Cli", "Kept %n template definition(s).", nullptr,
                                               int(definitions.size()))
                << Qt::endl;
    return Ok;
}

// `templates list [--json]`: what the library keeps, one line each (name, language, category, status,
// account), or the definitions themselves.
int list(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "Print the definitions as Meta lists them, "
                                                                     "{\"data\": [...]}."));
    parser.addOption(json);
    if (const int done = parse(parser, QStringLiteral("templates list"),
                               QCoreApplication::translate("Cli", "Lists the template definitions kept with the "
                                                                  "history."),
                               arguments, streams);
        done >= 0)
        return done;
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("templates list"), streams))
        return Failure;
    const QList<HistoryStore::StoredTemplate> kept = history.templates();
    if (!history.lastError().isEmpty()) {
        streams.err << QStringLiteral("wabench templates list: ") << history.lastError() << Qt::endl;
        return Failure;
    }
    QJsonArray data;
    for (const HistoryStore::StoredTemplate &entry : kept) {
        const QJsonObject &definition = entry.definition;
        if (parser.isSet(json)) {
            data.append(definition);
            continue;
        }
        streams.out << definition.value(QStringLiteral("name")).toString() << '\t'
                    << definition.value(QStringLiteral("language")).toString() << '\t'
                    << definition.value(QStringLiteral("category")).toString().toUpper() << '\t'
                    << definition.value(QStringLiteral("status")).toString(QStringLiteral("-")) << '\t'
                    << (entry.account.isEmpty() ? QCoreApplication::translate("Cli", "local") : entry.account) << '\n';
    }
    if (parser.isSet(json))
        streams.out << QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Indented);
    streams.out.flush();
    return Ok;
}

// `templates delete NAME --language L`: one definition out of the local library.
int remove(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("Cli", "The definition's language, as en_US."),
                                      QStringLiteral("L"));
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Cli", "The template's name."));
    if (const int done = parse(parser, QStringLiteral("templates delete"),
                               QCoreApplication::translate("Cli", "Removes a template definition from the local "
                                                                  "library."),
                               arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(language)) {
        streams.err << QCoreApplication::translate("Cli", "wabench templates delete: name one template, and its "
                                                          "--language")
                    << Qt::endl;
        return InputError;
    }
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("templates delete"), streams))
        return Failure;
    if (QString why;
        !history.removeTemplate(QString(), parser.positionalArguments().constFirst(), parser.value(language), &why)) {
        streams.err << QStringLiteral("wabench templates delete: ") << why << Qt::endl;
        return Failure;
    }
    return Ok;
}

} // namespace

int templates(const QStringList &arguments, Streams streams)
{
    const QString action = arguments.value(0);
    if (action == u"lint")
        return lint(arguments.mid(1), streams);
    if (action == u"import")
        return import(arguments.mid(1), streams);
    if (action == u"list")
        return list(arguments.mid(1), streams);
    if (action == u"delete")
        return remove(arguments.mid(1), streams);
    if (action == u"--help" || action == u"-h") {
        streams.out << QCoreApplication::translate("Cli", "Usage: wabench templates lint|import|list|delete [OPTIONS]\n"
                                                          "Run 'wabench templates ACTION --help' for an action's "
                                                          "options.\n");
        streams.out.flush();
        return Ok;
    }
    streams.err << QCoreApplication::translate("Cli", "wabench templates: lint, import, list or delete") << Qt::endl;
    return InputError;
}

} // namespace Cli
