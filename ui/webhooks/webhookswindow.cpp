// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookswindow.h"

#include "history/historystore.h"
#include "message/jsondocument.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "ui/preview/jsonhighlighter.h"
#include "ui/theme.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"
#include "webhooksmodel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *codeView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

// The body as it reads best: JSON indented as it was written (its keys in their order), anything else as it
// came.
QString prettyBody(const QByteArray &body)
{
    if (JsonDocument::parse(body).ok())
        return QString::fromUtf8(JsonDocument::indentedAsWritten(body));
    return QString::fromUtf8(body);
}

} // namespace

WebhooksWindow::WebhooksWindow(Workbench *workbench, QWidget *parent)
    : QMainWindow(parent), m_workbench(workbench), m_model(new WebhooksModel(workbench->history(), this)),
      m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("webhooksWindow"));
    setWindowTitle(tr("Webhooks — Wabench"));
    setWindowFlag(Qt::Window);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(buildFilters());
    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("webhooksTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(WebhooksModel::Time, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WebhooksModel::Provider, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WebhooksModel::Status, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(WebhooksModel::Request, 220);
    m_table->setColumnWidth(WebhooksModel::Verdict, 220);
    listLayout->addWidget(m_table, 1);
    m_empty = new QLabel(list);
    m_empty->setObjectName(QStringLiteral("webhooksEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    listLayout->addWidget(m_empty, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("webhooksSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(list);
    split->addWidget(buildDetails());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({320, 400}); // the list a good part of the window, whatever the details ask for
    setCentralWidget(split);
    statusBar();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WebhooksWindow::showSelected);
    connect(m_model, &WebhooksModel::reloaded, this, [this] {
        // The one shown stays selected as new requests arrive above it.
        if (const int row = m_model->rowOf(m_shown); row >= 0)
            m_table->selectRow(row);
        else if (m_model->rowCount() > 0 && m_shown == 0)
            m_table->selectRow(0);
        updateEmptyState();
    });
    connect(m_workbench->services()->receiver(), &WebhookReceiver::replayed, this,
            [this](qint64 original, const WebhookRecord &record) {
                const QString events = WebhooksModel::eventsSummary(record);
                say(tr("Request %1 replayed as request %2: %3%4")
                        .arg(QString::number(original), QString::number(record.id),
                             events.isEmpty() ? WebhookVerdicts::label(record.verdict) : events,
                             record.reason.isEmpty() ? QString() : QStringLiteral(" (") + record.reason + u')'));
                m_model->reload();
                select(record.id);
            });
    // The receiver starts once the event loop runs: the empty list then says where it listens.
    connect(m_workbench, &Workbench::servicesStarted, this, &WebhooksWindow::updateEmptyState);
    resize(1100, 760);
    m_model->reload();
}

QWidget *WebhooksWindow::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(6, 6, 6, 0);
    m_provider = new QComboBox(bar);
    m_provider->setObjectName(QStringLiteral("webhooksProviderFilter"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("All providers"), QString());
    for (const Provider *provider : Providers::all())
        m_provider->addItem(provider->displayName(), provider->id());
    m_verdict = new QComboBox(bar);
    m_verdict->setObjectName(QStringLiteral("webhooksVerdictFilter"));
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->addItem(tr("Every verdict"), QString());
    for (const WebhookVerdict verdict : {WebhookVerdict::Applied, WebhookVerdict::Duplicate, WebhookVerdict::Unmatched,
                                         WebhookVerdict::Refused, WebhookVerdict::NotStored, WebhookVerdict::Check})
        m_verdict->addItem(WebhookVerdicts::label(verdict), WebhookVerdicts::name(verdict));
    m_path = new QLineEdit(bar);
    m_path->setObjectName(QStringLiteral("webhooksPathFilter"));
    m_path->setPlaceholderText(tr("Path, e.g. /webhooks/meta"));
    m_path->setAccessibleName(tr("Path"));
    m_path->setClearButtonEnabled(true);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("webhooksSearch"));
    m_search->setPlaceholderText(tr("Search bodies, paths and reasons"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    // Only one message's requests: said, with a way back to all of them.
    m_recordChip = new QWidget(bar);
    auto *chip = new QHBoxLayout(m_recordChip);
    chip->setContentsMargins(0, 0, 0, 0);
    m_recordLabel = new QLabel(m_recordChip);
    auto *clear = new QToolButton(m_recordChip);
    clear->setObjectName(QStringLiteral("webhooksAllMessagesButton"));
    clear->setText(tr("All messages"));
    clear->setToolTip(tr("Show the requests of every message"));
    connect(clear, &QToolButton::clicked, this, [this] { showRecord(0); });
    chip->addWidget(m_recordLabel);
    chip->addWidget(clear);
    m_recordChip->hide();
    layout->addWidget(m_provider);
    layout->addWidget(m_verdict);
    layout->addWidget(m_path, 1);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_recordChip);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &WebhooksWindow::applyFilters);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &WebhooksWindow::applyFilters);
    connect(m_path, &QLineEdit::textChanged, this, &WebhooksWindow::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &WebhooksWindow::applyFilters);
    return bar;
}

