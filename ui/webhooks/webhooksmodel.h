// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/webhooklog.h"

#include <QAbstractTableModel>
#include <QTimer>

class HistoryStore;

// The requests the webhook receiver kept, newest first, as the query selects them (bodies left out: the
// details read the one shown). Live: what the receiver keeps appears within a moment, the list read again
// at most a few times a second however fast callbacks come.
class WebhooksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Provider,
        Request,
        Status,
        Verdict,
        Events,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 1000;

    explicit WebhooksModel(HistoryStore *history, QObject *parent = nullptr);

    void setQuery(const WebhookQuery &query);
    WebhookQuery query() const { return m_query; }
    // Reads the list again now.
    void reload();

    const WebhookRecord &at(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;
    // What its events did, in one line ("2 events: delivered (updated), read (unmatched)").
    static QString eventsSummary(const WebhookRecord &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    // The list was read again (rows may have moved).
    void reloaded();

private:
    HistoryStore *m_history;
    WebhookQuery m_query;
    QList<WebhookRecord> m_records;
    QTimer m_reloadTimer;
};
