// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/webhooklog.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QToolButton;
class WebhooksModel;
class Workbench;

// The webhook inspector: every request the receiver kept, live, filtered by provider, verdict, path and
// text; the one selected whole (headers, the body pretty-printed, the verdict and why, the events it
// produced with links to their messages in the history, and what the person's own handler answered when
// it was forwarded); and the tools: replay into the receiver or to a URL (with its headers, or re-signed),
// trigger a realistic callback, and try Meta's verification handshake against the receiver.
class WebhooksWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit WebhooksWindow(Workbench *workbench, QWidget *parent = nullptr);

    // Only the requests whose events touched history row `record` (0: all of them).
    void showRecord(qint64 record);
    void select(qint64 id);
    QTableView *table() const { return m_table; }
    // Replays the selected request into the receiver.
    void replaySelected();
    // Asks the receiver for Meta's subscription check, as Meta makes it, and says what came back.
    void tryMetaCheck();
    // Opens the trigger dialog, for the message of history row `record` when one is given.
    void showTrigger(qint64 record = 0);

signals:
    // The person asks to see history row `record` in the main window.
    void historyRecordRequested(qint64 record);

private:
    QWidget *buildFilters();
    QWidget *buildDetails();
    void applyFilters();
    void showSelected();
    void updateEmptyState();
    void replayTo();
    void say(const QString &text);
    qint64 selectedId() const;

    Workbench *m_workbench;
    WebhooksModel *m_model;
    QNetworkAccessManager *m_network;
    QTableView *m_table = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_recordChip = nullptr;
    QLabel *m_recordLabel = nullptr;
    qint64 m_record = 0;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_links = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPushButton *m_replay = nullptr;
    QPushButton *m_replayTo = nullptr;
    qint64 m_shown = 0;
};