QWidget *WebhooksWindow::buildDetails()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 6, 6);
    m_title = new QLabel(pane);
    m_title->setObjectName(QStringLiteral("webhookTitleLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason = new QLabel(pane);
    m_reason->setObjectName(QStringLiteral("webhookReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(Theme::errorText(palette()));
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links = new QLabel(pane);
    m_links->setObjectName(QStringLiteral("webhookEventsLabel"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        const qint64 id = link.section(u':', 1).toLongLong();
        if (link.startsWith(u"record:"))
            emit historyRecordRequested(id);
        else if (link.startsWith(u"request:"))
            select(id);
    });
    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(QStringLiteral("webhookTabs"));
    m_body = codeView(QStringLiteral("webhookBodyView"), m_tabs);
    new JsonHighlighter(m_body->document());
    m_headers = codeView(QStringLiteral("webhookHeadersView"), m_tabs);
    m_tabs->addTab(m_body, tr("&Body"));
    m_tabs->addTab(m_headers, tr("&Headers"));

    auto *buttons = new QHBoxLayout;
    m_replay = new QPushButton(tr("&Replay"), pane);
    m_replay->setObjectName(QStringLiteral("webhookReplayButton"));
    m_replay->setToolTip(tr("Send it into Wabench's receiver again: applied on purpose past the duplicate and replay "
                            "checks, and recorded as a replay"));
    m_replayTo = new QPushButton(tr("Replay &To…"), pane);
    m_replayTo->setObjectName(QStringLiteral("webhookReplayToButton"));
    m_replayTo->setToolTip(tr("Send it to your own handler, with its headers or signed anew"));
    auto *trigger = new QPushButton(tr("Tri&gger…"), pane);
    trigger->setObjectName(QStringLiteral("webhookTriggerButton"));
    trigger->setToolTip(tr("Send a realistic callback of any provider: a status, a failure, a customer's reply"));
    auto *check = new QPushButton(tr("Try Meta's &Check"), pane);
    check->setObjectName(QStringLiteral("webhookMetaCheckButton"));
    check->setToolTip(tr("Ask the receiver for Meta's verification handshake, as Meta does when you set the "
                         "callback URL"));
    connect(m_replay, &QPushButton::clicked, this, &WebhooksWindow::replaySelected);
    connect(m_replayTo, &QPushButton::clicked, this, &WebhooksWindow::replayTo);
    connect(trigger, &QPushButton::clicked, this, [this] { showTrigger(); });
    connect(check, &QPushButton::clicked, this, &WebhooksWindow::tryMetaCheck);
    buttons->addWidget(m_replay);
    buttons->addWidget(m_replayTo);
    buttons->addStretch(1);
    buttons->addWidget(trigger);
    buttons->addWidget(check);

    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_links);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    return pane;
}

void WebhooksWindow::applyFilters()
{
    WebhookQuery query;
    query.provider = m_provider->currentData().toString();
    if (const QString verdict = m_verdict->currentData().toString(); !verdict.isEmpty())
        query.verdicts = {WebhookVerdicts::fromName(verdict)};
    query.path = m_path->text().trimmed();
    query.text = m_search->text().trimmed();
    query.record = m_record;
    m_model->setQuery(query);
}

void WebhooksWindow::showRecord(qint64 record)
{
    m_record = record;
    m_recordLabel->setText(tr("Message #%1 only").arg(record));
    m_recordChip->setVisible(record != 0);
    applyFilters();
}

void WebhooksWindow::select(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0 && id != 0) { // hidden by a filter: shown with all of them
        const QSignalBlocker providers(m_provider);
        const QSignalBlocker verdicts(m_verdict);
        const QSignalBlocker paths(m_path);
        const QSignalBlocker searches(m_search);
        m_provider->setCurrentIndex(0);
        m_verdict->setCurrentIndex(0);
        m_path->clear();
        m_search->clear();
        m_record = 0;
        m_recordChip->hide();
        m_shown = id;
        applyFilters();
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

qint64 WebhooksWindow::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->at(current.row()).id : 0;
}

void WebhooksWindow::showSelected()
{
    const qint64 id = selectedId();
    const std::optional<WebhookRecord> found = id == 0 ? std::nullopt : m_workbench->history()->webhook(id);
    m_shown = found ? found->id : 0;
    m_replay->setEnabled(found && found->method == "POST");
    m_replayTo->setEnabled(found && found->method == "POST");
    if (!found) {
        m_title->setText(tr("Select a request to see it whole."));
        m_reason->hide();
        m_links->clear();
        m_body->clear();
        m_headers->clear();
        return;
    }
    const WebhookRecord &record = *found;
    m_title->setText(tr("<b>%1 %2</b> · %3 · answered %4 · %5 from %6")
                         .arg(QString::fromLatin1(record.method), QString::fromUtf8(record.target).toHtmlEscaped(),
                              WebhookVerdicts::label(record.verdict),
                              record.status == 0 ? tr("nothing") : QString::number(record.status),
                              QLocale().toString(record.time.toLocalTime(), QLocale::LongFormat), record.peer));
    m_reason->setText(record.reason);
    m_reason->setVisible(!record.reason.isEmpty());
    // What its events did, each message a link into the history; the replay it is, and its forward.
    QStringList lines;
    for (const QJsonValue &each : record.outcome) {
        const QJsonObject outcome = each.toObject();
        const qint64 row = outcome.value(QStringLiteral("record")).toInteger();
        const QString kind = outcome.value(QStringLiteral("kind")).toString();
        QString line = kind == u"inbound" ? tr("A customer's %1 from %2 (%3)")
                                                .arg(outcome.value(QStringLiteral("type")).toString(),
                                                     outcome.value(QStringLiteral("from")).toString(),
                                                     outcome.value(QStringLiteral("result")).toString())
                       : kind == u"template" ? tr("Template %1: %2 (%3)")
                                                   .arg(outcome.value(QStringLiteral("name")).toString(),
                                                        outcome.value(QStringLiteral("status")).toString(),
                                                        outcome.value(QStringLiteral("result")).toString())
                                             : tr("%1 of %2 (%3)")
                                                   .arg(outcome.value(QStringLiteral("status")).toString(),
                                                        outcome.value(QStringLiteral("message_id")).toString(),
                                                        outcome.value(QStringLiteral("result")).toString());
        line = line.toHtmlEscaped();
        if (row != 0)
            line += QStringLiteral(" — <a href=\"record:%1\">%2</a>").arg(row).arg(tr("show message #%1").arg(row));
        lines << line;
    }
    if (record.replayOf != 0)
        lines << tr("A replay of <a href=\"request:%1\">request %1</a>").arg(record.replayOf);
    if (!record.forwardUrl.isEmpty())
        lines << (record.forwardStatus != 0
                      ? tr("Forwarded to %1: answered %2 in %3 ms")
                            .arg(record.forwardUrl.toHtmlEscaped())
                            .arg(record.forwardStatus)
                            .arg(record.forwardMs)
                      : tr("Forwarded to %1: %2")
                            .arg(record.forwardUrl.toHtmlEscaped(), record.forwardError.toHtmlEscaped()));
    m_links->setText(lines.join(QStringLiteral("<br>")));
    m_links->setVisible(!lines.isEmpty());
    m_body->setPlainText(prettyBody(record.body));
    QString headers;
    for (const auto &[name, value] : record.headers)
        headers += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    m_headers->setPlainText(headers);
}

void WebhooksWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const WebhookQuery query = m_model->query();
    const bool filtered = !query.provider.isEmpty() || !query.verdicts.isEmpty() || !query.path.isEmpty() ||
                          !query.text.isEmpty() || query.record != 0;
    const WebhookReceiver *receiver = m_workbench->services()->receiver();
    m_empty->setText(filtered ? tr("No kept request matches these filters.")
                     : receiver->isListening()
                         ? tr("No callbacks yet. They appear here as they arrive at %1/webhooks/<provider>.\n"
                              "Trigger… sends one of any provider's.")
                               .arg(receiver->localUrl())
                         : tr("No callbacks yet, and the receiver is not running."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty);
    if (empty)
        showSelected();
}

void WebhooksWindow::say(const QString &text)
{
    statusBar()->showMessage(text);
}
