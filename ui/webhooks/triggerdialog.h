// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class Workbench;

// A realistic callback on demand (`wabench trigger` in the window): which provider, which event (those a
// provider does not document are shown and disabled, saying why), the message it is about or answers, the
// customer, a failure code from the provider's tables, and where to (Wabench's receiver, or the person's
// own handler). It says how it is signed (Telnyx: with Wabench's test key, shown for the handler to trust)
// and what came back.
class TriggerDialog : public QDialog
{
    Q_OBJECT

public:
    TriggerDialog(Workbench *workbench, QNetworkAccessManager *network, QWidget *parent = nullptr);

    // About the message of history row `record`: its provider, id and recipient.
    void setMessage(qint64 record);
    void setProvider(const QString &provider);
    void setEvent(const QString &event);
    void trigger();

signals:
    // What was sent and what came back, in one line.
    void sent(const QString &summary);

private:
    void fillEvents();
    void updateFields();
    void say(QLabel *label, const QString &text);

    Workbench *m_workbench;
    QNetworkAccessManager *m_network;
    QComboBox *m_provider;
    QComboBox *m_event;
    QLineEdit *m_messageId;
    QLineEdit *m_recipient;
    QComboBox *m_error;
    QLineEdit *m_text;
    QComboBox *m_target;
    QLineEdit *m_url;
    QLabel *m_note;
    QLabel *m_result;
    QPushButton *m_send;
};
