// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"
#include "ui/filelocations.h"

#include "history/historymodel.h"
#include "history/historystore.h"
#include "historydetails.h"
#include "historyfilterbar.h"
#include "message/jsondocument.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "statestyle.h"
#include "ui/lists/campaignreportview.h"
#include "ui/wrappedlabel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <numeric>

namespace {

// The model's rows as the table shows them: the state with its icon and colour, times right-aligned.
class StyledHistory final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == HistoryModel::State) {
            const auto state = QIdentityProxyModel::data(index, HistoryModel::StateRole).value<DeliveryStatus>();
            if (role == Qt::DecorationRole)
                return StateStyle::icon(state);
            if (role == Qt::ToolTipRole)
                return StateStyle::describe(state);
            if (role == Qt::DisplayRole)
                return StateStyle::label(state);
        }
        if (index.column() == HistoryModel::Kind && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
            // "Reply buttons" where the store has "interactive.button" (the id stays in the tooltip).
            const QString id = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            const MessageKind *kind = Kinds::find(id);
            if (kind && role == Qt::DisplayRole)
                return kind->label;
            return id;
        }
        if (index.column() == HistoryModel::Provider && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
            // "Meta Cloud API" where the store has "meta" (the id stays in the tooltip).
            const QString id = QIdentityProxyModel::data(index, Qt::DisplayRole).toString();
            const Provider *provider = Providers::find(id);
            return provider && role == Qt::DisplayRole ? provider->displayName() : id;
        }
        if (index.column() == HistoryModel::Error && role == Qt::ForegroundRole) {
            const auto state = QIdentityProxyModel::data(index, HistoryModel::StateRole).value<DeliveryStatus>();
            if (state == DeliveryStatus::Failed || state == DeliveryStatus::Rejected ||
                state == DeliveryStatus::Unknown)
                return StateStyle::colour(state);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

HistoryView::HistoryView(HistoryStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("historyView"));
    auto *layout = new QVBoxLayout(this);
    // Lined up with the composer above it (whose layout has the style's margins), flush top and bottom.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, 0, margin, 0);

    // Made in the order Tab visits them, which is their order on screen: the arrow that collapses the
    // history, the filters, then Export.
    m_collapse = new QToolButton(this);
    m_collapse->setObjectName(QStringLiteral("historyCollapseToolButton"));
    m_collapse->setAutoRaise(true);
    m_collapse->setArrowType(Qt::DownArrow);
    m_collapse->setAccessibleName(tr("Collapse the history"));
    m_collapse->setToolTip(tr("Collapse the history to this strip, or open it again (Ctrl+H)"));
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    m_filters = new HistoryFilterBar(this);
    connect(m_filters, &HistoryFilterBar::changed, this, &HistoryView::applyFilters);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("historyExportToolButton"));
    m_export->setText(tr("Export"));
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Selected Rows as CSV…"), this,
                          [this] { exportDialog(HistoryExport::Format::Csv, true); });
    exportMenu->addAction(tr("Selected Rows as JSON…"), this,
                          [this] { exportDialog(HistoryExport::Format::Json, true); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Every Row Shown as CSV…"), this,
                          [this] { exportDialog(HistoryExport::Format::Csv, false); });
    exportMenu->addAction(tr("Every Row Shown as JSON…"), this,
                          [this] { exportDialog(HistoryExport::Format::Json, false); });
    m_export->setMenu(exportMenu);
    m_filters->addTrailingWidget(m_export);
    m_filters->addLeadingWidget(m_collapse);
    layout->addWidget(m_filters);
    // A campaign chosen in the filters is shown as one: its report over its rows (made when first chosen).

    m_model = new HistoryModel(store, this);
    auto *styled = new StyledHistory(this);
    styled->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setModel(styled);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    // Newest first, as the model reads them: switching sorting on then asks for the order the rows are in.
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::Time, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(HistoryModel::Time, m_table->fontMetrics().horizontalAdvance(sampleTime) + 2 * em);
    m_table->setColumnWidth(HistoryModel::Recipient,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("+919876543210")) + 2 * em);
    m_table->setColumnWidth(HistoryModel::Kind, 9 * em);
    int providerWidth = 0;
    for (const Provider *provider : Providers::all())
        providerWidth = std::max(providerWidth, m_table->fontMetrics().horizontalAdvance(provider->displayName()));
    m_table->setColumnWidth(HistoryModel::Provider, providerWidth + 2 * em);
    m_table->setColumnWidth(HistoryModel::State,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("delivered")) + 4 * em);
    m_table->setColumnWidth(HistoryModel::MessageId, 12 * em);
    m_table->setColumnWidth(HistoryModel::Error, 24 * em);

    m_empty = new WrappedLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    // The details are built when a message is first chosen; until then a line says what they will show.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("historyDetailsSplitter"));
    split->addWidget(m_stack);
    auto *placeholder = new WrappedLabel(HistoryDetails::nothingChosen(), split);
    placeholder->setObjectName(QStringLiteral("historyDetailsPlaceholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    placeholder->setMargin(8);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_body = split;
    layout->addWidget(split, 1);

    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open as New Draft"), this);
    m_open->setObjectName(QStringLiteral("historyOpenAction"));
    m_resend = new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send Again…"), this);
    m_resend->setObjectName(QStringLiteral("historyResendAction"));
    m_resend->setToolTip(tr("Send this message again, as a new message with a record of its own"));
    m_copyId = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy Message Id"), this);
    m_copyId->setObjectName(QStringLiteral("historyCopyIdAction"));
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh Status"), this);
    m_refresh->setObjectName(QStringLiteral("historyRefreshAction"));
    m_refresh->setToolTip(tr("Ask the provider what became of this message (Telnyx answers; the others call back)"));
    m_showCampaign = new QAction(tr("Show Its Campaign"), this);
    m_showCampaign->setObjectName(QStringLiteral("historyShowCampaignAction"));
    m_showCampaign->setToolTip(tr("Show every row of the campaign this message is a row of"));
    connect(m_showCampaign, &QAction::triggered, this,
            [this] { showCampaign(m_table->currentIndex().data(HistoryModel::CampaignRole).toString()); });
    m_webhooks = new QAction(tr("Its Webhook Requests"), this);
    m_webhooks->setObjectName(QStringLiteral("historyWebhooksAction"));
    m_webhooks->setToolTip(tr("The callbacks the receiver got about this message, raw, in the Webhooks window"));
    m_conversation = new QAction(tr("Conversation With This Customer"), this);
    m_conversation->setObjectName(QStringLiteral("historyConversationAction"));
    m_conversation->setToolTip(tr("What was sent to this customer and what they sent back, as their phone shows it"));
    connect(m_conversation, &QAction::triggered, this, [this] {
        if (const std::optional<HistoryRecord> record = currentId() ? m_store->record(currentId()) : std::nullopt)
            emit conversationRequested(record->recipient);
    });
    m_trigger = new QAction(tr("Trigger a Callback…"), this);
    m_trigger->setObjectName(QStringLiteral("historyTriggerAction"));
    m_trigger->setToolTip(tr("Send a realistic status callback about this message, as its provider would"));
    connect(m_webhooks, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit webhooksRequested(id);
    });
    connect(m_trigger, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit triggerRequested(id);
    });
    m_table->addActions({m_open, m_resend, m_copyId, m_refresh, m_showCampaign, m_conversation, m_webhooks, m_trigger});
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit refreshRequested(id);
    });
    connect(m_open, &QAction::triggered, this, &HistoryView::openCurrent);
    connect(m_resend, &QAction::triggered, this, [this] {
        if (const qint64 id = currentId())
            emit resendRequested(id);
    });
    connect(m_copyId, &QAction::triggered, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        QApplication::clipboard()->setText(index.siblingAtColumn(HistoryModel::MessageId).data().toString());
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &HistoryView::contextMenu);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openCurrent);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateEmptyState);
    // The model follows the store; the row the person was on stays theirs when the page is read again,
    // and its details follow its changes.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectRecord(m_keep);
        // A filter that hides the row shown leaves nothing chosen: the details say so, not the hidden row.
        if (currentId() == 0)
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_model->data(topLeft, HistoryModel::RecordIdRole).toLongLong() == currentId())
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateEmptyState);
    // The campaigns the filter offers, read again a moment after messages are added.
    m_campaignNames = new QTimer(this);
    m_campaignNames->setSingleShot(true);
    m_campaignNames->setInterval(1000);
    connect(m_campaignNames, &QTimer::timeout, this, &HistoryView::readCampaigns);
    connect(store, &HistoryStore::recordAdded, m_campaignNames, [this] {
        if (!m_campaignNames->isActive())
            m_campaignNames->start();
    });
    readCampaigns();
    updateEmptyState();
    updateActions();
    showDetails();
}

