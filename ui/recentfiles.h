// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QMenu;
class QObject;

// The drafts opened or saved last, newest first, kept in the settings.
namespace RecentFiles {

void add(const QString &path);
QStringList list();
// Fills `menu` with the recent drafts; choosing one calls `open` with its path.
void fill(QMenu *menu, QObject *context, const std::function<void(const QString &)> &open);

} // namespace RecentFiles
