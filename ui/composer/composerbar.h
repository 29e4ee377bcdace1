// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"

#include <QWidget>
#include <optional>

class DraftDocument;
class KindPicker;
class QComboBox;
class QLineEdit;
class RecipientsEdit;

// The bar above the form: provider, account, message kind, sender and recipients, each showing what
// the draft has and writing what is chosen back to it.
class ComposerBar : public QWidget
{
    Q_OBJECT

public:
    explicit ComposerBar(DraftDocument *document, QWidget *parent = nullptr);
    QLineEdit *sender() const { return m_sender; }
    RecipientsEdit *recipients() const { return m_recipients; }
    QComboBox *accountBox() const { return m_account; }
    // Puts `widget` at the end of the recipients' row (the Send button).
    void addTrailingWidget(QWidget *widget);
    // The accounts to choose from; the combo lists those of the draft's provider.
    void setAccounts(const QList<AccountProfile> &accounts);

signals:
    void kindChosen(const QString &kind);
    void manageAccountsRequested();

private:
    // Provider, sender and kind as the draft has them.
    void sync();
    void fillAccounts();
    void chooseAccount(int index);

    DraftDocument *m_document;
    QComboBox *m_provider = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_sender = nullptr;
    KindPicker *m_kinds = nullptr;
    RecipientsEdit *m_recipients = nullptr;
    QList<AccountProfile> m_accounts;
    std::optional<std::pair<QString, QString>> m_filledFor; // the provider and account the list was filled for
    class QHBoxLayout *m_toRow = nullptr;
};
