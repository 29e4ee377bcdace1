// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QTimer;

// The history's search and filters: text (searched a moment after typing stops, or on Return), state
// (Problems is failed, rejected or unknown), provider, time and campaign. changed() when any changes.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryFilterBar(QWidget *parent = nullptr);

    // `query` with this bar's search and filters.
    HistoryQuery applied(HistoryQuery query) const;
    // Puts the cursor in the search field, its text selected (Edit > Find).
    void focusSearch();
    // A widget at the bar's end (the export button).
    void addTrailingWidget(QWidget *widget);
    void addLeadingWidget(QWidget *widget);
    // The campaigns the campaign filter offers (the one chosen stays chosen), and choosing one ("": any).
    void setCampaigns(const QStringList &names);
    void chooseCampaign(const QString &name);
    QString campaign() const;

signals:
    void changed();

private:
    QHBoxLayout *m_layout;
    QLineEdit *m_search;
    QComboBox *m_state;
    QComboBox *m_provider;
    QComboBox *m_period;
    QComboBox *m_campaign;
    QTimer *m_searchDelay;
};
