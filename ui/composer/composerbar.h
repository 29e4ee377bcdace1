// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

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

signals:
    void kindChosen(const QString &kind);

private:
    // Provider, sender and kind as the draft has them.
    void sync();

    DraftDocument *m_document;
    QComboBox *m_provider = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_sender = nullptr;
    KindPicker *m_kinds = nullptr;
    RecipientsEdit *m_recipients = nullptr;
};
