// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTreeWidget;

// What became of a campaign's rows, as their statuses arrive: how many are in each state, and the
// failures grouped by error code, each code in the provider's plain words.
class CampaignReportView : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignReportView(HistoryStore *history, QWidget *parent = nullptr);
    // One line, the failures in it too (above the history's rows), or the failures in a table of their own.
    void setCompact(bool compact);

    void setCampaign(const QString &name, const QString &provider);
    QString campaign() const { return m_campaign; }
    // Reads the report again now; the history's changes ask for it a moment later by themselves.
    void refresh();
    const CampaignReport &report() const { return m_report; }
    // The report as words: "1,000 rows: 950 read, 40 delivered, 10 failed".
    QString summary() const;

signals:
    // The report was read again.
    void refreshed();

private:
    HistoryStore *m_history;
    QString m_campaign;
    QString m_provider;
    CampaignReport m_report;
    QLabel *m_states;
    QTreeWidget *m_failures;
    QTimer m_later;
    bool m_compact = false;
};
