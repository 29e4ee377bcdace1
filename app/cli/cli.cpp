// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "session/workbench.h"

#include "common.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>

#include <termios.h>
#include <unistd.h>

#include "accounts/secretstore.h"
#include "history/historystore.h"
#include "session/historysource.h"
#include "settings/appidentity.h"

namespace Cli {

namespace {

using Command = int (*)(const QStringList &, Streams);

const QList<std::pair<QString, Command>> &commands()
{
    static const QList<std::pair<QString, Command>> list = {
        {QStringLiteral("validate"), &validate},   {QStringLiteral("convert"), &convert},
        {QStringLiteral("render"), &render},       {QStringLiteral("explain"), &explain},
        {QStringLiteral("accounts"), &accounts},   {QStringLiteral("send"), &send},
        {QStringLiteral("history"), &history},     {QStringLiteral("sandbox"), &sandbox},
        {QStringLiteral("receive"), &receive},     {QStringLiteral("media"), &media},
        {QStringLiteral("templates"), &templates}, {QStringLiteral("trigger"), &trigger},
        {QStringLiteral("replay"), &replay},       {QStringLiteral("webhooks"), &webhooks},
    };
    return list;
}

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: wabench [COMMAND] [OPTIONS] ...\n"
        "Without a command, Wabench opens its window.\n\n"
        "Commands:\n"
        "  validate [--provider P] [--json] [--templates FILE_OR_DIR] FILE...\n"
        "                                           check drafts or request bodies against every documented limit\n"
        "                                           (and template sends against their definitions)\n"
        "  convert --to P FILE                      the request body provider P takes for the same message\n"
        "  render [--provider P] [--code C] FILE    the full HTTP request, secrets masked (or as cURL/Python/Node)\n"
        "  render --png OUT [--dark] [--width PX] [--fetch-media] FILE\n"
        "                                           the message as the customer's phone shows it, as a PNG\n"
        "  explain [--json] FILE...                 what a request, response or callback means\n"
        "  accounts list|add|remove                 the provider accounts; secrets go to the keychain\n"
        "  send --account A [--wait] FILE           send, record in the history, one line per message\n"
        "  history [--status S] [--json|--csv]      what was sent, and what became of it\n"
        "  media upload|save --account A ...        a file uploaded for a media id, or a media id's file saved\n"
        "  sandbox [--port N]                       run the offline Sandbox provider until stopped\n"
        "  receive [--port N] [--forward-to URL]    run the webhook receiver, recording into the history\n"
        "  webhooks [--verdict V] [--show ID]       the requests the receiver kept, and what each did\n"
        "  replay ID [--to URL [--resign]]          a kept request again, into the receiver or to your handler\n"
        "  trigger PROVIDER EVENT [--to URL] [--message-id ID] [--recipient N] [--error CODE]\n"
        "                                           a realistic, signed callback: statuses, failures, replies\n"
        "  templates lint [--json] FILE...          check template definitions against Meta's rules for them\n"
        "  templates import|list|delete ...         the template definitions kept with the history\n"
        "  templates pull|push --account A ...      an account's templates read from, or created at, its provider\n\n"
        "Providers: exotel, kaleyra, telnyx, meta, sandbox. FILE may be - for standard input.\n"
        "Run 'wabench COMMAND --help' for a command's options.\n\n"
        "Window: wabench [FILE...] [--open FILE] [--screenshot PATH [--size WxH] [--dark]]\n"
        "  FILE...                                  drafts or request bodies to open in the window\n"
        "  --open FILE                              the same, for one file\n"
        "  --screenshot PATH                        render the window to a PNG at PATH and exit\n"
        "  --size WxH                               the window's size, for example 900x600\n"
        "  --dark                                   a dark palette, to check how the window reads on one\n");
}

} // namespace

namespace {

Environment &currentEnvironment()
{
    static Environment value;
    return value;
}

} // namespace

void setEnvironment(const Environment &environment)
{
    currentEnvironment() = environment;
}

const Environment &environment()
{
    return currentEnvironment();
}

