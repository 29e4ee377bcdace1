// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "cli.h"
#include "history/databaselocation.h"
#include "message/draft.h"
#include "message/jsondocument.h"
#include "providers/payload.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonValue>
#include <QSettings>

class HistoryStore;
#include <functional>
#include <memory>

// What the commands share: argument parsing with --help, and reading input files.
class Workbench;
struct SendOutcome;

namespace Cli {

enum ExitCode
{
    Ok = 0,
    Failure = 1,
    InputError = 2,
    Unknown = 3,    // a send whose fate is not known, or a wait that timed out
    NotRecorded = 4 // a provider answered a send, and the history could not store the answer
};

const Environment &environment();
// The settings the app reads (or the test's INI file).
std::unique_ptr<QSettings> openSettings();
// The keychain (or the test's store), for the life of the process.
SecretStore *secretStore();
// The history the command opens (--database, WABENCH_DATABASE, Preferences, the app's own file) and a
// workspace's password (systemd's credential, the keychain's; empty: none, or libpq's .pgpass); on failure
// says so as "wabench COMMAND: ..." and returns nothing.
struct HistoryChoice
{
    DatabaseLocation location;
    QString password;
};
std::optional<HistoryChoice> chooseHistory(const QString &command, Streams streams);
// A workspace's password as above, for a session (Workbench) that opens the history itself; nothing when the
// history named is not one (the session says why).
std::optional<QString> historyPassword();
// Opens that history; on failure says so as "wabench COMMAND: ..." and returns false.
bool openHistory(HistoryStore &history, const QString &command, Streams streams);
// The accounts as a command sees them: this computer's, and when the history in use is a team workspace,
// the ones shared there (the workspace opened for that; when it cannot be reached, workspaceError() says
// why and the accounts are this computer's alone).
class CommandAccounts
{
public:
    explicit CommandAccounts(QSettings *settings);
    ~CommandAccounts();
    AccountStore *store() { return m_store.get(); }
    QString workspaceError() const { return m_error; }

private:
    std::unique_ptr<HistoryStore> m_workspace;
    std::unique_ptr<AccountStore> m_store;
    QString m_error;
};

// One line read from `streams.in`, with a prompt and no echo on a terminal; nothing at the end of input.
std::optional<QString> readSecret(const QString &label, Streams streams);
// Runs the event loop until `start` calls the function it is given.
void waitFor(const std::function<void(std::function<void()> done)> &start);

// Sets up `parser` for `command`; returns an exit code when parsing ended the command (help,
// bad options), or -1 to go on.
int parse(QCommandLineParser &parser, const QString &command, const QString &description, const QStringList &arguments,
          Streams streams);
// Reads `path` ("-" is standard input) as JSON; on failure prints "FILE: error" and returns nothing.
std::optional<QJsonValue> readJson(const QString &path, Streams streams);

// Reads FILE as a draft or request bodies; on failure prints "FILE: error: why" and returns nothing.
std::optional<Payload::Requests> readRequests(const QString &file, const QString &forcedProvider, Streams streams);
// The one FILE argument, or nothing after saying that exactly one is needed.
std::optional<QString> singleFile(const QCommandLineParser &parser, const QString &command, Streams streams);

// The session for `profile` (its accounts, secrets and history, the Sandbox when it is its account), secrets
// not stored read from standard input; notes of its start written as "wabench COMMAND: ...".
std::unique_ptr<Workbench> session(QSettings *settings, const AccountProfile &profile, const QString &command,
                                   Streams streams);

// One line per message of a request answered: its state, recipient, and id or error. Returns the exit
// status it calls for.
int printOutcome(const SendOutcome &outcome, Streams streams);

// `wabench send --csv`: one draft to every row of a list, as a campaign.
struct ListSend
{
    QString draftFile;
    Draft draft;
    AccountProfile profile;
    QString list;
    QString campaign; // empty: a new one, named and printed first
    QString rate;     // empty: the provider's default
    bool skipInvalid = false;
};
int sendList(const ListSend &send, QSettings *settings, Streams streams);

// The findings of `file`, as validate and templates lint print them: "FILE: error: POINTER: MESSAGE" lines,
// or (`json`) objects {file, severity, pointer, message, code?} appended to `report`, printed at the end.
void reportIssues(const QString &file, const Issues &issues, bool json, QJsonArray &report, Streams streams);

} // namespace Cli
