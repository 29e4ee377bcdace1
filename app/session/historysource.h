// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/databaselocation.h"
#include "history/historyworkspace.h"

#include <QString>

#include <functional>
#include <optional>

class HistoryStore;
class QSettings;
class SecretStore;

// Which history a Wabench opens, and how it reaches a team's workspace: the one named on the command line
// (--database), else by WABENCH_DATABASE, else in Preferences, else this computer's own file. A workspace's
// password is the URL's own where it has one, else the service's systemd credential, else the one the
// keychain keeps for it; with none, libpq looks in the person's .pgpass file.
namespace HistorySource {

// The environment variable, and the systemd credential's name ($CREDENTIALS_DIRECTORY/wabench-database:
// LoadCredentialEncrypted=wabench-database:... in the service's unit).
inline constexpr char EnvironmentVariable[] = "WABENCH_DATABASE";
inline constexpr char CredentialName[] = "wabench-database";

struct Choice
{
    DatabaseLocation location;
    QString from; // where it was named, for what is said about it: "--database", WABENCH_DATABASE, Preferences
};
// The history to open: `named` (--database) when given, else as above; nullopt and why (naming where the
// location came from) when what was named is not a database Wabench can keep its history in.
std::optional<Choice> choose(const QString &named, QSettings *settings, QString *error);

// The keychain's key for a workspace's password.
QString secretKey(const DatabaseLocation &location);
// A service's credential from systemd (`name` in $CREDENTIALS_DIRECTORY: the workspace's password by
// default), or nullopt when it runs without it.
std::optional<QString> serviceCredential(const QString &name = QString::fromLatin1(CredentialName));
// The password to reach `location` with (empty: none needed, or libpq's .pgpass), then `done` with it,
// from the event loop; the keychain's answer is awaited (it answers asynchronously).
void password(const DatabaseLocation &location, SecretStore *secrets, const std::function<void(QString)> &done);
// The same, waited for here (the command line).
QString passwordNow(const DatabaseLocation &location, SecretStore *secrets);

// How long `history` keeps messages: a team workspace's rule, kept in it for every desktop and receiver;
// else this computer's setting. Nothing is removed by a history not open.
HistoryRetention retention(const HistoryStore &history, QSettings *settings);
// Removes what `history` keeps past its retention now (on a workspace with no rule, still its log of changes
// past the latest HistoryStore::KeptChanges); what cannot be removed now (another process holds the history)
// is said to `failed`.
void pruneNow(HistoryStore *history, QSettings *settings, const std::function<void(const QString &)> &failed);
// The same now, and every hour while `context` lives (what failed is removed the next hour).
void keepPruned(HistoryStore *history, QSettings *settings, QObject *context,
                const std::function<void(const QString &)> &failed);

} // namespace HistorySource
