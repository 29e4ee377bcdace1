// SPDX-License-Identifier: GPL-3.0-or-later
// `wabench templates`: template definitions, checked against Meta's rules for writing them.
#include "accounts/accountstore.h"
#include "common.h"
#include "history/historystore.h"
#include "session/workbench.h"
#include "templates/templatefile.h"
#include "templates/templatelint.h"
#include "templates/templateuse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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

// The account `--account` names, or nothing (and why on standard error).
std::optional<AccountProfile> accountOf(const QCommandLineParser &parser, const QCommandLineOption &option,
                                        QSettings *settings, const QString &command, Streams streams)
{
    const std::optional<AccountProfile> profile = CommandAccounts(settings).store()->findByName(parser.value(option));
    if (!profile)
        streams.err
            << QCoreApplication::translate("Cli", "wabench %1: no account \"%2\"").arg(command, parser.value(option))
            << Qt::endl;
    return profile;
}

QCommandLineOption accountOption()
{
    return {{QStringLiteral("a"), QStringLiteral("account")},
            QCoreApplication::translate("Cli", "The account (name or id; see 'wabench accounts list')."),
            QStringLiteral("A")};
}

// `templates show NAME [--language L] [--account A] [--send]`: the definitions kept of that name (one, or
// {"data": [...]} for several), or with --send a template message that gives each its examples.
int show(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("Cli", "Only the definition in this language."),
                                      QStringLiteral("L"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     QCoreApplication::translate("Cli", "Only the account's (name or id), or "
                                                                        "\"local\" for the local library's."),
                                     QStringLiteral("A"));
    const QCommandLineOption send(QStringLiteral("send"),
                                  QCoreApplication::translate("Cli", "Print a message that sends the template with "
                                                                     "its examples, to fill in and send."));
    parser.addOptions({language, account, send});
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Cli", "The template's name."));
    if (const int done = parse(parser, QStringLiteral("templates show"),
                               QCoreApplication::translate("Cli", "Prints a template definition kept with the "
                                                                  "history."),
                               arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1) {
        streams.err << QCoreApplication::translate("Cli", "wabench templates show: name one template") << Qt::endl;
        return InputError;
    }
    QString accountId;
    if (parser.isSet(account) && parser.value(account) != u"local") {
        const std::unique_ptr<QSettings> settings = openSettings();
        const std::optional<AccountProfile> profile =
            accountOf(parser, account, settings.get(), QStringLiteral("templates show"), streams);
        if (!profile)
            return InputError;
        accountId = profile->id;
    }
    HistoryStore history;
    if (!openHistory(history, QStringLiteral("templates show"), streams))
        return Failure;
    const QString name = parser.positionalArguments().constFirst();
    QJsonArray found;
    const QList<HistoryStore::StoredTemplate> kept = history.templates();
    for (const HistoryStore::StoredTemplate &entry : kept) {
        if (entry.definition.value(QStringLiteral("name")).toString() != name ||
            (parser.isSet(language) &&
             entry.definition.value(QStringLiteral("language")).toString() != parser.value(language)) ||
            (parser.isSet(account) && entry.account != accountId))
            continue;
        found.append(parser.isSet(send) ? TemplateUse::message(entry.definition, TemplateUse::Values::Examples)
                                        : entry.definition);
    }
    if (found.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "wabench templates show: no template %1 is kept").arg(name)
                    << Qt::endl;
        return InputError;
    }
    const QJsonDocument document = found.size() == 1 ? QJsonDocument(found.first().toObject())
                                                     : QJsonDocument(QJsonObject{{QStringLiteral("data"), found}});
    streams.out << document.toJson(QJsonDocument::Indented);
    streams.out.flush();
    return Ok;
}

// `templates pull --account A`: the account's templates as its provider holds them, kept for the account.
int pull(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption account = accountOption();
    parser.addOption(account);
    if (const int done = parse(parser, QStringLiteral("templates pull"),
                               QCoreApplication::translate("Cli", "Reads the account's templates from its provider "
                                                                  "and keeps them with the history.\nExit status: 0 "
                                                                  "kept, 1 refused or failed, 2 bad input."),
                               arguments, streams);
        done >= 0)
        return done;
    const std::unique_ptr<QSettings> settings = openSettings();
    const std::optional<AccountProfile> profile =
        accountOf(parser, account, settings.get(), QStringLiteral("templates pull"), streams);
    if (!profile)
        return InputError;
    const std::unique_ptr<Workbench> workbench =
        session(settings.get(), *profile, QStringLiteral("templates pull"), streams);
    int status = Failure;
    waitFor([&](const std::function<void()> &done) {
        QObject::connect(
            workbench.get(), &Workbench::templatesPulled, workbench.get(), [&, done](bool ok, const QString &summary) {
                (ok ? streams.out : streams.err)
                    << (ok ? QString() : QStringLiteral("wabench templates pull: ")) << summary << Qt::endl;
                status = ok ? Ok : Failure;
                done();
            });
        if (QString why; !workbench->pullTemplates(profile->id, &why)) {
            streams.err << QStringLiteral("wabench templates pull: ") << why << Qt::endl;
            done();
        }
    });
    return status;
}

