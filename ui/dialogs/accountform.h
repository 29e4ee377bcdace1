// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLineEdit;
class SecretStore;

// One account's form, with the fields its provider asks for (Provider::accountFields): a choice where
// the field has choices, a masked line for a secret (saying whether one is stored, never showing it), and
// the default sender under the provider's name for it. The built-in Sandbox account shows a note instead.
class AccountForm : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(SecretStore *secrets, QWidget *parent = nullptr);

    void showAccount(const AccountProfile &account);
    // The account as the form has it now (without secrets), and the secrets typed into it.
    AccountProfile profile() const;
    QHash<QString, QString> typedSecrets() const;
    QString name() const;
    void focusName();

signals:
    // The person changed a field.
    void edited();

private:
    SecretStore *m_secrets;
    QFormLayout *m_form;
    AccountProfile m_account;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sender = nullptr;
    QHash<QString, QWidget *> m_fields; // field key to its editor
};
