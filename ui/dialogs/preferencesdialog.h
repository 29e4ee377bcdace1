// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyworkspace.h"
#include "providers/provider.h"

#include <QDialog>

class LocalServices;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class SecretStore;

// Preferences: where the history is kept (this computer's file or a team workspace, its password in the
// keychain) and the name sends are recorded under; the request timeout; the webhook receiver's port, public URL and the
// keys that check providers' signatures (Meta's app secret goes to the keychain); the Sandbox's port and pace.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(QSettings *settings, SecretStore *secrets, LocalServices *services, QWidget *parent = nullptr);

    // What the history in use is (a location, masked; or why it is not open), shown above where to keep it.
    void setHistoryInUse(const QString &location, const QString &problem);
    // How long the history keeps messages, as the session has it (`team`: the team workspace's rule, which
    // the dialog says), and as the form now says (the session saves it where it belongs).
    void setRetention(const HistoryRetention &retention, bool team);
    HistoryRetention retention() const;
    // Checks and saves what the form says; false (and the reason shown) when a field is wrong.
    bool apply();
    QString lastError() const;

private:
    QSettings *m_settings;
    SecretStore *m_secrets;
    LocalServices *m_services;
    QLabel *m_historyInUse = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QLineEdit *m_displayName = nullptr;
    QSpinBox *m_keepDays = nullptr;
    QSpinBox *m_keepCount = nullptr;
    QLabel *m_retentionScope = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_receiverPort = nullptr;
    QLineEdit *m_publicUrl = nullptr;
    QLineEdit *m_forwardTo = nullptr;
    struct CallbackFieldEdit
    {
        const Provider *provider;
        Provider::CallbackField field;
        QLineEdit *line;
    };
    QList<CallbackFieldEdit> m_callbackFields;
    QSpinBox *m_sandboxPort = nullptr;
    QSpinBox *m_delay = nullptr;
    QLabel *m_error = nullptr;
};