void HistoryView::applyFilters()
{
    const qint64 keep = currentId();
    m_model->setQuery(m_filters->applied(m_model->query()));
    showCampaignReport(m_model->query().campaign);
    selectRecord(keep);
}

void HistoryView::focusSearch()
{
    setCollapsed(false);
    m_filters->focusSearch();
}

void HistoryView::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    if (collapsed)
        m_expandedHeight = height();
    m_body->setVisible(!collapsed);
    if (m_campaign)
        m_campaign->setVisible(!collapsed && !m_model->query().campaign.isEmpty());
    // A strip: the splitter above gives the rest of the height to the composer.
    setMaximumHeight(collapsed ? m_filters->sizeHint().height() + layout()->contentsMargins().bottom() + 2
                               : QWIDGETSIZE_MAX);
    if (!collapsed && splitter) {
        // Back to the height it had, or a useful one if it was collapsed when the window opened.
        const int index = splitter->indexOf(this);
        QList<int> sizes = splitter->sizes();
        // (The height it had is kept as it was, whatever the font: a minimum in lines would grow it.)
        const int wanted =
            m_expandedHeight > 2 * m_filters->sizeHint().height() ? m_expandedHeight : fontMetrics().height() * 12;
        const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
        if (index >= 0 && sizes.size() == 2) {
            sizes[index] = std::min(wanted, total / 2);
            sizes[1 - index] = total - sizes[index];
            splitter->setSizes(sizes);
        }
    }
    m_collapse->setArrowType(collapsed ? Qt::RightArrow : Qt::DownArrow);
    m_collapse->setAccessibleName(collapsed ? tr("Open the history") : tr("Collapse the history"));
    emit collapsedChanged(collapsed);
}

