// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksmodel.h"

#include "history/historystore.h"
#include "ui/history/statestyle.h"

#include <QJsonObject>
#include <QLocale>

WebhooksModel::WebhooksModel(HistoryStore *history, QObject *parent) : QAbstractTableModel(parent), m_history(history)
{
    // What the receiver keeps arrives in bursts: read again once a burst has passed, at most five times a second.
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(200);
    connect(&m_reloadTimer, &QTimer::timeout, this, &WebhooksModel::reload);
    connect(history, &HistoryStore::webhookRecorded, this, [this] {
        if (!m_reloadTimer.isActive())
            m_reloadTimer.start();
    });
    reload();
}

void WebhooksModel::setQuery(const WebhookQuery &query)
{
    m_query = query;
    reload();
}

void WebhooksModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    m_records = m_history->webhooks(m_query, PageSize, 0, HistoryStore::Bodies::Left);
    endResetModel();
    emit reloaded();
}

int WebhooksModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

QString WebhooksModel::eventsSummary(const WebhookRecord &record)
{
    QStringList parts;
    for (const QJsonValue &each : record.outcome) {
        const QJsonObject outcome = each.toObject();
        const QString kind = outcome.value(QStringLiteral("kind")).toString();
        const QString what = kind == u"inbound"
                                 ? tr("customer's %1").arg(outcome.value(QStringLiteral("type")).toString())
                             : kind == u"template" ? tr("template %1 %2")
                                                         .arg(outcome.value(QStringLiteral("name")).toString(),
                                                              outcome.value(QStringLiteral("status")).toString())
                                                   : outcome.value(QStringLiteral("status")).toString();
        parts << tr("%1 (%2)").arg(what, outcome.value(QStringLiteral("result")).toString());
    }
    return parts.join(QStringLiteral(", "));
}

int WebhooksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int WebhooksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WebhooksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const WebhookRecord &record = m_records.at(index.row());
    if (role == IdRole)
        return record.id;
    if (role == Qt::ToolTipRole && index.column() == Verdict && !record.reason.isEmpty())
        return record.reason;
    if (role == Qt::ForegroundRole && index.column() == Verdict) {
        if (record.verdict == WebhookVerdict::Refused || record.verdict == WebhookVerdict::NotStored)
            return StateStyle::colour(DeliveryStatus::Failed);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(record.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Provider:
        return record.provider;
    case Request:
        return QString(QString::fromLatin1(record.method) + u' ' + QString::fromUtf8(record.target));
    case Status:
        return record.status == 0 ? QString() : QString::number(record.status);
    case Verdict: {
        QString label = WebhookVerdicts::label(record.verdict);
        if (record.replayOf != 0)
            label = tr("%1 (replay of %2)").arg(label).arg(record.replayOf);
        return record.reason.isEmpty() ? label : tr("%1: %2").arg(label, record.reason);
    }
    case Events:
        return eventsSummary(record);
    default:
        return {};
    }
}

QVariant WebhooksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Provider:
        return tr("Provider");
    case Request:
        return tr("Request");
    case Status:
        return tr("Answer");
    case Verdict:
        return tr("Verdict");
    case Events:
        return tr("Events");
    default:
        return {};
    }
}
