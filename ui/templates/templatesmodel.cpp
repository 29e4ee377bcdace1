// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesmodel.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString field(const QJsonObject &definition, const QString &key)
{
    return definition.value(key).toString();
}

// Every text a definition shows, for the search: its components' and its cards'.
void collectTexts(const QJsonArray &components, QStringList &out)
{
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        out << component.value(QStringLiteral("text")).toString();
        const QJsonArray buttons = component.value(QStringLiteral("buttons")).toArray();
        for (const QJsonValue &button : buttons)
            out << button.toObject().value(QStringLiteral("text")).toString();
        const QJsonArray cards = component.value(QStringLiteral("cards")).toArray();
        for (const QJsonValue &card : cards)
            collectTexts(card.toObject().value(QStringLiteral("components")).toArray(), out);
    }
}

} // namespace

TemplatesModel::TemplatesModel(QObject *parent) : QAbstractTableModel(parent) {}

void TemplatesModel::setTemplates(const QList<HistoryStore::StoredTemplate> &templates,
                                  const QHash<QString, QString> &accountNames)
{
    beginResetModel();
    m_templates = templates;
    m_accountNames = accountNames;
    m_searchTexts.clear();
    for (const HistoryStore::StoredTemplate &stored : std::as_const(m_templates)) {
        QStringList texts{field(stored.definition, QStringLiteral("name"))};
        collectTexts(stored.definition.value(QStringLiteral("components")).toArray(), texts);
        m_searchTexts.append(texts.join(u'\n'));
    }
    endResetModel();
}

int TemplatesModel::rowOf(const QString &account, const QString &name, const QString &language) const
{
    for (qsizetype i = 0; i < m_templates.size(); ++i) {
        const HistoryStore::StoredTemplate &stored = m_templates.at(i);
        if (stored.account == account && field(stored.definition, QStringLiteral("name")) == name &&
            field(stored.definition, QStringLiteral("language")) == language)
            return int(i);
    }
    return -1;
}

int TemplatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TemplatesModel::statusText(const QJsonObject &definition)
{
    const QString status = field(definition, QStringLiteral("status")).toUpper();
    if (status.isEmpty())
        return tr("Local");
    static const QHash<QString, const char *> words = {
        {QStringLiteral("APPROVED"), QT_TR_NOOP("Approved")}, {QStringLiteral("PENDING"), QT_TR_NOOP("Pending")},
        {QStringLiteral("REJECTED"), QT_TR_NOOP("Rejected")}, {QStringLiteral("PAUSED"), QT_TR_NOOP("Paused")},
        {QStringLiteral("DISABLED"), QT_TR_NOOP("Disabled")}, {QStringLiteral("IN_APPEAL"), QT_TR_NOOP("In appeal")},
    };
    const char *word = words.value(status);
    const QString shown = word ? tr(word) : status;
    const QString reason = field(definition, QStringLiteral("rejected_reason"));
    if (!reason.isEmpty() && reason != u"NONE")
        return tr("%1: %2").arg(shown, reason);
    return shown;
}

QVariant TemplatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const HistoryStore::StoredTemplate &stored = m_templates.at(index.row());
    const QJsonObject &definition = stored.definition;
    switch (role) {
    case DefinitionRole:
        return definition;
    case AccountIdRole:
        return stored.account;
    case SearchTextRole:
        return m_searchTexts.value(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return field(definition, QStringLiteral("name"));
        case Language:
            return field(definition, QStringLiteral("language"));
        case Category:
            return field(definition, QStringLiteral("category")).toUpper();
        case Status:
            return statusText(definition);
        case Quality:
            return definition.value(QStringLiteral("quality_score"))
                .toObject()
                .value(QStringLiteral("score"))
                .toString();
        case Account:
            return stored.account.isEmpty() ? tr("Local library")
                                            : m_accountNames.value(stored.account, stored.account);
        case Updated:
            return QLocale().toString(stored.updated.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Status && !stored.account.isEmpty())
            return tr("As %1 last said it").arg(m_accountNames.value(stored.account, stored.account));
        if (index.column() == Status)
            return tr("Kept on this computer only; not sent to a provider");
        return {};
    default:
        return {};
    }
}

QVariant TemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Language:
        return tr("Language");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Quality:
        return tr("Quality");
    case Account:
        return tr("Account");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

TemplatesFilter::TemplatesFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TemplatesFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void TemplatesFilter::setAccount(const QString &account)
{
    m_account = account;
    invalidateFilter();
}

void TemplatesFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void TemplatesFilter::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

bool TemplatesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QJsonObject definition = index.data(TemplatesModel::DefinitionRole).toJsonObject();
    if (!m_account.isNull() && index.data(TemplatesModel::AccountIdRole).toString() != m_account)
        return false;
    // "LOCAL": kept without a provider's status.
    const QString status = definition.value(QStringLiteral("status")).toString();
    if (!m_status.isEmpty() &&
        (m_status == u"LOCAL" ? !status.isEmpty() : status.compare(m_status, Qt::CaseInsensitive) != 0))
        return false;
    if (!m_category.isEmpty() &&
        definition.value(QStringLiteral("category")).toString().compare(m_category, Qt::CaseInsensitive) != 0)
        return false;
    return m_text.isEmpty() ||
           index.data(TemplatesModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive);
}
