// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

// An account a team shares in its workspace: its settings, never its secrets (each desktop keeps those in
// its own keychain, under the account's id).
struct SharedAccount
{
    QString id;
    QString provider;
    QString name;
    QString defaultSender;
    QHash<QString, QString> settings;
    QDateTime updated; // read: when it was last saved, and by whom
    QString updatedBy;
};

// The workspace's own settings (HistoryStore::workspaceSetting), by key.
namespace WorkspaceSettings {
// The URL providers reach the team's always-on receiver at ("https://hooks.example.com"): what desktops name
// as the callback URL of what they send. `wabench receive --public-url` keeps it there.
inline constexpr char ReceiverUrl[] = "receiver_url";
// How long the workspace keeps messages (HistoryRetention's days and count; absent: for ever).
inline constexpr char RetentionDays[] = "retention_days";
inline constexpr char RetentionCount[] = "retention_count";
} // namespace WorkspaceSettings

// How long the history keeps messages: those older than `days`, and beyond the newest `count`, are removed
// with their status events (0: no limit). Customers' messages go by age alone (their 24-hour windows are
// read from them). A message still sending stays, whatever its age.
struct HistoryRetention
{
    int days = 0;
    int count = 0;

    bool keepsAll() const { return days <= 0 && count <= 0; }
    bool operator==(const HistoryRetention &other) const = default;
};

// What copying one history into another did: the rows copied (those copied before are not copied again).
struct HistoryImport
{
    int messages = 0;
    int events = 0;
    int inbound = 0;
    int webhooks = 0;
    int templates = 0;
    int campaigns = 0;

    int total() const { return messages + events + inbound + webhooks + templates + campaigns; }
};
