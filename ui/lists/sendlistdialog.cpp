// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendlistdialog.h"

#include "campaignreportview.h"
#include "document/draftdocument.h"
#include "listbar.h"
#include "lists/failedrows.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "ui/filelocations.h"
#include "ui/theme.h"
#include "ui/wrappedlabel.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

SendListDialog::SendListDialog(Workbench *workbench, DraftDocument *document, ListBar *bar, QWidget *parent)
    : QDialog(parent), m_workbench(workbench), m_document(document), m_bar(bar)
{
    setObjectName(QStringLiteral("sendListDialog"));
    setWindowTitle(tr("Send to a List"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    auto *listRow = new QHBoxLayout;
    m_listName = new QLabel(tr("No list chosen"), this);
    m_listName->setObjectName(QStringLiteral("listFileLabel"));
    m_listName->setTextFormat(Qt::PlainText);
    auto *choose = m_chooseButton = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseListButton"));
    choose->setToolTip(tr("A CSV or TSV file: a header row, a \"to\" column and a column for each {{placeholder}}"));
    listRow->addWidget(m_listName, 1);
    listRow->addWidget(choose);
    form->addRow(tr("List:"), listRow);
    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(QStringLiteral("campaignLineEdit"));
    m_campaign->setToolTip(tr("A campaign sent again under the same name sends only the rows that never left"));
    form->addRow(tr("&Campaign:"), m_campaign);
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("rateSpinBox"));
    m_rate->setRange(0, 100000);
    m_rate->setDecimals(1);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setSuffix(tr(" a second"));
    m_rate->setMaximumWidth(m_rate->fontMetrics().horizontalAdvance(QStringLiteral("100000.0 a second")) * 3 / 2);
    m_rate->setToolTip(tr("Messages a second; several requests are in flight within it. A refusal for rate slows "
                          "the pace and sends that row again later."));
    form->addRow(tr("&Rate:"), m_rate);
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("listAccountLabel"));
    form->addRow(tr("Sends with:"), m_account);
    layout->addLayout(form);

    // The check: every row before anything is sent.
    m_summary = new WrappedLabel(this);
    m_summary->setObjectName(QStringLiteral("listSummaryLabel"));
    layout->addWidget(m_summary);
    m_findings = new QTableWidget(0, 3, this);
    m_findings->setObjectName(QStringLiteral("listFindingsTable"));
    m_findings->setHorizontalHeaderLabels({tr("Row"), tr("Recipient"), tr("Problems")});
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->verticalHeader()->hide();
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setWordWrap(true);
    m_findings->setAccessibleName(tr("Rows with problems"));
    layout->addWidget(m_findings, 2);
    m_refuse = new QRadioButton(tr("Send &nothing while a row has errors"), this);
    m_refuse->setObjectName(QStringLiteral("refuseRadioButton"));
    m_refuse->setChecked(true);
    m_skip = new QRadioButton(tr("S&kip the rows with errors and send the others"), this);
    m_skip->setObjectName(QStringLiteral("skipRadioButton"));
    layout->addWidget(m_refuse);
    layout->addWidget(m_skip);

    // The campaign under way, then its report.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("listProgressBar"));
    m_progress->setFormat(tr("%v of %m rows"));
    m_progress->hide();
    m_pace = new QLabel(this);
    m_pace->setObjectName(QStringLiteral("listPaceLabel"));
    layout->addWidget(m_progress);
    layout->addWidget(m_pace);
    m_message = new WrappedLabel(this);
    m_message->setObjectName(QStringLiteral("listMessageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *reportBox = m_reportBox = new QGroupBox(tr("Report"), this);
    reportBox->hide(); // until a campaign runs
    auto *reportLayout = new QVBoxLayout(reportBox);
    m_report = new CampaignReportView(workbench->history(), reportBox);
    reportLayout->addWidget(m_report);
    layout->addWidget(reportBox, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("Check A&gain"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkListButton"));
    m_exportButton = buttons->addButton(tr("&Export Failed Rows…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportFailedButton"));
    m_historyButton = buttons->addButton(tr("Show in &History"), QDialogButtonBox::ActionRole);
    m_historyButton->setObjectName(QStringLiteral("showCampaignButton"));
    m_pauseButton = buttons->addButton(tr("&Pause"), QDialogButtonBox::ActionRole);
    m_pauseButton->setObjectName(QStringLiteral("pauseListButton"));
    m_stopButton = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopListButton"));
    m_stopButton->setToolTip(tr("No more rows leave; those in flight end; the campaign can be sent again later"));
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendListButton"));
    m_sendButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    resize(760, 620);

    connect(choose, &QPushButton::clicked, this, [this] { chooseList(); });
    connect(m_checkButton, &QPushButton::clicked, this, &SendListDialog::check);
    connect(m_sendButton, &QPushButton::clicked, this, &SendListDialog::send);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportFailed(); });
    connect(m_historyButton, &QPushButton::clicked, this, [this] { emit historyRequested(m_running); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (CampaignRun *run = m_workbench->campaign()) {
            if (run->isPaused())
                run->resume();
            else
                run->pause();
        }
        updateButtons();
    });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (CampaignRun *run = m_workbench->campaign())
            run->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_stopChecking = true; // closed while checking: the check stops, nothing is lost
        hide();
    });
    connect(m_skip, &QRadioButton::toggled, this, &SendListDialog::updateButtons);
    connect(m_campaign, &QLineEdit::textChanged, this, &SendListDialog::updateButtons);
    connect(m_document, &DraftDocument::changed, this, [this] {
        if ((m_checked || m_checking) && !sending() && m_document->editedValue().has_value()) {
            m_stale = true;
            updateButtons();
        }
    });
    connect(m_bar, &ListBar::detached, this, [this] {
        m_checked = false;
        m_check = {};
        m_findings->setRowCount(0);
        m_listName->setText(tr("No list chosen"));
        m_summary->clear();
        updateButtons();
    });
    connect(m_report, &CampaignReportView::refreshed, this, &SendListDialog::updateButtons);
    connect(workbench, &Workbench::campaignProgress, this, &SendListDialog::showProgress);
    connect(workbench, &Workbench::campaignFinished, this, &SendListDialog::ended);
    connect(workbench, &Workbench::campaignRowDeferred, this,
            [this](qint64 row, const QString &recipient, qint64 afterMs, const QString &reason) {
                setMessage(afterMs < 0 ? tr("Row %1 (%2) was refused for rate again (%3): it is left queued, and "
                                            "sending the campaign again sends it.")
                                             .arg(row)
                                             .arg(recipient, reason)
                                       : tr("Row %1 (%2) was refused for rate (%3): the pace is slower, and it goes "
                                            "again in %4.")
                                             .arg(row)
                                             .arg(recipient, reason, CampaignRun::duration((afterMs + 999) / 1000)),
                           false);
            });
    updateButtons();
}

