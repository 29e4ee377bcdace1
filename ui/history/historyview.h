// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historyexport.h"

#include <QWidget>

class CampaignReportView;
class HistoryDetails;
class HistoryFilterBar;
class HistoryModel;
class HistoryStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

// The history under the composer: every message sent, newest first, with its state in colour and
// shape; search and filters by state, provider and time (all done in SQL, a page at a time); a details
// pane with the request, the response and the status timeline; and the actions on a message.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(HistoryStore *store, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Rows of the selection, as record ids in table order.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectRecord(qint64 id);

    // Puts the cursor in the search field, its text selected (Edit > Find); a collapsed history opens.
    void focusSearch();
    // Collapsed, the history is a strip (its title, search and filters) and the composer takes the room.
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    // Writes the selected rows, or every row the filters select, to `path`; returns how many.
    qint64 exportTo(const QString &path, HistoryExport::Format format, bool selectedOnly, QString *error = nullptr);
    // A campaign's rows as one: the filter set to it, its report above them.
    void showCampaign(const QString &name);

signals:
    // "Open as new draft": the request body the record was sent with.
    void openRequested(const QByteArray &body, const QString &provider);
    // "Send again": an explicit new send of what this record sent.
    void resendRequested(qint64 id);
    // "Refresh status": ask the provider what became of the message (where it can say).
    void refreshRequested(qint64 id);
    // The Webhooks window, for the requests about record `id`; the trigger, for a callback about it.
    void webhooksRequested(qint64 id);
    void triggerRequested(qint64 id);
    // The conversation with `customer`, a record's recipient.
    void conversationRequested(const QString &customer);
    void collapsedChanged(bool collapsed);

private:
    void applyFilters();
    void showDetails();
    void updateActions();
    void updateEmptyState();
    void exportDialog(HistoryExport::Format format, bool selectedOnly);
    void openCurrent();
    void contextMenu(const QPoint &position);
    void readCampaigns();
    // `campaign`'s report above the rows (none: hidden); the report is made when a campaign is first chosen.
    void showCampaignReport(const QString &campaign);

    HistoryStore *m_store;
    HistoryModel *m_model = nullptr;
    HistoryFilterBar *m_filters = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_collapse = nullptr;
    QWidget *m_body = nullptr; // the table and the details: what collapsing hides
    bool m_collapsed = false;
    int m_expandedHeight = 0; // the height to come back to
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    HistoryDetails *m_details = nullptr;
    qint64 m_keep = 0; // the current record while the model reads its page again
    QAction *m_open = nullptr;
    QAction *m_resend = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_webhooks = nullptr;
    QAction *m_conversation = nullptr;
    QAction *m_trigger = nullptr;
    QAction *m_showCampaign = nullptr;
    CampaignReportView *m_campaign = nullptr; // made when a campaign is first chosen
    QTimer *m_campaignNames = nullptr;
};
