// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfilterbar.h"

#include "providers/provider.h"
#include "providers/registry.h"
#include "statestyle.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_search(new QLineEdit(this)), m_state(new QComboBox(this)),
      m_provider(new QComboBox(this)), m_period(new QComboBox(this)), m_campaign(new QComboBox(this)),
      m_searchDelay(new QTimer(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(Theme::boldLabel(tr("History"), this));
    m_search->setObjectName(QStringLiteral("historySearchLineEdit"));
    m_search->setPlaceholderText(tr("Search recipient, message id, kind or error"));
    m_search->setClearButtonEnabled(true);
    m_layout->addWidget(m_search, 1);

    m_state->setObjectName(QStringLiteral("historyStateComboBox"));
    m_state->setAccessibleName(tr("Status"));
    m_state->setToolTip(tr("Show messages in this state; Problems is failed, rejected or unknown"));
    m_state->addItem(tr("Any status"));
    m_state->addItem(StateStyle::icon(DeliveryStatus::Failed), tr("Problems"),
                     QVariant::fromValue(QList<DeliveryStatus>{DeliveryStatus::Failed, DeliveryStatus::Rejected,
                                                               DeliveryStatus::Unknown}));
    for (const DeliveryStatus state :
         {DeliveryStatus::Sending, DeliveryStatus::Accepted, DeliveryStatus::Sent, DeliveryStatus::Delivered,
          DeliveryStatus::Read, DeliveryStatus::Failed, DeliveryStatus::Rejected, DeliveryStatus::Unknown})
        m_state->addItem(StateStyle::icon(state), StateStyle::label(state),
                         QVariant::fromValue(QList<DeliveryStatus>{state}));
    m_layout->addWidget(m_state);

    m_provider->setObjectName(QStringLiteral("historyProviderComboBox"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("Any provider"));
    for (const Provider *provider : Providers::all())
        m_provider->addItem(provider->displayName(), provider->id());
    m_layout->addWidget(m_provider);

    m_period->setObjectName(QStringLiteral("historyPeriodComboBox"));
    m_period->setAccessibleName(tr("Time"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 86400);
    m_period->addItem(tr("Last 7 days"), 7 * 86400);
    m_period->addItem(tr("Last 30 days"), 30 * 86400);
    m_layout->addWidget(m_period);

    // Shown once there is a campaign: the rows of one list send together.
    m_campaign->setObjectName(QStringLiteral("historyCampaignComboBox"));
    m_campaign->setAccessibleName(tr("Campaign"));
    m_campaign->setToolTip(tr("Show the rows of one campaign (a draft sent to a list)"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaign->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    m_campaign->addItem(tr("Any campaign"), QString());
    m_campaign->hide();
    m_layout->addWidget(m_campaign);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryFilterBar::changed);
    for (QComboBox *box : {m_state, m_provider, m_period, m_campaign})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
}

HistoryQuery HistoryFilterBar::applied(HistoryQuery query) const
{
    query.search = m_search->text();
    query.states = m_state->currentData().value<QList<DeliveryStatus>>();
    query.provider = m_provider->currentData().toString();
    const int seconds = m_period->currentData().toInt();
    query.from = seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-seconds) : QDateTime();
    query.campaign = campaign();
    return query;
}

void HistoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryFilterBar::addTrailingWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void HistoryFilterBar::addLeadingWidget(QWidget *widget)
{
    m_layout->insertWidget(0, widget);
}

void HistoryFilterBar::setCampaigns(const QStringList &names)
{
    const QString chosen = campaign();
    QStringList shown;
    for (int i = 1; i < m_campaign->count(); ++i)
        shown << m_campaign->itemData(i).toString();
    if (shown != names) {
        const QSignalBlocker blocker(m_campaign);
        while (m_campaign->count() > 1)
            m_campaign->removeItem(1);
        for (const QString &name : names)
            m_campaign->addItem(name, name);
        m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(chosen)));
    }
    m_campaign->setVisible(m_campaign->count() > 1);
    if (campaign() != chosen)
        emit changed();
}

void HistoryFilterBar::chooseCampaign(const QString &name)
{
    int index = m_campaign->findData(name);
    if (index < 0 && !name.isEmpty()) {
        m_campaign->addItem(name, name);
        index = m_campaign->count() - 1;
    }
    m_campaign->setVisible(m_campaign->count() > 1);
    m_campaign->setCurrentIndex(std::max(0, index));
}

QString HistoryFilterBar::campaign() const
{
    return m_campaign->currentData().toString();
}