// `templates push --account A FILE...`: each definition created with the account's provider, after every
// one has passed templates lint (a definition with errors stops all of them before anything is sent).
int push(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption account = accountOption();
    parser.addOption(account);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("Cli", "Template definitions to create."),
                                 QStringLiteral("FILE..."));
    if (const int done = parse(parser, QStringLiteral("templates push"),
                               QCoreApplication::translate("Cli", "Creates template definitions with the account's "
                                                                  "provider, one line each (id and status, or why "
                                                                  "not).\nExit status: 0 all created, 1 any refused, "
                                                                  "2 bad input (nothing sent)."),
                               arguments, streams);
        done >= 0)
        return done;
    QList<QJsonObject> definitions;
    QStringList names;
    bool clean = true;
    for (const QString &file : parser.positionalArguments()) {
        const TemplateFile::Contents contents = TemplateFile::read(file);
        if (!contents.error.isEmpty()) {
            streams.err << file << ": " << contents.error << Qt::endl;
            return InputError;
        }
        for (const TemplateFile::Definition &entry : contents.definitions) {
            const Issues issues = IssueList::prefixed(TemplateLint::check(entry.definition), entry.pointer);
            for (const Issue &issue : issues) {
                if (issue.isError()) {
                    streams.err << file << ": error: " << issue.pointer << ": " << issue.message << '\n';
                    clean = false;
                }
            }
            definitions.append(entry.definition);
            names.append(entry.definition.value(QStringLiteral("name")).toString() + u' ' +
                         entry.definition.value(QStringLiteral("language")).toString());
        }
    }
    if (!clean || definitions.isEmpty()) {
        streams.err << QCoreApplication::translate("Cli", "wabench templates push: nothing was sent") << Qt::endl;
        return InputError;
    }
    const std::unique_ptr<QSettings> settings = openSettings();
    const std::optional<AccountProfile> profile =
        accountOf(parser, account, settings.get(), QStringLiteral("templates push"), streams);
    if (!profile)
        return InputError;
    const std::unique_ptr<Workbench> workbench =
        session(settings.get(), *profile, QStringLiteral("templates push"), streams);
    int status = Ok;
    waitFor([&](const std::function<void()> &done) {
        QObject::connect(workbench.get(), &Workbench::templatePushed, workbench.get(),
                         [&](int index, bool ok, const QString &summary) {
                             (ok ? streams.out : streams.err)
                                 << (ok ? QStringLiteral("created\t") : QStringLiteral("refused\t"))
                                 << names.value(index) << '\t' << summary << Qt::endl;
                             if (!ok)
                                 status = Failure;
                         });
        QObject::connect(workbench.get(), &Workbench::templatesPushFinished, workbench.get(), [done] { done(); });
        if (QString why; !workbench->pushTemplates(profile->id, definitions, &why)) {
            streams.err << QStringLiteral("wabench templates push: ") << why << Qt::endl;
            status = Failure;
            done();
        }
    });
    return status;
}

// `templates delete NAME --language L`: one definition out of the local library; with --account, the
// template (every language of it) deleted at the account's provider.
int remove(const QStringList &arguments, Streams streams)
{
    QCommandLineParser parser;
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("Cli", "The definition's language, as en_US."),
                                      QStringLiteral("L"));
    const QCommandLineOption account = accountOption();
    parser.addOption(language);
    parser.addOption(account);
    parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("Cli", "The template's name."));
    if (const int done = parse(parser, QStringLiteral("templates delete"),
                               QCoreApplication::translate("Cli", "Removes a template definition from the local "
                                                                  "library, or with --account deletes the template "
                                                                  "at the account's provider (every language, or "
                                                                  "the --language one)."),
                               arguments, streams);
        done >= 0)
        return done;
    if (parser.positionalArguments().size() == 1 && parser.isSet(account)) {
        const std::unique_ptr<QSettings> settings = openSettings();
        const std::optional<AccountProfile> profile =
            accountOf(parser, account, settings.get(), QStringLiteral("templates delete"), streams);
        if (!profile)
            return InputError;
        const std::unique_ptr<Workbench> workbench =
            session(settings.get(), *profile, QStringLiteral("templates delete"), streams);
        int status = Failure;
        waitFor([&](const std::function<void()> &done) {
            QObject::connect(workbench.get(), &Workbench::templateDeleted, workbench.get(),
                             [&, done](bool ok, const QString &summary) {
                                 if (!ok)
                                     streams.err << QStringLiteral("wabench templates delete: ") << summary << Qt::endl;
                                 status = ok ? Ok : Failure;
                                 done();
                             });
            if (QString why; !workbench->deleteTemplate(profile->id, parser.positionalArguments().constFirst(), &why,
                                                        parser.value(language))) {
                streams.err << QStringLiteral("wabench templates delete: ") << why << Qt::endl;
                done();
            }
        });
        return status;
    }
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
    if (action == u"show")
        return show(arguments.mid(1), streams);
    if (action == u"delete")
        return remove(arguments.mid(1), streams);
    if (action == u"pull")
        return pull(arguments.mid(1), streams);
    if (action == u"push")
        return push(arguments.mid(1), streams);
    if (action == u"--help" || action == u"-h") {
        streams.out << QCoreApplication::translate(
            "Cli", "Usage: wabench templates lint|import|list|show|delete|pull|push [OPTIONS]\n"
                   "Run 'wabench templates ACTION --help' for an action's "
                   "options.\n");
        streams.out.flush();
        return Ok;
    }
    streams.err << QCoreApplication::translate("Cli",
                                               "wabench templates: lint, import, list, show, delete, pull or push")
                << Qt::endl;
    return InputError;
}

} // namespace Cli
