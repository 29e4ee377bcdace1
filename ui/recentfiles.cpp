// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include "settings/appidentity.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace RecentFiles {

namespace {

const QString Key = QStringLiteral("recentFiles");
constexpr int Kept = 10;

} // namespace

void add(const QString &path)
{
    const std::unique_ptr<QSettings> settings = AppIdentity::userSettings();
    QStringList recent = settings->value(Key).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings->setValue(Key, recent.mid(0, Kept));
}

QStringList list()
{
    return AppIdentity::userSettings()->value(Key).toStringList();
}

void fill(QMenu *menu, QObject *context, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList recent = list();
    for (const QString &path : recent)
        menu->addAction(QFileInfo(path).fileName(), context, [open, path] { open(path); })->setToolTip(path);
    if (recent.isEmpty())
        menu->addAction(QCoreApplication::translate("RecentFiles", "No recent drafts"))->setEnabled(false);
}

} // namespace RecentFiles