std::unique_ptr<QSettings> openSettings()
{
    if (!environment().settingsPath.isEmpty()) {
        AppIdentity::keepPrivate(environment().settingsPath);
        return std::make_unique<QSettings>(environment().settingsPath, QSettings::IniFormat);
    }
    return AppIdentity::userSettings();
}

namespace {

// The history the command line opens, with its password; nothing and why when what was named is none.
std::optional<HistoryChoice> choose(QSettings *settings, QString *error)
{
    const std::optional<HistorySource::Choice> choice = HistorySource::choose(environment().database, settings, error);
    if (!choice)
        return std::nullopt;
    return HistoryChoice{choice->location, HistorySource::passwordNow(choice->location, secretStore())};
}

} // namespace

std::optional<QString> historyPassword()
{
    const std::unique_ptr<QSettings> settings = openSettings();
    const std::optional<HistoryChoice> choice = choose(settings.get(), nullptr);
    return choice ? std::optional<QString>(choice->password) : std::nullopt; // (the session says what is wrong)
}

std::optional<HistoryChoice> chooseHistory(const QString &command, Streams streams)
{
    const std::unique_ptr<QSettings> settings = openSettings();
    QString error;
    const std::optional<HistoryChoice> choice = choose(settings.get(), &error);
    if (!choice)
        streams.err << QCoreApplication::translate("Cli", "wabench %1: %2").arg(command, error) << Qt::endl;
    return choice;
}

bool openHistory(HistoryStore &history, const QString &command, Streams streams)
{
    const std::optional<HistoryChoice> choice = chooseHistory(command, streams);
    if (!choice)
        return false;
    QString error;
    if (environment().historyBusyTimeoutMs > 0)
        history.setBusyTimeout(environment().historyBusyTimeoutMs);
    if (history.open(choice->location, &error, choice->password))
        return true;
    if (choice->location.kind() == DatabaseLocation::Kind::SQLite)
        error = QCoreApplication::translate("Cli", "the history cannot be opened (%1): %2")
                    .arg(choice->location.display(), error);
    streams.err << QCoreApplication::translate("Cli", "wabench %1: %2").arg(command, error) << Qt::endl;
    return false;
}

CommandAccounts::CommandAccounts(QSettings *settings) : m_store(std::make_unique<AccountStore>(settings))
{
    const std::optional<HistorySource::Choice> choice =
        HistorySource::choose(environment().database, settings, nullptr);
    if (!choice || choice->location.kind() != DatabaseLocation::Kind::PostgreSQL)
        return;
    m_workspace = std::make_unique<HistoryStore>();
    if (m_workspace->open(choice->location, &m_error, HistorySource::passwordNow(choice->location, secretStore())))
        m_store->setWorkspace(m_workspace.get());
}

CommandAccounts::~CommandAccounts() = default;

SecretStore *secretStore()
{
    if (environment().secrets)
        return environment().secrets;
    return SecretStore::system();
}

