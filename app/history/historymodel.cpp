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
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &HistoryModel::refreshPending);
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
    m_rowOf.clear();
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row).id, int(row));
    m_pending.clear(); // read afresh
    endResetModel();
}

void HistoryModel::refreshRecord(qint64 id)
{
    if (!m_rowOf.contains(id))
        return;
    if (m_refreshTimer.isActive()) {
        m_pending.append(id);
        return;
    }
    m_refreshTimer.start(); // what follows in this turn waits for its end
    if (std::optional<HistoryRecord> fresh = m_store->record(id))
        updateRow(m_rowOf.value(id), *fresh);
}

void HistoryModel::refreshPending()
{
    QList<qint64> ids = std::exchange(m_pending, {});
    std::sort(ids.begin(), ids.end());
    ids.resize(std::unique(ids.begin(), ids.end()) - ids.begin());
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        for (HistoryRecord &fresh : m_store->recordsWithIds(ids.mid(at, 500))) {
            if (const auto row = m_rowOf.constFind(fresh.id); row != m_rowOf.constEnd())
                updateRow(*row, std::move(fresh));
        }
    }
}

void HistoryModel::updateRow(int row, HistoryRecord fresh)
{
    fresh.request.clear(); // a row holds what the table shows
    fresh.response.clear();
    m_rows[row] = std::move(fresh);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
    for (qsizetype i = 0; i < more.size(); ++i)
        m_rowOf.insert(more.at(i).id, int(m_rows.size() + i));
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
