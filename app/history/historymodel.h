// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

#include <QAbstractTableModel>
#include <QTimer>

// The history as a table, read a page at a time (fetchMore), filtered and sorted by SQL. Views colour
// and decorate rows by StateRole; the model itself stays in QtCore.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Recipient,
        Kind,
        Provider,
        State,
        MessageId,
        Error,
        Campaign, // the campaign the message is a row of: "name #row"
        SentBy,   // who sent it, and from which desktop (in the tooltip)
        ColumnCount
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        StateRole,
        CampaignRole // the campaign's name alone
    };
    static constexpr int PageSize = 100;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    void setQuery(const HistoryQuery &query);
    const HistoryQuery &query() const { return m_query; }
    // Reads the record again after it changed (an answer, a status event) and updates its row; the store's
    // recordChanged() calls it. At once when it comes alone; those that follow it in the same turn of the
    // event loop (a workspace's receivers' statuses, heard together) are read together, in one query, at
    // its end.
    void refreshRecord(qint64 id);
    // Reads the page again; the store's recordAdded() calls it.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void refreshPending();
    void updateRow(int row, HistoryRecord fresh);

    HistoryStore *m_store;
    HistoryQuery m_query;
    QList<HistoryRecord> m_rows;
    QHash<qint64, int> m_rowOf; // a record's row, by its id
    QList<qint64> m_pending;    // records to read again at the end of this turn
    QTimer m_refreshTimer;
    bool m_more = false;
    QTimer m_reloadTimer;
};
