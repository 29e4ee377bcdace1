// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include <QLocale>

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    // The model follows the store itself. New records read the page again, once for all the records
    // added in one turn of the event loop (a send to a thousand recipients is one reload, not a thousand).
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &HistoryModel::reload);
    connect(store, &HistoryStore::recordAdded, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(store, &HistoryStore::recordsChanged, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(store, &HistoryStore::opened, this, &HistoryModel::reload);
    connect(store, &HistoryStore::recordChanged, this, &HistoryModel::refreshRecord);
    reload();
}

void HistoryModel::setQuery(const HistoryQuery &query)
{
    m_query = query;
    reload();
}

void HistoryModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    // No COUNT(*): on a large history it reads every matching row; a full page means there may be more.
    m_rows = m_store->records(m_query, PageSize, 0);
    m_more = m_rows.size() == PageSize;
    endResetModel();
}

void HistoryModel::refreshRecord(qint64 id)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != id)
            continue;
        if (std::optional<HistoryRecord> fresh = m_store->record(id)) {
            fresh->request.clear(); // a row holds what the table shows
            fresh->response.clear();
            m_rows[row] = *fresh;
            emit dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
        return;
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryRecord &record = m_rows.at(index.row());
    if (role == RecordIdRole)
        return record.id;
    if (role == StateRole)
        return QVariant::fromValue(record.state);
    if (role == CampaignRole)
        return record.campaign;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return role == Qt::ToolTipRole ? record.created.toLocalTime().toString(Qt::ISODateWithMs)
                                       : QLocale().toString(record.created.toLocalTime(), QLocale::ShortFormat);
    case Recipient:
        return record.recipient;
    case Kind:
        return record.kind;
    case Provider:
        return record.provider;
    case State:
        return Delivery::name(record.state);
    case MessageId:
        return record.messageId;
    case Error:
        return record.error;
    case Campaign:
        return record.campaign.isEmpty() ? QString() : tr("%1 #%L2").arg(record.campaign).arg(record.campaignRow);
    case SentBy:
        return role == Qt::ToolTipRole && !record.desktop.isEmpty()
                   ? tr("%1, from %2").arg(record.sentBy, record.desktop)
                   : record.sentBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *titles[] = {QT_TR_NOOP("Time"),     QT_TR_NOOP("Recipient"), QT_TR_NOOP("Kind"),
                                   QT_TR_NOOP("Provider"), QT_TR_NOOP("Status"),    QT_TR_NOOP("Message id"),
                                   QT_TR_NOOP("Error"),    QT_TR_NOOP("Campaign"),  QT_TR_NOOP("Sent by")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<HistoryRecord> more = m_store->records(m_query, PageSize, int(m_rows.size()));
    m_more = more.size() == PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    // Each column sorts by the key of the same place in HistoryQuery::Sort.
    static_assert(int(Time) == int(HistoryQuery::Sort::Time) && int(Error) == int(HistoryQuery::Sort::Error) &&
                  int(Campaign) == int(HistoryQuery::Sort::Campaign) && int(SentBy) == int(HistoryQuery::Sort::SentBy));
    // The rows are in this order already (a view asks once when sorting is switched on, and again for its
    // first column): no second read of the page.
    if (m_query.sort == HistoryQuery::Sort(column) && m_query.descending == (order == Qt::DescendingOrder))
        return;
    m_query.sort = HistoryQuery::Sort(column);
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}
