// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

// The template definitions kept with the history, one row each: the local library's and every account's.
class TemplatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Language,
        Category,
        Status,
        Quality,
        Account,
        Updated,
        ColumnCount
    };
    enum Role
    {
        DefinitionRole = Qt::UserRole, // the definition (QJsonObject)
        AccountIdRole,                 // "" for the local library
        SearchTextRole,                // the name and every text of the definition, for the search
    };

    explicit TemplatesModel(QObject *parent = nullptr);

    // `accountNames`: each account's name by id (an account since removed shows its id).
    void setTemplates(const QList<HistoryStore::StoredTemplate> &templates,
                      const QHash<QString, QString> &accountNames);
    const HistoryStore::StoredTemplate &at(int row) const { return m_templates.at(row); }
    // The row of the definition of `name` and `language` kept for `account`, or -1.
    int rowOf(const QString &account, const QString &name, const QString &language) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A definition's status as people read it ("Rejected: INVALID_FORMAT"), "Local" without one.
    static QString statusText(const QJsonObject &definition);

private:
    QList<HistoryStore::StoredTemplate> m_templates;
    QHash<QString, QString> m_accountNames;
    QStringList m_searchTexts;
};

// The rows the Templates window's search and filters let through.
class TemplatesFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TemplatesFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    // Empty: every one. `account` "" is the local library; a null string, any.
    void setAccount(const QString &account);
    void setStatus(const QString &status);
    void setCategory(const QString &category);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_account;
    QString m_status;
    QString m_category;
};
