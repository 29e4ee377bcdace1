// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsdialog.h"
#include "accountform.h"
#include "ui/theme.h"

#include "accounts/secretstore.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

AccountsDialog::AccountsDialog(Workbench *workbench, QWidget *parent)
    : QDialog(parent), m_accounts(workbench->accounts()), m_secrets(workbench->secrets()), m_workbench(workbench)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto *layout = new QVBoxLayout(this);
    m_keychainNote = new QLabel(this);
    m_keychainNote->setObjectName(QStringLiteral("keychainNoteLabel"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setText(tr("No keychain is available here: secrets are kept in memory until Wabench quits, "
                               "and asked for again next time. Nothing secret is written to disk."));
    m_keychainNote->setStyleSheet(Theme::warningFrame(palette()));
    m_keychainNote->setVisible(!m_secrets->persistent());
    connect(m_secrets, &SecretStore::keychainUnavailable, m_keychainNote, &QWidget::show);
    layout->addWidget(m_keychainNote);

    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountsListWidget"));
    m_list->setMinimumWidth(200);
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addAccountToolButton"));
    add->setText(tr("Add"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    add->setPopupMode(QToolButton::InstantPopup);
    auto *providers = new QMenu(add);
    for (const Provider *provider : Providers::all()) {
        if (!provider->offline()) // its one account is built in
            providers->addAction(provider->displayName(), this, [this, provider] { addAccount(provider->id()); });
    }
    add->setMenu(providers);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeAccountToolButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    left->addLayout(buttons);
    body->addLayout(left);

    auto *right = new QVBoxLayout;
    m_form = new AccountForm(m_secrets, this);
    connect(m_form, &AccountForm::edited, this, [this] { m_dirty = true; });
    right->addWidget(m_form);
    m_shared = new QCheckBox(tr("&Shared with the team workspace"), this);
    m_shared->setObjectName(QStringLiteral("sharedAccountCheckBox"));
    m_shared->setToolTip(tr("Every desktop on the workspace lists it, with these settings. Secrets are never "
                            "shared: each desktop keeps its own in its keychain."));
    m_shared->setVisible(m_accounts->sharing());
    connect(m_shared, &QCheckBox::toggled, this, [this] { m_dirty = true; });
    right->addWidget(m_shared);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("Test Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveAccountButton"));
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    testRow->addWidget(m_save);
    right->addLayout(testRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_message);
    right->addStretch(1);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, [this] {
        if (confirmLeaving())
            reject();
    });
    connect(m_remove, &QToolButton::clicked, this, &AccountsDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &AccountsDialog::saveCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_workbench, &Workbench::connectionTested, this, [this](bool ok, const QString &summary) {
        m_testButton->setEnabled(true);
        setMessage(summary, !ok);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (id == m_current.id)
            return;
        if (!confirmLeaving()) {
            selectAccount(m_current.id);
            return;
        }
        if (const std::optional<AccountProfile> account = m_accounts->find(id))
            showAccount(*account);
    });
    // Another desktop on the team's workspace adds, changes or removes a shared account: shown as it happens.
    connect(m_workbench, &Workbench::accountsChanged, this, &AccountsDialog::followChanges);
    reloadList(AccountStore::sandbox().id);
    resize(720, 460);
}

void AccountsDialog::reloadList(const QString &select)
{
    fillList(false);
    selectAccount(select);
    if (const std::optional<AccountProfile> account = m_accounts->find(select))
        showAccount(*account);
}

void AccountsDialog::fillList(bool withUnsaved)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const AccountProfile &account : m_accounts->accounts()) {
        const Provider *provider = Providers::find(account.provider);
        const QString providerName = provider ? provider->displayName() : account.provider;
        QString text =
            account.name == providerName ? account.name : QStringLiteral("%1  ·  %2").arg(account.name, providerName);
        if (account.shared)
            text += tr("  ·  shared");
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(account.shared ? tr("%1, shared with the team workspace").arg(providerName) : providerName);
        item->setData(Qt::UserRole, account.id);
    }
    if (withUnsaved) {
        auto *item = new QListWidgetItem(m_form->name() + tr("  (not saved)"), m_list);
        item->setData(Qt::UserRole, m_current.id);
    }
}

void AccountsDialog::followChanges()
{
    const QString sandbox = AccountStore::sandbox().id;
    const std::optional<AccountProfile> stored = m_isNew ? std::nullopt : m_accounts->find(m_current.id);
    if (m_dirty) {
        // What is being typed stays as it is; the list follows, and a word says what changed under it.
        fillList(m_isNew || !stored); // one removed elsewhere is listed as not saved, as typed
        selectAccount(m_current.id);
        if (!m_isNew && !stored)
            setMessage(tr("Another desktop removed \"%1\"; saving adds it again.").arg(m_current.name), true);
        else if (!m_isNew && *stored != m_current)
            setMessage(tr("Another desktop changed \"%1\"; saving keeps what is shown here.").arg(m_current.name),
                       true);
        return;
    }
    if (!stored && !m_current.id.isEmpty() && m_current.id != sandbox) {
        const QString name = m_current.name;
        reloadList(sandbox);
        setMessage(tr("Another desktop removed \"%1\".").arg(name), false);
        return;
    }
    reloadList(m_current.id.isEmpty() ? sandbox : m_current.id);
}

void AccountsDialog::selectAccount(const QString &id)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(row);
    }
}

