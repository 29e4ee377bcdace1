// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("wabench.github.io"));
    QCoreApplication::setApplicationName(id());
    QCoreApplication::setApplicationVersion(QStringLiteral(WABENCH_VERSION));
}

void keepPrivate(const QString &path)
{
    // Created so before QSettings first writes it, since QSettings keeps the permissions of the file it
    // replaces; one made by an earlier version is set so.
    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    QFile file(path);
    if (!info.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return;
        file.close();
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (file.permissions() & others)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

std::unique_ptr<QSettings> userSettings()
{
    // QSettings(organization, application) with no application name is the file <organization>.conf.
    auto settings =
        std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QCoreApplication::applicationName());
    keepPrivate(settings->fileName());
    return settings;
}

QString installTranslations(const QLocale &locale)
{
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("wabench"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !own->load(QStringLiteral(":/i18n/wabench_en.qm"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->filePath();
}

namespace {

// Moves `from` to `to` unless `to` exists already. False, with the reason, when the move fails.
bool move(const QString &from, const QString &to, QString *problem)
{
    if (!QFileInfo::exists(from) || QFileInfo::exists(to))
        return true;
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (QDir().rename(from, to))
        return true;
    *problem = QCoreApplication::translate("AppIdentity", "\"%1\" could not be moved to \"%2\"; it is left where "
                                                          "it is.")
                   .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to));
    return false;
}

} // namespace

bool adoptEarlierLocations(QString *problem)
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString name = QCoreApplication::applicationName();
    const QString earlier = QStringLiteral("Wabench");
    bool ok = move(config + u'/' + earlier + u'/' + earlier + QStringLiteral(".conf"),
                   config + u'/' + name + QStringLiteral(".conf"), problem);
    ok = move(data + u'/' + earlier + u'/' + earlier, data + u'/' + name, problem) && ok;
    // The organisation level is empty now; remove it if nothing else is in it (rmdir refuses otherwise).
    QDir(config).rmdir(earlier);
    QDir(data).rmdir(earlier);
    return ok;
}

} // namespace AppIdentity
