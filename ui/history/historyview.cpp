// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyview.h"

#include "history/historymodel.h"
#include "history/historystore.h"
#include "message/jsondocument.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "statestyle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
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

namespace {

// The model's rows as the table shows them: the state with its icon and colour, times right-aligned.
class StyledHistory final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == HistoryModel::State) {
            const QString state = QIdentityProxyModel::data(index, HistoryModel::StateRole).toString();
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
        if (index.column() == HistoryModel::Error && role == Qt::ForegroundRole) {
            const QString state = QIdentityProxyModel::data(index, HistoryModel::StateRole).toString();
            if (state == u"failed" || state == u"rejected" || state == u"unknown")
                return StateStyle::colour(state);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

// The body of a stored request ("POST url\nheaders\n\nbody").
QByteArray bodyOf(const QByteArray &request)
{
    const qsizetype blank = request.indexOf("\n\n");
    return blank < 0 ? QByteArray() : request.mid(blank + 2);
}

QString pretty(const QByteArray &body)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(body);
    if (parsed.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(parsed.toJson(QJsonDocument::Indented));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

HistoryView::HistoryView(HistoryStore *store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("historyView"));
    auto *layout = new QVBoxLayout(this);
    // Lined up with the composer above it (whose layout has the style's margins), flush top and bottom.
    const int margin = style()->pixelMetric(QStyle::PM_LayoutLeftMargin);
    layout->setContentsMargins(margin, 0, margin, 0);

    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>History</b>"), this);
    bar->addWidget(title);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearchLineEdit"));
    m_search->setPlaceholderText(tr("Search recipient, message id, kind or error"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("historyStateComboBox"));
    m_state->setAccessibleName(tr("Status"));
    m_state->setToolTip(tr("Show messages in this state; Problems is failed, rejected or unknown"));
    m_state->addItem(tr("Any status"));
    m_state->addItem(StateStyle::icon(QStringLiteral("failed")), tr("Problems"),
                     QStringList{QStringLiteral("failed"), QStringLiteral("rejected"), QStringLiteral("unknown")});
    for (const QString &state :
         {QStringLiteral("sending"), QStringLiteral("accepted"), QStringLiteral("sent"), QStringLiteral("delivered"),
          QStringLiteral("read"), QStringLiteral("failed"), QStringLiteral("rejected"), QStringLiteral("unknown")})
        m_state->addItem(StateStyle::icon(state), StateStyle::label(state), QStringList{state});
    bar->addWidget(m_state);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("historyProviderComboBox"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("Any provider"));
    for (const Provider *provider : Providers::all())
        m_provider->addItem(provider->displayName(), provider->id());
    bar->addWidget(m_provider);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("historyPeriodComboBox"));
    m_period->setAccessibleName(tr("Time"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last hour"), 3600);
    m_period->addItem(tr("Last 24 hours"), 86400);
    m_period->addItem(tr("Last 7 days"), 7 * 86400);
    m_period->addItem(tr("Last 30 days"), 30 * 86400);
    bar->addWidget(m_period);
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
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new HistoryModel(store, this);
    auto *styled = new StyledHistory(this);
    styled->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTableView"));
    m_table->setModel(styled);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::Time, Qt::DescendingOrder);
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
    m_table->setColumnWidth(HistoryModel::Provider, 6 * em);
    m_table->setColumnWidth(HistoryModel::State,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("delivered")) + 4 * em);
    m_table->setColumnWidth(HistoryModel::MessageId, 12 * em);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("historyEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("historyDetailsTabWidget"));
    m_details->setDocumentMode(true);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("historySummaryBrowser"));
    m_summary->setOpenLinks(false);
    const auto codeView = [this](const QString &name) {
        auto *view = new QPlainTextEdit(this);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return view;
    };
    m_request = codeView(QStringLiteral("historyRequestView"));
    m_response = codeView(QStringLiteral("historyResponseView"));
    m_details->addTab(m_summary, tr("Status"));
    m_details->addTab(m_request, tr("Request"));
    m_details->addTab(m_response, tr("Response"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_stack);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
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
    m_table->addActions({m_open, m_resend, m_copyId, m_refresh});
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

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryView::applyFilters);
    for (QComboBox *box : {m_state, m_provider, m_period})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryView::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::updateEmptyState);
    // The model follows the store; the row the person was on stays theirs when the page is read again,
    // and its details follow its changes.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectRecord(m_keep); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_model->data(topLeft, HistoryModel::RecordIdRole).toLongLong() == currentId())
            showDetails();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateEmptyState);
    updateEmptyState();
    updateActions();
    showDetails();
}

void HistoryView::applyFilters()
{
    HistoryQuery query = m_model->query();
    query.search = m_search->text();
    query.states = m_state->currentData().toStringList();
    query.provider = m_provider->currentData().toString();
    const int seconds = m_period->currentData().toInt();
    query.from = seconds > 0 ? QDateTime::currentDateTimeUtc().addSecs(-seconds) : QDateTime();
    const qint64 keep = currentId();
    m_model->setQuery(query);
    selectRecord(keep);
}