std::optional<QString> readSecret(const QString &label, Streams streams)
{
    if (!streams.in)
        return std::nullopt;
    if (streams.interactive) {
        streams.err << label << ": " << Qt::flush;
        termios saved{};
        const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (terminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
        const QString line = streams.in->readLine();
        if (terminal)
            tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        streams.err << Qt::endl;
        return line.isNull() ? std::nullopt : std::optional<QString>(line.trimmed());
    }
    const QString line = streams.in->readLine();
    return line.isNull() ? std::nullopt : std::optional<QString>(line.trimmed());
}

void waitFor(const std::function<void(std::function<void()> done)> &start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

bool wants(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (first == u"--help" || first == u"-h" || first == u"--version" || first == u"-v" || first == u"help")
        return true;
    return std::any_of(commands().cbegin(), commands().cend(),
                       [&](const auto &command) { return command.first == first; });
}

bool draws(const QStringList &arguments)
{
    return !arguments.isEmpty() && arguments.first() == u"render" &&
           std::any_of(arguments.cbegin(), arguments.cend(),
                       [](const QString &argument) { return argument == u"--png" || argument.startsWith(u"--png="); });
}

WindowArguments windowArguments(const QStringList &arguments)
{
    WindowArguments out;
    const auto fail = [&out](const QString &why) {
        out.error = why;
        return out;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool takesValue = argument == u"--screenshot" || argument == u"--open" || argument == u"--size";
        if (takesValue && (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty()))
            return fail(QCoreApplication::translate("Cli", "%1 needs a value").arg(argument));
        const QString value = takesValue ? arguments.at(++i) : QString();
        if (argument == u"--screenshot") {
            out.screenshot = value;
        } else if (argument == u"--open") {
            out.open = value;
        } else if (argument == u"--size") {
            const QStringList parts = value.split(u'x');
            bool wide = false;
            bool high = false;
            out.size = parts.size() == 2 ? QSize(parts.at(0).toInt(&wide), parts.at(1).toInt(&high)) : QSize();
            if (!wide || !high || out.size.width() < 1 || out.size.height() < 1)
                return fail(QCoreApplication::translate("Cli", "--size takes WIDTHxHEIGHT, for example 900x600; not "
                                                               "\"%1\"")
                                .arg(value));
        } else if (argument == u"--dark") {
            out.dark = true;
        } else if (!argument.startsWith(u'-') && QFileInfo(argument).isFile()) {
            out.files.append(argument);
        } else if (!argument.startsWith(u'-') && QFileInfo::exists(argument)) {
            return fail(QCoreApplication::translate("Cli", "\"%1\" is not a file").arg(argument));
        } else {
            return fail(QCoreApplication::translate(
                            "Cli", "\"%1\" is neither a command, a window option nor a file; see 'wabench --help'")
                            .arg(argument));
        }
    }
    return out;
}

int run(const QStringList &arguments, Streams streams)
{
    const QString first = arguments.value(0);
    if (first == u"--version" || first == u"-v") {
        streams.out << "wabench " << WABENCH_VERSION << Qt::endl;
        return Ok;
    }
    if (first.isEmpty() || first == u"--help" || first == u"-h" || first == u"help") {
        streams.out << usage();
        streams.out.flush();
        return Ok;
    }
    // --database, wherever it is among a command's arguments, names the history every command that opens
    // one opens (for this run).
    QStringList rest = arguments.mid(1);
    const Environment saved = environment();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == u"--database" || rest.at(i).startsWith(QLatin1String("--database="))) {
            const bool joined = rest.at(i).contains(QLatin1Char('='));
            if (!joined && i + 1 >= rest.size()) {
                streams.err
                    << QCoreApplication::translate("Cli", "wabench %1: --database needs a file or a URL").arg(first)
                    << Qt::endl;
                return InputError;
            }
            currentEnvironment().database = joined ? rest.at(i).section(QLatin1Char('='), 1) : rest.at(i + 1);
            rest.remove(i, joined ? 1 : 2);
            break;
        }
    }
    const auto restore = qScopeGuard([&saved] { currentEnvironment() = saved; });
    for (const auto &[name, command] : commands()) {
        if (name == first)
            return command(rest, streams);
    }
    streams.err << QCoreApplication::translate("Cli", "wabench: unknown command \"%1\"").arg(first) << "\n\n"
                << usage();
    streams.err.flush();
    return InputError;
}

int parse(QCommandLineParser &parser, const QString &command, const QString &description, const QStringList &arguments,
          Streams streams)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("wabench ") + command} + arguments)) {
        streams.err << "wabench " << command << ": " << parser.errorText() << Qt::endl;
        return InputError;
    }
    if (parser.isSet(help)) {
        // Qt names the running binary in the usage line; name the command instead.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && options > 0)
            text.replace(7, options - 7, QStringLiteral("wabench ") + command);
        streams.out << text;
        streams.out.flush();
        return Ok;
    }
    return -1;
}

