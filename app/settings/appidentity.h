// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>

class QLocale;
class QSettings;

// Who the app is to the desktop: one reverse-DNS id for the .desktop entry, the AppStream metadata, the
// icon, the settings file, the data directory and the keychain service.
namespace AppIdentity {

inline QString id()
{
    return QStringLiteral("io.github.wabench.Wabench");
}

// Names the process: the application name is the id (so data lives in $XDG_DATA_HOME/<id> and secrets
// under the keychain service <id>), with no organisation level; the display name is "Wabench".
void apply();

// The person's settings: $XDG_CONFIG_HOME/<application name>.conf. (A default QSettings needs an
// organisation name, which the app does not have.)
std::unique_ptr<QSettings> userSettings();
// Makes the file at `path` the person's alone (0600), creating it empty if it is not there: the settings
// file, like the history.
void keepPrivate(const QString &path);

// Installs the translation catalogue for `locale` (compiled in from translations/), and Qt's own where
// Debian's qt6-translations-l10n has it. Without a catalogue for the locale the text stays English, and
// English's own catalogue gives its plural forms ("1 error", "3 errors"). Returns the catalogue loaded.
QString installTranslations(const QLocale &locale);

// Development builds before the id kept settings in $XDG_CONFIG_HOME/Wabench/Wabench.conf and data in
// $XDG_DATA_HOME/Wabench/Wabench. Moves both to their places under the id when those are still empty;
// says what it could not move in `problem`, and then leaves the old files where they are.
bool adoptEarlierLocations(QString *problem);

} // namespace AppIdentity
