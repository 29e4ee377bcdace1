// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignreportview.h"

#include "providers/provider.h"
#include "providers/registry.h"

#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

CampaignReportView::CampaignReportView(HistoryStore *history, QWidget *parent) : QWidget(parent), m_history(history)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_states = new QLabel(this);
    m_states->setObjectName(QStringLiteral("campaignStatesLabel"));
    m_states->setWordWrap(true);
    m_states->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures = new QTreeWidget(this);
    m_failures->setObjectName(QStringLiteral("campaignFailuresTree"));
    m_failures->setRootIsDecorated(false);
    m_failures->setHeaderLabels({tr("Rows"), tr("Code"), tr("What it means")});
    m_failures->header()->setStretchLastSection(true);
    m_failures->setWordWrap(true);
    m_failures->setAccessibleName(tr("Failures by error code"));
    layout->addWidget(m_states);
    layout->addWidget(m_failures, 1);
    // Statuses come in bursts: the report is read once for each burst.
    m_later.setSingleShot(true);
    m_later.setInterval(400);
    connect(&m_later, &QTimer::timeout, this, &CampaignReportView::refresh);
    const auto soon = [this] {
        if (!m_campaign.isEmpty() && !m_later.isActive())
            m_later.start();
    };
    connect(history, &HistoryStore::recordAdded, this, soon);
    connect(history, &HistoryStore::recordChanged, this, soon);
    connect(history, &HistoryStore::recordsChanged, this, soon);
}

void CampaignReportView::setCompact(bool compact)
{
    m_compact = compact;
    m_states->setWordWrap(!compact);
    refresh();
}

void CampaignReportView::setCampaign(const QString &name, const QString &provider)
{
    m_campaign = name;
    m_provider = provider;
    refresh();
}

QString CampaignReportView::summary() const
{
    // The states in the order a message goes through them.
    static const QStringList order{
        QStringLiteral("queued"),   QStringLiteral("rate limited"), QStringLiteral("sending"),
        QStringLiteral("accepted"), QStringLiteral("sent"),         QStringLiteral("delivered"),
        QStringLiteral("read"),     QStringLiteral("played"),       QStringLiteral("rejected"),
        QStringLiteral("failed"),   QStringLiteral("unknown")};
    QStringList parts;
    for (const QString &state : order) {
        if (const int n = m_report.states.value(state))
            parts << tr("%L1 %2").arg(n).arg(state);
    }
    for (auto it = m_report.states.constBegin(); it != m_report.states.constEnd(); ++it) {
        if (!order.contains(it.key()) && it.value() > 0)
            parts << tr("%L1 %2").arg(it.value()).arg(it.key());
    }
    if (m_report.rows == 0)
        return tr("No row is on record yet.");
    return tr("%n row(s) on record: %1", nullptr, m_report.rows).arg(parts.join(QStringLiteral(", ")));
}

void CampaignReportView::refresh()
{
    m_failures->clear();
    if (m_campaign.isEmpty()) {
        m_report = {};
        m_states->clear();
        return;
    }
    QString why;
    const std::optional<CampaignReport> report = m_history->campaignReport(m_campaign, &why);
    if (!report) {
        m_states->setText(tr("The report cannot be read: %1").arg(why));
        return;
    }
    m_report = *report;
    QString text = summary();
    // "131047: Re-engagement message" is code 131047; the provider's words for it where it has them.
    static const QRegularExpression coded(QStringLiteral("^([A-Za-z0-9_-]{2,24}): (.*)$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const Provider *provider = Providers::find(m_provider);
    QStringList failures;
    for (const auto &[error, count] : std::as_const(m_report.failures)) {
        QString code;
        QString words = error;
        if (const QRegularExpressionMatch match = coded.match(error); match.hasMatch()) {
            code = match.captured(1);
            const QString known = provider ? provider->describeCode(code) : QString();
            words = known.isEmpty() ? match.captured(2) : known;
        }
        auto *item = new QTreeWidgetItem(m_failures, {QLocale().toString(count), code, words});
        item->setToolTip(2, error);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        failures << tr("%1 × %L2").arg(code.isEmpty() ? words : code).arg(count);
    }
    if (m_compact && !failures.isEmpty())
        text += tr(" · failures: %1").arg(failures.join(QStringLiteral(", ")));
    m_states->setText(text);
    m_states->setToolTip(m_compact ? summary() + u'\n' + failures.join(u'\n') : QString());
    m_failures->setVisible(!m_compact && !m_report.failures.isEmpty());
    m_failures->resizeColumnToContents(0);
    m_failures->resizeColumnToContents(1);
    emit refreshed();
}