std::optional<QJsonValue> readJson(const QString &path, Streams streams)
{
    QFile file(path);
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        streams.err << path << ": error: " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    // At most the cap and one byte more, from a file or a pipe alike: more is refused without being held.
    if (!file.isSequential() && file.size() > JsonDocument::MaxInputBytes) {
        streams.err << path << ": error: " << JsonDocument::tooLarge(file.size()) << Qt::endl;
        return std::nullopt;
    }
    QByteArray bytes;
    while (bytes.size() <= JsonDocument::MaxInputBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(1 << 20, JsonDocument::MaxInputBytes + 1 - bytes.size()));
        if (chunk.isEmpty()) // the end (a read from a pipe waits for data)
            break;
        bytes += chunk;
    }
    if (bytes.size() > JsonDocument::MaxInputBytes) {
        streams.err << path << ": error: " << JsonDocument::tooLarge(file.isSequential() ? -1 : bytes.size())
                    << Qt::endl;
        return std::nullopt;
    }
    const JsonParseResult parsed = JsonDocument::parse(bytes);
    if (!parsed.ok()) {
        streams.err << path << ": error: " << parsed.error << Qt::endl;
        return std::nullopt;
    }
    if (!parsed.warning.isEmpty())
        streams.err << path << ": warning: " << parsed.warning << Qt::endl;
    if (parsed.document.isArray())
        return QJsonValue(parsed.document.array());
    return QJsonValue(parsed.document.object());
}

std::optional<Payload::Requests> readRequests(const QString &file, const QString &forcedProvider, Streams streams)
{
    const std::optional<QJsonValue> root = readJson(file, streams);
    if (!root)
        return std::nullopt;
    QString error;
    std::optional<Payload::Requests> requests = Payload::importRequests(*root, forcedProvider, &error);
    if (!requests)
        streams.err << file << ": error: " << error << Qt::endl;
    return requests;
}

// The session for `profile`, secrets not stored read from standard input; the Sandbox when it is its account.
std::unique_ptr<Workbench> session(QSettings *settings, const AccountProfile &profile, const QString &command,
                                   Streams streams)
{
    auto workbench = std::make_unique<Workbench>(Workbench::Options{
        environment().database, environment().historyBusyTimeoutMs, secretStore(), settings, false, historyPassword()});
    Workbench *raw = workbench.get();
    QObject::connect(
        raw, &Workbench::secretNeeded, raw, [raw, streams](const AccountProfile &account, const AccountField &field) {
            raw->answerSecret(readSecret(
                QCoreApplication::translate("Cli", "%1 of account \"%2\"").arg(field.label, account.name), streams));
        });
    auto notes = std::make_shared<QStringList>();
    const QMetaObject::Connection noting = QObject::connect(raw, &Workbench::servicesStarted, raw,
                                                            [notes](const QStringList &started) { *notes = started; });
    raw->startServices({false, false, profile.provider == u"sandbox"});
    QObject::disconnect(noting);
    for (const QString &note : std::as_const(*notes))
        streams.err << "wabench " << command << ": " << note << Qt::endl;
    return workbench;
}

void reportIssues(const QString &file, const Issues &issues, bool json, QJsonArray &report, Streams streams)
{
    for (const Issue &issue : issues) {
        if (json) {
            QJsonObject finding{{QStringLiteral("file"), file},
                                {QStringLiteral("severity"), issue.severityName()},
                                {QStringLiteral("pointer"), issue.pointer},
                                {QStringLiteral("message"), issue.message}};
            if (!issue.code.isEmpty())
                finding.insert(QStringLiteral("code"), issue.code);
            report.append(finding);
        } else {
            streams.out << file << ": " << issue.severityName() << ": " << issue.pointer << ": " << issue.message
                        << '\n';
        }
    }
}

std::optional<QString> singleFile(const QCommandLineParser &parser, const QString &command, Streams streams)
{
    if (parser.positionalArguments().size() == 1)
        return parser.positionalArguments().constFirst();
    streams.err << QCoreApplication::translate("Cli", "wabench %1: name one FILE").arg(command) << Qt::endl;
    return std::nullopt;
}

} // namespace Cli
