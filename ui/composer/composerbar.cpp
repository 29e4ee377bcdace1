// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerbar.h"
#include "ui/theme.h"

#include "document/draftdocument.h"
#include "kindpicker.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "recipientsedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

ComposerBar::ComposerBar(DraftDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerComboBox"));
    m_provider->setAccessibleName(tr("Provider"));
    for (const Provider *provider : Providers::all())
        m_provider->addItem(provider->displayName(), provider->id());
    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("accountComboBox"));
    m_account->setAccessibleName(tr("Account"));
    m_account->setToolTip(tr("The account to send with; its settings also show in the previews"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Made in the order Tab visits them, which is the order they are read: Provider, Account, Message, From, To.
    m_kinds = new KindPicker(this);
    m_sender = new QLineEdit(this);
    m_sender->setObjectName(QStringLiteral("senderLineEdit"));
    m_sender->setAccessibleName(tr("Sender number"));
    m_sender->setPlaceholderText(tr("Sender, e.g. +919876500001"));
    top->addWidget(m_provider);
    top->addWidget(new QLabel(tr("Account"), this));
    top->addWidget(m_account);
    top->addWidget(new QLabel(tr("Message"), this));
    top->addWidget(m_kinds, 1);
    form->addRow(tr("Provider"), top);
    form->addRow(tr("From"), m_sender);
    m_recipients = new RecipientsEdit(m_document, this);
    m_toRow = new QHBoxLayout;
    m_toRow->addWidget(m_recipients, 1);
    form->addRow(tr("To"), m_toRow);

    connect(m_provider, &QComboBox::activated, this, [this] {
        const QString provider = m_provider->currentData().toString();
        Draft draft = m_document->draft();
        if (provider == draft.provider)
            return; // the same one again: nothing changes
        draft.provider = provider;
        draft.account.clear();
        // Back to the provider the file has: its account and sender come back too, so that trying another
        // provider and returning leaves the draft as saved.
        if (const Draft &saved = m_document->savedDraft(); provider == saved.provider) {
            draft.account = saved.account;
            draft.sender = saved.sender;
            m_document->setDraft(draft, false);
            return;
        }
        // A new provider brings its first account with it.
        for (const AccountProfile &account : std::as_const(m_accounts)) {
            if (account.provider == provider) {
                draft.account = account.id;
                if (draft.sender.isEmpty())
                    draft.sender = account.defaultSender;
                break;
            }
        }
        m_document->setDraft(draft, false); // one step to undo
    });
    connect(m_account, &QComboBox::activated, this, &ComposerBar::chooseAccount);
    connect(m_sender, &QLineEdit::textEdited, m_document, &DraftDocument::setSender);
    connect(m_kinds, &KindPicker::kindChosen, this, &ComposerBar::kindChosen);
    connect(m_document, &DraftDocument::changed, this, &ComposerBar::sync);
    sync();
}

void ComposerBar::addTrailingWidget(QWidget *widget)
{
    m_toRow->addWidget(widget);
}

void ComposerBar::setAccounts(const QList<AccountProfile> &accounts)
{
    m_accounts = accounts;
    m_filledFor.reset();
    fillAccounts();
}

namespace {

const QString ManageAccounts = QStringLiteral("\x01manage");

} // namespace

void ComposerBar::fillAccounts()
{
    const Draft &draft = m_document->draft();
    const QSignalBlocker blocker(m_account);
    // The list is the provider's accounts: filled again only when the provider or the accounts change,
    // not on every keystroke.
    if (m_filledFor == std::pair(draft.provider, draft.account))
        return;
    m_filledFor = std::pair(draft.provider, draft.account);
    m_account->clear();
    for (const AccountProfile &account : std::as_const(m_accounts)) {
        if (account.provider == draft.provider)
            m_account->addItem(account.name, account.id);
    }
    if (m_account->count() == 0)
        m_account->addItem(tr("No account (previews only)"), QString());
    m_account->insertSeparator(m_account->count());
    m_account->addItem(tr("Manage Accounts…"), ManageAccounts);
    const int chosen = m_account->findData(draft.account);
    m_account->setCurrentIndex(qMax(0, chosen));
}

void ComposerBar::chooseAccount(int index)
{
    const QString id = m_account->itemData(index).toString();
    if (id == ManageAccounts) {
        m_filledFor.reset();
        fillAccounts(); // back to the account chosen before
        emit manageAccountsRequested();
        return;
    }
    m_document->setAccount(id);
    for (const AccountProfile &account : std::as_const(m_accounts)) {
        if (account.id == id && m_document->draft().sender.isEmpty() && !account.defaultSender.isEmpty())
            m_document->setSender(account.defaultSender);
    }
}

void ComposerBar::sync()
{
    const Draft &draft = m_document->draft();
    const QSignalBlocker providerBlocker(m_provider);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(draft.provider)));
    fillAccounts();
    if (m_sender->text() != draft.sender) {
        const QSignalBlocker senderBlocker(m_sender);
        m_sender->setText(draft.sender);
    }
    m_kinds->setProvider(m_document->provider());
    m_kinds->setCurrentKind(Kinds::of(draft.message));
    QStringList senderIssues;
    for (const Issue &issue : m_document->issues()) {
        if (issue.pointer == u"/sender")
            senderIssues << issue.message;
    }
    m_sender->setToolTip(senderIssues.join(u'\n'));
    Theme::setErrorEdge(m_sender, !senderIssues.isEmpty());
}