void HistoryView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
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
    const Provider *provider = Providers::find(current.siblingAtColumn(HistoryModel::Provider).data().toString());
    m_refresh->setEnabled(one && !messageId.isEmpty() && provider && provider->reportsStatus());
}

void HistoryView::showDetails()
{
    updateActions();
    const qint64 id = currentId();
    const std::optional<HistoryRecord> record = id ? m_store->record(id) : std::nullopt;
    if (!record) {
        m_summary->setHtml(tr("<p style='color:gray'>Choose a message to see its request, the provider's answer "
                              "and its status timeline.</p>"));
        m_request->clear();
        m_response->clear();
        return;
    }
    const Provider *provider = Providers::find(record->provider);
    const QString colour = StateStyle::colour(record->state).name();
    QString html = QStringLiteral("<p><span style='color:%1; font-weight:bold'>%2</span> — %3</p>")
                       .arg(colour, escaped(record->state), escaped(StateStyle::describe(record->state)));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>").arg(label, escaped(value));
    };
    row(tr("To"), record->recipient);
    row(tr("From"), record->sender);
    row(tr("Kind"), record->kind);
    row(tr("Provider"), provider ? provider->displayName() : record->provider);
    row(tr("Account"), record->account);
    row(tr("Message id"), record->messageId);
    row(tr("Sent"), QLocale().toString(record->created.toLocalTime(), QLocale::LongFormat));
    if (record->elapsedMs > 0)
        row(tr("Answered in"), tr("%1 ms").arg(record->elapsedMs));
    html += QStringLiteral("</table>");
    if (!record->error.isEmpty()) {
        html += QStringLiteral("<p style='color:%1'>%2</p>").arg(colour, escaped(record->error));
        const QString code = record->error.section(u':', 0, 0).trimmed();
        const QString meaning = provider ? provider->describeCode(code) : QString();
        if (!meaning.isEmpty() && !record->error.contains(meaning))
            html += QStringLiteral("<p>%1</p>").arg(escaped(meaning));
    }
    const QList<HistoryEvent> events = m_store->events(id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Timeline"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>")
                .arg(QLocale().toString(record->created.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")),
                     escaped(tr("request sent; answered %1")
                                 .arg(record->state == u"sending" ? tr("— not yet") : record->state)));
    for (const HistoryEvent &event : events) {
        QString what = event.status;
        if (!event.providerStatus.isEmpty() && event.providerStatus != event.status)
            what += QStringLiteral(" (%1)").arg(event.providerStatus);
        if (!event.description.isEmpty())
            what += QStringLiteral(": ") + event.description;
        if (!event.applied)
            what += tr(" — arrived late; recorded, state unchanged");
        html += QStringLiteral("<tr><td style='color:gray'>%1</td><td><span style='color:%2'>●</span> %3</td></tr>")
                    .arg(QLocale().toString(event.time.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")),
                         StateStyle::colour(event.status).name(), escaped(what));
    }
    html += QStringLiteral("</table>");
    if (events.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("No status callbacks yet. They arrive through the webhook receiver."));
    m_summary->setHtml(html);

    const QByteArray body = bodyOf(record->request);
    m_request->setPlainText(QString::fromUtf8(record->request.left(record->request.size() - body.size())) +
                            pretty(body));
    m_response->setPlainText(record->response.isEmpty() ? tr("No answer was received.") : pretty(record->response));
}

void HistoryView::openCurrent()
{
    const std::optional<HistoryRecord> record = currentId() ? m_store->record(currentId()) : std::nullopt;
    if (record)
        emit openRequested(bodyOf(record->request), record->provider);
}

void HistoryView::contextMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_resend);
    menu.addAction(m_copyId);
    menu.addAction(m_refresh);
    menu.addSeparator();
    menu.addActions(m_export->menu()->actions());
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

qint64 HistoryView::exportTo(const QString &path, HistoryExport::Format format, bool selectedOnly, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    const qint64 written = selectedOnly ? HistoryExport::write(*m_store, selectedIds(), format, &file)
                                        : HistoryExport::write(*m_store, m_model->query(), format, &file);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return -1;
    }
    return written;
}

void HistoryView::exportDialog(HistoryExport::Format format, bool selectedOnly)
{
    if (selectedOnly && selectedIds().isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Select the rows to export first."));
        return;
    }
    const bool csv = format == HistoryExport::Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export History"), csv ? QStringLiteral("history.csv") : QStringLiteral("history.json"),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const qint64 written = exportTo(path, format, selectedOnly, &error);
    if (written < 0)
        QMessageBox::warning(this, tr("Export"), tr("The history was not exported: %1").arg(error));
}
