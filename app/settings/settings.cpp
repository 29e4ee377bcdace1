// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

namespace {

const QString TimeoutKey = QStringLiteral("network/timeout_seconds");
const QString LastAccountKey = QStringLiteral("composer/last_account");

} // namespace

Settings::Settings(QSettings *settings) : m_settings(settings) {}

int Settings::timeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(TimeoutKey, DefaultTimeoutSeconds).toInt(&ok);
    return ok && seconds > 0 ? seconds : DefaultTimeoutSeconds;
}

void Settings::setTimeoutSeconds(int seconds)
{
    m_settings->setValue(TimeoutKey, seconds > 0 ? seconds : DefaultTimeoutSeconds);
}

QString Settings::lastAccount() const
{
    return m_settings->value(LastAccountKey).toString();
}

void Settings::setLastAccount(const QString &id)
{
    m_settings->setValue(LastAccountKey, id);
}
