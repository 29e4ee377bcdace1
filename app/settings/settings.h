// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSettings;

// The app's preferences, each with its default, over QSettings. Accounts keep their own group
// (AccountStore); this is everything else.
class Settings
{
public:
    explicit Settings(QSettings *settings);

    static constexpr int DefaultTimeoutSeconds = 30;
    // How long a request may take, from leaving to the last byte of the answer.
    int timeoutSeconds() const;
    void setTimeoutSeconds(int seconds);

    // The account chosen last, so the next start picks it again.
    QString lastAccount() const;
    void setLastAccount(const QString &id);

private:
    QSettings *m_settings;
};