bool SendListDialog::sending() const
{
    return m_workbench->campaign() != nullptr;
}

void SendListDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Theme::errorText(palette()) : QString());
}

bool SendListDialog::chooseList(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Choose a List"),
                                            FileLocations::startFolder(FileLocations::Purpose::Lists),
                                            tr("Lists (*.csv *.tsv *.tab *.txt);;All files (*)"));
        if (path.isEmpty())
            return false;
        FileLocations::remember(FileLocations::Purpose::Lists, path);
    }
    QString why;
    if (!m_bar->attach(path, &why)) {
        setMessage(why, true);
        return false;
    }
    m_listName->setText(QFileInfo(path).fileName());
    m_listName->setToolTip(QFileInfo(path).absoluteFilePath());
    m_campaign->setText(QFileInfo(path).completeBaseName() + u'-' +
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const Provider *provider = m_document->provider();
    if (provider)
        m_rate->setValue(provider->defaultRate());
    setMessage(QString(), false);
    check();
    return true;
}

void SendListDialog::updateButtons()
{
    const bool campaign = sending();
    const bool running = campaign || m_checking; // nothing else starts meanwhile
    const std::optional<AccountProfile> account = m_workbench->accountFor(m_document->draft());
    const Provider *provider = m_document->provider();
    const QString providerName = provider ? provider->displayName() : QString();
    m_account->setText(!account ? tr("No account of this provider: add one in Message > Accounts")
                       : account->name.contains(providerName) ? account->name
                                                              : tr("%1 (%2)").arg(account->name, providerName));
    const bool sendable = m_checked && m_check.error.isEmpty() && m_check.rows > m_check.invalid.size() &&
                          (m_check.invalid.isEmpty() || m_skip->isChecked());
    m_sendButton->setEnabled(!running && account && sendable && !m_campaign->text().trimmed().isEmpty());
    m_sendButton->setToolTip(m_stale ? tr("The draft changed since the check: it is checked again first") : QString());
    m_checkButton->setEnabled(m_checking || (!running && m_bar->isAttached()));
    m_checkButton->setText(m_checking ? tr("&Stop Checking") : tr("Check A&gain"));
    m_chooseButton->setEnabled(!running);
    m_pauseButton->setVisible(campaign);
    m_stopButton->setVisible(campaign);
    m_pauseButton->setText(campaign && m_workbench->campaign()->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_campaign->setEnabled(!running);
    m_rate->setEnabled(!running);
    m_skip->setEnabled(!running);
    m_refuse->setEnabled(!running);
    const bool reported = !m_running.isEmpty();
    m_historyButton->setEnabled(reported);
    m_exportButton->setEnabled(reported && !running && !m_report->report().failures.isEmpty());
    m_bar->setLocked(running);
}

void SendListDialog::send()
{
    if (m_stale) {
        check();
        if (!m_sendButton->isEnabled())
            return;
    }
    CampaignRun::Options options;
    options.campaign = m_campaign->text().trimmed();
    options.list = m_bar->listPath();
    options.rate = m_rate->value() == 0 ? Workbench::unlimitedRate() : m_rate->value();
    options.skip = m_check.invalid;
    options.total = m_check.rows;
    QString why;
    if (!m_workbench->sendToList(m_document->draft(), options, &why)) {
        setMessage(tr("Nothing was sent: %1").arg(why), true);
        return;
    }
    m_running = options.campaign;
    m_clock.start();
    m_report->setCampaign(m_running, m_document->draft().provider);
    m_reportBox->show();
    m_progress->setRange(0, int(std::min<qint64>(m_check.rows, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_progress->show();
    m_pace->clear();
    setMessage(tr("Sending…"), false);
    updateButtons();
}

void SendListDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(std::min<qint64>(total, std::numeric_limits<int>::max())));
    m_progress->setValue(int(std::min<qint64>(done, std::numeric_limits<int>::max())));
    const CampaignRun *run = m_workbench->campaign();
    if (!run)
        return;
    // The pace of what this run sent (rows sent before or skipped count at once, not at the pace).
    const CampaignRun::Counts &counts = run->counts();
    const qint64 sent = counts.accepted + counts.rejected + counts.unknown;
    const double seconds = std::max<qint64>(m_clock.elapsed(), 1) / 1000.0;
    const double pace = sent / seconds;
    const QString left = pace > 0 ? CampaignRun::duration(qint64((total - done) / pace)) : tr("unknown");
    m_pace->setText(run->isPaused() ? tr("Paused: %L1 accepted, %L2 rejected, %L3 unknown")
                                          .arg(counts.accepted)
                                          .arg(counts.rejected)
                                          .arg(counts.unknown)
                                    : tr("%1 a second, %2 left · %L3 accepted, %L4 rejected, %L5 unknown")
                                          .arg(pace, 0, 'f', 1)
                                          .arg(left)
                                          .arg(counts.accepted)
                                          .arg(counts.rejected)
                                          .arg(counts.unknown));
}

void SendListDialog::ended(const QString &error, const CampaignRun::Counts &counts)
{
    m_progress->hide();
    QString text = counts.summary(m_running);
    if (!error.isEmpty())
        text = error + u'\n' + text;
    setMessage(text, !error.isEmpty());
    m_pace->clear();
    m_report->refresh();
    updateButtons();
}

bool SendListDialog::exportFailed(const QString &chosen)
{
    QString why;
    const std::optional<QHash<qint64, QString>> rows = m_workbench->history()->campaignFailedRows(m_running, &why);
    if (!rows) {
        setMessage(tr("The failed rows cannot be read: %1").arg(why), true);
        return false;
    }
    const std::optional<Campaign> campaign = m_workbench->history()->campaign(m_running);
    const QString list = campaign ? campaign->list : m_bar->listPath();
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggested = QFileInfo(list).absolutePath() + u'/' + m_running + QStringLiteral("-failed.csv");
        path = QFileDialog::getSaveFileName(this, tr("Export Failed Rows"), suggested, tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    const qint64 written = FailedRows::write(list, *rows, path, &why);
    if (written < 0) {
        setMessage(tr("The failed rows were not exported: %1").arg(why), true);
        return false;
    }
    setMessage(tr("%n failed row(s) written to %1, with the error each met in the last column; rows whose fate is "
                  "unknown are not among them.",
                  nullptr, int(written))
                   .arg(QFileInfo(path).fileName()),
               false);
    return true;
}
