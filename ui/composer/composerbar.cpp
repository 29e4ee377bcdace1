// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerbar.h"

#include "document/draftdocument.h"
#include "kindpicker.h"
#include "message/kinds.h"
#include "providers/provider.h"
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
    m_account->addItem(tr("No account (previews only)"));
    m_account->setToolTip(tr("Accounts are set up in Settings once sending is available; the Sandbox needs none."));
    m_sender = new QLineEdit(this);
    m_sender->setObjectName(QStringLiteral("senderLineEdit"));
    m_sender->setAccessibleName(tr("Sender number"));
    m_sender->setPlaceholderText(tr("Sender, e.g. +919876500001"));
    m_kinds = new KindPicker(this);
    top->addWidget(m_provider);
    top->addWidget(new QLabel(tr("Account"), this));
    top->addWidget(m_account);
    top->addWidget(new QLabel(tr("Message"), this));
    top->addWidget(m_kinds, 1);
    form->addRow(tr("Provider"), top);
    form->addRow(tr("From"), m_sender);
    m_recipients = new RecipientsEdit(m_document, this);
    form->addRow(tr("To"), m_recipients);

    connect(m_provider, &QComboBox::activated, this,
            [this] { m_document->setProvider(m_provider->currentData().toString()); });
    connect(m_sender, &QLineEdit::textEdited, m_document, &DraftDocument::setSender);
    connect(m_kinds, &KindPicker::kindChosen, this, &ComposerBar::kindChosen);
    connect(m_document, &DraftDocument::changed, this, &ComposerBar::sync);
    sync();
}

void ComposerBar::sync()
{
    const Draft &draft = m_document->draft();
    const QSignalBlocker providerBlocker(m_provider);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(draft.provider)));
    if (m_sender->text() != draft.sender) {
        const QSignalBlocker senderBlocker(m_sender);
        m_sender->setText(draft.sender);
    }
    m_kinds->setCurrentKind(Kinds::of(draft.message));
    QStringList senderIssues;
    for (const Issue &issue : m_document->issues()) {
        if (issue.pointer == u"/sender")
            senderIssues << issue.message;
    }
    m_sender->setToolTip(senderIssues.join(u'\n'));
    m_sender->setStyleSheet(senderIssues.isEmpty() ? QString()
                                                   : QStringLiteral("QLineEdit { border: 1px solid #d32f2f; }"));
}