void AccountsDialog::addAccount(const QString &provider)
{
    if (!confirmLeaving())
        return;
    AccountProfile account;
    account.provider = provider;
    const Provider *adapter = Providers::find(provider);
    account.name = tr("New %1 account").arg(adapter ? adapter->displayName() : provider);
    account.id = m_accounts->newId(account.name);
    account.shared = m_accounts->sharing(); // a team's new account is the team's
    for (const AccountField &field : AccountStore::fields(provider)) {
        if (!field.secret && !field.defaultValue.isEmpty())
            account.settings.insert(field.key, field.defaultValue);
    }
    {
        const QSignalBlocker blocker(m_list);
        auto *item = new QListWidgetItem(account.name + tr("  (not saved)"), m_list);
        item->setData(Qt::UserRole, account.id);
        m_list->setCurrentItem(item);
    }
    showAccount(account);
    m_isNew = true;
    m_dirty = true;
    m_form->focusName();
}

void AccountsDialog::showAccount(const AccountProfile &account)
{
    m_current = account;
    m_isNew = false;
    m_dirty = false;
    setMessage(QString(), false);
    const bool sandbox = account.id == AccountStore::sandbox().id;
    m_remove->setEnabled(!sandbox);
    m_save->setEnabled(!sandbox);
    {
        const QSignalBlocker blocker(m_shared);
        m_shared->setChecked(account.shared);
        m_shared->setEnabled(!sandbox);
    }
    const Provider *provider = Providers::find(account.provider);
    m_testButton->setEnabled(provider && provider->testRequest(AccountStore::withoutSecrets(account)).has_value());
    m_testButton->setToolTip(m_testButton->isEnabled()
                                 ? tr("Make a call that changes nothing, to check these settings and secrets")
                                 : tr("%1 has no call that changes nothing; send a message to test it")
                                       .arg(provider ? provider->displayName() : account.provider));
    m_form->showAccount(account);
}

bool AccountsDialog::saveCurrent()
{
    if (m_current.id == AccountStore::sandbox().id)
        return true;
    AccountProfile account = m_form->profile();
    account.shared = m_accounts->sharing() ? m_shared->isChecked() : m_current.shared;
    if (m_current.shared && !account.shared &&
        QMessageBox::question(this, tr("Stop Sharing"),
                              tr("Stop sharing \"%1\"? It is kept on this computer alone, and the other desktops "
                                 "of the workspace no longer list it.")
                                  .arg(account.name)) != QMessageBox::Yes)
        return false;
    if (const Provider *provider = Providers::find(account.provider);
        provider && provider->senderRequired() && account.defaultSender.isEmpty()) {
        setMessage(tr("%1 needs the %2: it is part of every request's address.")
                       .arg(provider->displayName(), provider->senderLabel().toLower()),
                   true);
        return false;
    }
    if (const QString error = m_accounts->save(account); !error.isEmpty()) {
        setMessage(error, true);
        return false;
    }
    const QHash<QString, QString> secrets = m_form->typedSecrets();
    AccountStore::storeSecrets(
        account, secrets, m_secrets, [this, dialog = QPointer<AccountsDialog>(this)](const QString &error) {
            if (dialog && !error.isEmpty())
                setMessage(tr("The settings were saved, but the secrets were not: %1").arg(error), true);
        });
    m_current = account;
    m_dirty = false;
    m_isNew = false;
    reloadList(account.id);
    setMessage(m_secrets->persistent() || secrets.isEmpty()
                   ? tr("Saved.")
                   : tr("Saved. The secrets are kept only until Wabench quits: there is no keychain."),
               false);
    emit accountsChanged();
    return true;
}

void AccountsDialog::removeCurrent()
{
    if (m_current.id == AccountStore::sandbox().id)
        return;
    const QString question =
        m_current.shared
            ? tr("Remove the account \"%1\" from the team workspace, for every desktop on it, and its secrets from "
                 "this computer? Its history stays.")
            : tr("Remove the account \"%1\" and its secrets? Its history stays.");
    if (!m_isNew && QMessageBox::question(this, tr("Remove Account"), question.arg(m_current.name)) != QMessageBox::Yes)
        return;
    if (const QString error = m_isNew ? QString() : m_accounts->remove(m_current.id); !error.isEmpty()) {
        setMessage(error, true);
        return;
    }
    QHash<QString, QString> none;
    for (const AccountField &field : AccountStore::fields(m_current.provider)) {
        if (field.secret)
            none.insert(field.key, QString());
    }
    AccountStore::storeSecrets(m_current, none, m_secrets, [](const QString &) {});
    m_dirty = false;
    m_isNew = false;
    m_current = {};
    reloadList(AccountStore::sandbox().id);
    emit accountsChanged();
}

void AccountsDialog::testConnection()
{
    const AccountProfile profile = m_form->profile();
    if (const QString error = AccountStore::checkBaseUrl(profile.settings.value(QStringLiteral("base_url")));
        !error.isEmpty()) {
        setMessage(error, true);
        return;
    }
    if (!m_workbench->testConnection(profile, m_form->typedSecrets())) {
        setMessage(tr("This provider has no call that changes nothing."), true);
        return;
    }
    m_testButton->setEnabled(false);
    setMessage(tr("Testing…"), false);
}

bool AccountsDialog::confirmLeaving()
{
    if (!m_dirty || m_current.id.isEmpty())
        return true;
    const auto answer =
        QMessageBox::question(this, tr("Unsaved Account"), tr("Save the changes to \"%1\"?").arg(m_form->name()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return saveCurrent();
    if (answer == QMessageBox::Discard) {
        m_dirty = false;
        if (m_isNew)
            reloadList(AccountStore::sandbox().id);
        return true;
    }
    return false;
}

void AccountsDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Theme::errorText(palette()) : QString());
}

QString AccountsDialog::lastMessage() const
{
    return m_message->text();
}
