// SPDX-License-Identifier: GPL-3.0-or-later
// The history view's campaigns: the filter's names, and a chosen campaign's report above its rows.
#include "historyfilterbar.h"
#include "historyview.h"

#include "history/historymodel.h"
#include "history/historystore.h"
#include "ui/lists/campaignreportview.h"

#include <QBoxLayout>
#include <QTableView>

void HistoryView::showCampaignReport(const QString &campaign)
{
    if (!m_campaign && campaign.isEmpty())
        return; // made when a campaign is first chosen: the window's start builds nothing it does not show
    if (!m_campaign) {
        m_campaign = new CampaignReportView(m_store, this);
        m_campaign->setObjectName(QStringLiteral("historyCampaignReport"));
        m_campaign->setCompact(true);
        m_campaign->hide();
        auto *column = static_cast<QBoxLayout *>(layout());
        column->insertWidget(column->indexOf(m_filters) + 1, m_campaign);
        // Tab reaches it where it stands, between the filters and the rows (made last, it came last).
        QWidget *before = m_table->previousInFocusChain();
        const QList<QWidget *> parts = m_campaign->findChildren<QWidget *>();
        for (QWidget *part : parts) {
            if (part->focusPolicy() & Qt::TabFocus) {
                QWidget::setTabOrder(before, part);
                before = part;
            }
        }
        QWidget::setTabOrder(before, m_table);
    }
    if (campaign != m_campaign->campaign()) {
        const std::optional<Campaign> chosen = campaign.isEmpty() ? std::nullopt : m_store->campaign(campaign);
        m_campaign->setCampaign(campaign, chosen ? chosen->provider : QString());
    }
    m_campaign->setVisible(!campaign.isEmpty() && !m_collapsed);
}

void HistoryView::readCampaigns()
{
    const QStringList names = m_store->campaignNames();
    m_filters->setCampaigns(names);
    m_table->setColumnHidden(HistoryModel::Campaign, names.isEmpty());
}

void HistoryView::showCampaign(const QString &name)
{
    if (name.isEmpty())
        return;
    setCollapsed(false);
    readCampaigns();
    m_filters->chooseCampaign(name);
    applyFilters();
}
