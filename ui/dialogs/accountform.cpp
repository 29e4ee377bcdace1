// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountform.h"

#include "accounts/secretstore.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

AccountForm::AccountForm(SecretStore *secrets, QWidget *parent)
    : QWidget(parent), m_secrets(secrets), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
}

void AccountForm::showAccount(const AccountProfile &account)
{
    m_account = account;
    m_fields.clear();
    m_sender = nullptr;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const bool sandbox = account.id == AccountStore::sandbox().id;
    const Provider *provider = Providers::find(account.provider);

    m_name = new QLineEdit(account.name, this);
    m_name->setObjectName(QStringLiteral("accountNameLineEdit"));
    m_name->setReadOnly(sandbox);
    connect(m_name, &QLineEdit::textEdited, this, &AccountForm::edited);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Provider"), new QLabel(provider ? provider->displayName() : account.provider, this));
    if (sandbox) {
        auto *note = new QLabel(tr("The offline Sandbox is built in and needs no settings: it answers on this machine "
                                   "like a provider would, so you can try sending without an account."),
                                this);
        note->setWordWrap(true);
        m_form->addRow(note);
        return;
    }
    for (const AccountField &field : AccountStore::fields(account.provider)) {
        QWidget *editor = nullptr;
        if (!field.choices.isEmpty()) {
            auto *box = new QComboBox(this);
            box->addItems(field.choices);
            box->setCurrentText(account.settings.value(field.key, field.defaultValue));
            connect(box, &QComboBox::activated, this, &AccountForm::edited);
            editor = box;
        } else {
            auto *line = new QLineEdit(this);
            if (field.secret) {
                line->setEchoMode(QLineEdit::Password);
                line->setPlaceholderText(tr("Checking the keychain…"));
                m_secrets->read(AccountStore::secretKey(account, field.key),
                                [line = QPointer<QLineEdit>(line)](std::optional<QString> secret, const QString &) {
                                    if (line)
                                        line->setPlaceholderText(secret ? tr("Stored — type to replace")
                                                                        : tr("Not stored"));
                                });
            } else {
                line->setText(account.settings.value(field.key));
                line->setPlaceholderText(field.key == u"base_url" ? tr("The provider's own") : field.defaultValue);
            }
            connect(line, &QLineEdit::textEdited, this, &AccountForm::edited);
            editor = line;
        }
        editor->setObjectName(field.key + QStringLiteral("Field"));
        m_fields.insert(field.key, editor);
        m_form->addRow(field.label, editor);
    }
    m_sender = new QLineEdit(account.defaultSender, this);
    m_sender->setObjectName(QStringLiteral("defaultSenderLineEdit"));
    m_sender->setPlaceholderText(tr("e.g. +919876500001"));
    connect(m_sender, &QLineEdit::textEdited, this, &AccountForm::edited);
    m_form->addRow(provider ? provider->senderLabel() : tr("Default sender"), m_sender);
}

AccountProfile AccountForm::profile() const
{
    AccountProfile account = m_account;
    account.name = m_name->text().trimmed();
    if (m_sender)
        account.defaultSender = m_sender->text().trimmed();
    account.settings.clear();
    for (const AccountField &field : AccountStore::fields(account.provider)) {
        if (field.secret)
            continue;
        QWidget *editor = m_fields.value(field.key);
        QString value;
        if (auto *box = qobject_cast<QComboBox *>(editor))
            value = box->currentText();
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            value = line->text().trimmed();
        if (!value.isEmpty())
            account.settings.insert(field.key, value);
    }
    return account;
}

QHash<QString, QString> AccountForm::typedSecrets() const
{
    QHash<QString, QString> secrets;
    for (const AccountField &field : AccountStore::fields(m_account.provider)) {
        auto *line = qobject_cast<QLineEdit *>(m_fields.value(field.key));
        if (field.secret && line && !line->text().isEmpty())
            secrets.insert(field.key, line->text());
    }
    return secrets;
}

QString AccountForm::name() const
{
    return m_name->text();
}

void AccountForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}
