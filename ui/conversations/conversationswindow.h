// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phone/phonescene.h"

#include <QMainWindow>
#include <QTimer>

class ConversationCanvas;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QToolButton;
class Workbench;

// Conversations: a customer chosen from those the history knows (searched by number or id, or from a
// history row), and the conversation with them as their phone shows it (PhoneConversation): what was sent
// and what they sent back, replies quoting the message they answer, in time order, with the 24-hour window
// open until when or closed since when. Live: what is sent or received appears as it is recorded. A
// customer who asks to be forgotten is erased from the history from here.
class ConversationsWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ConversationsWindow(Workbench *workbench, QWidget *parent = nullptr);

    void showCustomer(const QString &customer);
    QString customer() const { return m_customer; }
    const PhoneScene &scene() const { return m_scene; }
    QListWidget *customerList() const { return m_list; }
    // Everything the history holds about the customer shown (messages both ways, their statuses, the raw
    // webhooks about them), erased once the person confirms; false when nothing was (declined, or failed).
    bool eraseCustomer();

signals:
    // The person clicked a message the business sent: its row in the history.
    void historyRecordRequested(qint64 record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void readCustomers();
    void readConversation();

    Workbench *m_workbench;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_header;
    QToolButton *m_erase;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    ConversationCanvas *m_canvas;
    QString m_customer;
    PhoneScene m_scene;
    QTimer m_reload; // what the history records arrives in bursts: read again once it settles
};