QList<qint64> HistoryView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(HistoryModel::RecordIdRole).toLongLong());
    std::sort(ids.begin(), ids.end(), std::greater<>()); // newest first, as shown by default
    return ids;
}

qint64 HistoryView::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(HistoryModel::RecordIdRole).toLongLong() : 0;
}

void HistoryView::selectRecord(qint64 id)
{
    if (id == 0)
        return;
    QAbstractItemModel *shown = m_table->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(HistoryModel::RecordIdRole).toLongLong() == id) {
            m_table->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
}

void HistoryView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const HistoryQuery &query = m_model->query();
    const bool filtered = !query.search.trimmed().isEmpty() || !query.states.isEmpty() || !query.provider.isEmpty() ||
                          query.from.isValid();
    m_empty->setText(filtered ? tr("No messages match these filters.")
                              : tr("Nothing sent yet.\nEvery message you send appears here, with the provider's "
                                   "answer and each status as it arrives."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_table);
}

void HistoryView::updateActions()
{
    const bool one = currentId() != 0;
    m_open->setEnabled(one);
    m_resend->setEnabled(one);
    const QModelIndex current = m_table->currentIndex();
    const QString messageId = current.siblingAtColumn(HistoryModel::MessageId).data().toString();
    m_copyId->setEnabled(one && !messageId.isEmpty());
    // The store's provider id, under the name the table shows.
    const QModelIndex stored = static_cast<const QAbstractProxyModel *>(m_table->model())->mapToSource(current);
    const Provider *provider = Providers::find(stored.siblingAtColumn(HistoryModel::Provider).data().toString());
    m_refresh->setEnabled(one && !messageId.isEmpty() && provider && provider->reportsStatus());
    m_webhooks->setEnabled(one);
    m_conversation->setEnabled(one);
    m_trigger->setEnabled(one && provider && provider->sandboxRole());
}

void HistoryView::showDetails()
{
    updateActions();
    const qint64 id = currentId();
    if (!m_details && id == 0)
        return; // the placeholder says it
    if (!m_details) {
        auto *split = static_cast<QSplitter *>(m_body);
        m_details = new HistoryDetails(m_store, nullptr);
        delete split->replaceWidget(1, m_details);
        split->setStretchFactor(1, 2);
    }
    m_details->showRecord(id);
}

void HistoryView::openCurrent()
{
    const std::optional<HistoryRecord> record = currentId() ? m_store->record(currentId()) : std::nullopt;
    if (record)
        emit openRequested(HistoryDetails::bodyOf(record->request), record->provider);
}

void HistoryView::contextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_resend);
    menu.addAction(m_copyId);
    menu.addAction(m_refresh);
    menu.addAction(m_conversation);
    menu.addAction(m_webhooks);
    menu.addAction(m_trigger);
    if (!m_table->currentIndex().data(HistoryModel::CampaignRole).toString().isEmpty())
        menu.addAction(m_showCampaign);
    menu.addSeparator();
    menu.addActions(m_export->menu()->actions());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}
