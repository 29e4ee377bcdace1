// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"

#include <QDialog>
#include <QHash>

class AccountForm;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QToolButton;
class SecretStore;
class Workbench;

// Accounts: any number of named accounts per provider, with the fields each provider needs, an optional
// default sender and base URL, and "Test connection" where the provider has a harmless call. Settings go
// to QSettings, secrets only to the SecretStore; a secret field shows whether one is stored, never it.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountsDialog(Workbench *workbench, QWidget *parent = nullptr);

    // Starts a new, unsaved account of `provider` and shows it.
    void addAccount(const QString &provider);
    void selectAccount(const QString &id);
    // Saves the account shown; false (and the reason shown) when a field is wrong.
    bool saveCurrent();
    void testConnection();
    QString currentId() const { return m_current.id; }
    QString lastMessage() const;

signals:
    // Accounts were added, changed or removed.
    void accountsChanged();

private:
    // The list from the store, `select` chosen and shown.
    void reloadList(const QString &select);
    // The list's items from the store (and the account being added, when `withUnsaved`), nothing chosen.
    void fillList(bool withUnsaved);
    // The accounts changed elsewhere (another desktop on the workspace): the list and the account shown
    // follow, unless it is being edited, which stays as typed and says what changed under it.
    void followChanges();
    void showAccount(const AccountProfile &account);
    void removeCurrent();
    bool confirmLeaving();
    void setMessage(const QString &text, bool error);

    AccountStore *m_accounts;
    SecretStore *m_secrets;
    Workbench *m_workbench;
    QListWidget *m_list = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_keychainNote = nullptr;
    AccountForm *m_form = nullptr;
    QCheckBox *m_shared = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
    AccountProfile m_current;
    bool m_isNew = false;
    bool m_dirty = false;
};
