// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysource.h"

#include "accounts/secretstore.h"
#include "history/historystore.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPointer>
#include <QTimer>

namespace HistorySource {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HistorySource)
};
} // namespace

std::optional<Choice> choose(const QString &named, QSettings *settings, QString *error)
{
    Choice choice;
    QString text;
    if (!named.trimmed().isEmpty()) {
        text = named;
        choice.from = QStringLiteral("--database");
    } else if (const QString variable = qEnvironmentVariable(EnvironmentVariable); !variable.trimmed().isEmpty()) {
        text = variable;
        choice.from = QString::fromLatin1(EnvironmentVariable);
    } else if (settings) {
        text = Settings(settings).database();
        choice.from = Text::tr("Preferences");
    }
    if (text.trimmed().isEmpty()) {
        choice.location = DatabaseLocation::file(HistoryStore::defaultPath());
        choice.from.clear();
        return choice;
    }
    QString why;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(text, &why);
    if (!location) {
        if (error)
            *error = Text::tr("the history named by %1: %2").arg(choice.from, why);
        return std::nullopt;
    }
    choice.location = *location;
    return choice;
}

QString secretKey(const DatabaseLocation &location)
{
    return QStringLiteral("workspace/") + location.key();
}

std::optional<QString> serviceCredential(const QString &name)
{
    const QString directory = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (directory.isEmpty())
        return std::nullopt;
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // One line, as `systemd-creds encrypt` is usually given it; a final newline is not part of it.
    QString secret = QString::fromUtf8(file.readAll());
    while (secret.endsWith(QLatin1Char('\n')) || secret.endsWith(QLatin1Char('\r')))
        secret.chop(1);
    return secret;
}

void password(const DatabaseLocation &location, SecretStore *secrets, const std::function<void(QString)> &done)
{
    if (location.kind() != DatabaseLocation::Kind::PostgreSQL || location.hasPassword() || !secrets) {
        QTimer::singleShot(0, QCoreApplication::instance(), [done] { done(QString()); });
        return;
    }
    if (const std::optional<QString> credential = serviceCredential()) {
        QTimer::singleShot(0, QCoreApplication::instance(), [done, secret = *credential] { done(secret); });
        return;
    }
    secrets->read(secretKey(location),
                  [done](const std::optional<QString> &secret, const QString &) { done(secret.value_or(QString())); });
}

QString passwordNow(const DatabaseLocation &location, SecretStore *secrets)
{
    QEventLoop loop;
    bool answered = false;
    QString out;
    password(location, secrets, [&](const QString &secret) {
        out = secret;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return out;
}

} // namespace HistorySource

HistoryRetention HistorySource::retention(const HistoryStore &history, QSettings *settings)
{
    if (!history.isOpen())
        return {};
    if (!history.postgres())
        return Settings(settings).historyRetention();
    return {qMax(0, history.workspaceSetting(QLatin1String(WorkspaceSettings::RetentionDays)).toInt()),
            qMax(0, history.workspaceSetting(QLatin1String(WorkspaceSettings::RetentionCount)).toInt())};
}

void HistorySource::pruneNow(HistoryStore *history, QSettings *settings,
                             const std::function<void(const QString &)> &failed)
{
    const HistoryRetention rule = retention(*history, settings);
    // With no rule, a workspace's log of changes is still kept short (it grows with every write).
    if (QString why; rule.keepsAll() ? history->trimChanges(&why) < 0 : history->pruneMessages(rule, &why) < 0)
        failed(why);
}

void HistorySource::keepPruned(HistoryStore *history, QSettings *settings, QObject *context,
                               const std::function<void(const QString &)> &failed)
{
    const auto prune = [history, settings, failed] { pruneNow(history, settings, failed); };
    auto *timer = new QTimer(context);
    timer->setInterval(std::chrono::hours(1));
    QObject::connect(timer, &QTimer::timeout, context, prune);
    timer->start();
    prune();
}
