// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "document/autosave.h"
#include "document/draftdocument.h"
#include "sandbox/sandbox.h"
#include "session/workbench.h"
#include "ui/composer/composerbar.h"
#include "ui/composer/formview.h"
#include "ui/composer/issuelistview.h"
#include "ui/composer/recipientsedit.h"
#include "ui/conversations/conversationswindow.h"
#include "ui/draftfiles.h"
#include "ui/history/historyview.h"
#include "ui/lists/listbar.h"
#include "ui/mainmenus.h"
#include "ui/mediaflow.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/responsepane.h"
#include "ui/receivinglabel.h"
#include "ui/sendflow.h"
#include "ui/theme.h"
#include "ui/webhooks/webhookswindow.h"
#include "ui/windowlayout.h"
#include "ui/wrappedlabel.h"
#include "webhooks/localservices.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options),
      m_workbench(new Workbench({options.database, 0, options.secrets, nullptr, true, std::nullopt}, this)),
      m_document(new DraftDocument(this)), m_files(new DraftFiles(m_document, this, options.confirmDiscard))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->setObjectName(QStringLiteral("composerHistorySplitter"));
    buildComposer(outer);
    buildHistory(outer);
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    outer->setSizes({600, 200}); // the composer first; the history shows its latest rows
    setCentralWidget(outer);

    const MainMenus::Actions actions = MainMenus::build(this, m_files, m_document, m_preview, m_response);
    m_undo = actions.undo;
    m_redo = actions.redo;
    m_sendFlow = new SendFlow(m_workbench, m_document, m_response, statusBar(), this, options.confirmSend);
    m_sendFlow->setAction(actions.send);
    m_mediaFlow = new MediaFlow(m_workbench, m_document, statusBar(), this);
    connect(m_form, &FormView::mediaFileChosen, m_mediaFlow, &MediaFlow::upload);
    buildStatusBar();
    auto *sendButton = new QToolButton(this);
    sendButton->setObjectName(QStringLiteral("sendToolButton"));
    sendButton->setDefaultAction(actions.send);
    sendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    sendButton->setMinimumWidth(sendButton->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 7);
    m_bar->addTrailingWidget(sendButton);
    // Tab follows the work: the bar from Provider to To, the form top to bottom, Send; then the preview, the
    // answer and the history, in the order they were made.
    QWidget::setTabOrder(m_bar->recipients()->lineEdit(), sendButton);
    m_form->setTabPredecessor(m_bar->recipients()->lineEdit());

    connect(m_files, &DraftFiles::importFailed, this, &MainWindow::showImportError);
    connect(m_files, &DraftFiles::note, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_files, &DraftFiles::titleChanged, this, &MainWindow::updateTitle);
    connect(m_issues, &IssueListView::issueChosen, this, &MainWindow::goToIssue);
    connect(m_preview, &PreviewPane::fieldChosen, this, &MainWindow::goToIssue);
    connect(m_document, &DraftDocument::changed, this, &MainWindow::updateStatus);
    connect(m_document, &DraftDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DraftDocument::changed, m_importError, &QLabel::hide);
    connect(m_document, &DraftDocument::changed, m_sendFlow, &SendFlow::updateAction);
    connect(m_document, &DraftDocument::changed, this, &MainWindow::updatePreviewAccount);
    connect(m_bar, &ComposerBar::kindChosen, m_document, &DraftDocument::chooseKind);
    connect(m_bar, &ComposerBar::manageAccountsRequested, this, &MainWindow::showAccounts);
    connect(m_workbench, &Workbench::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_workbench, &Workbench::statusRefreshed, this,
            [this](qint64, bool, const QString &summary) { statusBar()->showMessage(summary, 8000); });
    connect(m_workbench, &Workbench::servicesStarted, this, &MainWindow::servicesUp);
    connect(m_workbench, &Workbench::accountsChanged, this, &MainWindow::reloadAccounts);

    reloadAccounts();
    if (m_options.offerRecovery)
        m_files->offerRecovery(m_options.autosavePath.isEmpty() ? Autosave::defaultPath() : m_options.autosavePath);
    if (m_options.welcomeOnFirstStart && m_document->draft().message.isEmpty() &&
        !m_workbench->settings()->value(welcomeDismissedKey()).toBool())
        QTimer::singleShot(0, this, &MainWindow::showWelcome);
    m_autosave = new Autosave(
        m_document, m_options.autosavePath.isEmpty() ? Autosave::defaultPath() : m_options.autosavePath, this);
    updateStatus();
    updateTitle();
    resize(1280, 800);
    WindowLayout::keep(this, m_historyView);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildComposer(QSplitter *outer)
{
    auto *composer = new QWidget(outer);
    auto *layout = new QVBoxLayout(composer);
    m_bar = new ComposerBar(m_document, composer);
    layout->addWidget(m_bar);
    m_importError = new WrappedLabel(composer);
    m_importError->setObjectName(QStringLiteral("importErrorLabel"));
    m_importError->setStyleSheet(Theme::errorFrame(palette()));
    m_importError->hide();
    layout->addWidget(m_importError);

    // The form and the problems on the left, the previews over the answer on the right. The containers come
    // first, so that each splitter takes its parts in empty; the parts are made in the order Tab visits them.
    auto *splitter = new QSplitter(composer);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto *left = new QWidget(splitter);
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->setObjectName(QStringLiteral("previewResponseSplitter"));
    m_form = new FormView(m_document, left);
    m_form->setHints(FormHints::templateSends(&m_workbench->templates()));
    connect(m_workbench, &Workbench::templatesChanged, m_form,
            [this] { m_form->setHints(FormHints::templateSends(&m_workbench->templates())); });
    // A list attached (File > Send to a List) shows above the previews, which step through its rows.
    auto *previewSide = new QWidget(right);
    m_listBar = new ListBar(m_document, previewSide);
    m_preview = new PreviewPane(m_document, m_workbench->network(), &m_workbench->templates(), previewSide);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(0);
    previewLayout->addWidget(m_listBar);
    previewLayout->addWidget(m_preview, 1);
    connect(m_listBar, &ListBar::sendRequested, this, [this] { showSendToList(); });
    m_response = new ResponsePane(right);
    m_issues = new IssueListView(m_document, left);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_form, 1);
    leftLayout->addWidget(m_issues);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
}

void MainWindow::buildHistory(QSplitter *outer)
{
    if (!m_workbench->historyOpen()) {
        auto *broken = new WrappedLabel(
            m_workbench->historyError() +
                tr("\nSending is off: nothing is sent without a record of it. Edit ▸ Preferences chooses another "
                   "history, from the next start; this one is left as it is."),
            outer);
        broken->setObjectName(QStringLiteral("historyErrorLabel"));
        broken->setStyleSheet(Theme::errorText(palette()) + QStringLiteral("; padding:8px"));
        return;
    }
    m_historyView = new HistoryView(m_workbench->history(), outer);
    connect(m_historyView, &HistoryView::resendRequested, this, [this](qint64 id) { m_sendFlow->sendAgain(id); });
    connect(m_historyView, &HistoryView::refreshRequested, m_workbench, &Workbench::refreshStatus);
    connect(m_historyView, &HistoryView::webhooksRequested, this,
            [this](qint64 id) { showWebhooks()->showRecord(id); });
    connect(m_historyView, &HistoryView::conversationRequested, this,
            [this](const QString &customer) { showConversations()->showCustomer(customer); });
    connect(m_historyView, &HistoryView::triggerRequested, this,
            [this](qint64 id) { showWebhooks()->showTrigger(id); });
    connect(m_historyView, &HistoryView::openRequested, m_files, &DraftFiles::openRecorded);
}

void MainWindow::buildStatusBar()
{
    m_summary = new QToolButton(this);
    m_summary->setObjectName(QStringLiteral("summaryToolButton"));
    m_summary->setAutoRaise(true);
    m_summary->setToolTip(tr("Show or hide the list of problems"));
    statusBar()->addPermanentWidget(m_summary); // at the right end, where no passing message is drawn
    connect(m_summary, &QToolButton::clicked, this, [this] {
        m_issuesHidden = !m_issuesHidden;
        updateStatus();
    });
}

void MainWindow::servicesUp(const QStringList &notes)
{
    statusBar()->addPermanentWidget(new ReceivingLabel(services(), this));
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(u' '), 15000);
    reloadAccounts(); // the previews now name the Sandbox's address and the receiver
    emit servicesStarted();
}

LocalServices *MainWindow::services() const
{
    return m_workbench->services();
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::importJson(const QByteArray &json, const QString &source)
{
    return m_files->importJson(json, source);
}

bool MainWindow::saveAs(const QString &path)
{
    return m_files->saveAs(path);
}

bool MainWindow::send()
{
    return m_sendFlow->send();
}

bool MainWindow::isSending() const
{
    return m_workbench->isSending();
}

void MainWindow::pasteMessage()
{
    importJson(QApplication::clipboard()->text().toUtf8(), tr("The pasted text"));
}

QString MainWindow::lastImportError() const
{
    return m_importError->isVisible() ? m_importError->text() : QString();
}

void MainWindow::showImportError(const QString &error)
{
    m_importError->setText(error);
    m_importError->show();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Wabench").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    // A new, empty draft has nothing wrong yet: it has nothing at all.
    const bool started = !m_document->draft().message.isEmpty();
    m_summary->setText(started ? IssueList::summary(m_document->issues()) : tr("Choose a message kind to start"));
    m_issues->setVisible(started && !m_issuesHidden);
    m_undo->setEnabled(m_document->canUndo());
    m_redo->setEnabled(m_document->canRedo());
}

void MainWindow::goToIssue(const QString &pointer)
{
    if (pointer.startsWith(QStringLiteral("/message")))
        m_form->focusField(pointer.mid(8));
    else if (pointer.startsWith(QStringLiteral("/recipients")))
        m_bar->recipients()->lineEdit()->setFocus(Qt::OtherFocusReason);
    else if (pointer.startsWith(QStringLiteral("/sender")))
        m_bar->sender()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The layouts that building the window asked for are settled before its first paint. A platform may
    // expose the window before they run (the offscreen one does), and the whole window is then painted
    // twice: once, and again when they have moved everything by a pixel (the status bar's height).
    if (!m_painted)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // The receiver and the Sandbox start once the window is painted: the first paint does not wait for them.
    if (!std::exchange(m_painted, true) && m_options.startServices)
        QTimer::singleShot(0, this, [this] { m_workbench->startServices({m_options.freePorts, true, true}); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSending() && m_options.confirmSend &&
        QMessageBox::question(this, tr("Sending"),
                              tr("A send is under way. Quit anyway? Messages not sent yet are not sent; one on its "
                                 "way stays on record as unknown.")) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    m_workbench->cancelSend();
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().constFirst().isLocalFile())
        openFile(mime->urls().constFirst().toLocalFile());
    else if (mime->hasText())
        importJson(mime->text().toUtf8(), tr("The dropped text"));
    event->acceptProposedAction();
}

void MainWindow::reloadAccounts()
{
    m_bar->setAccounts(m_workbench->accounts()->accounts());
    m_previewFor.reset();
    updatePreviewAccount();
    m_sendFlow->updateAction();
}

void MainWindow::updatePreviewAccount()
{
    // The account follows the draft's provider and account only: not looked up again on every keystroke.
    const std::pair key(m_document->draft().provider, m_document->draft().account);
    if (std::exchange(m_previewFor, key) == key)
        return;
    // Without an account of the provider yet, the request still shows what the local services add to it
    // (the status callback of a public URL).
    AccountProfile none;
    none.provider = key.first;
    none.name = key.second;
    m_preview->setAccount(m_workbench->previewAccount(m_workbench->accountFor(m_document->draft()).value_or(none)));
}

void MainWindow::findInHistory()
{
    if (!m_historyView)
        return; // the history could not be opened; its place says why
    findChild<QAction *>(QStringLiteral("showHistoryAction"))->setChecked(true);
    m_historyView->focusSearch();
}

void MainWindow::setHistoryVisible(bool visible)
{
    if (m_historyView)
        m_historyView->setCollapsed(!visible);
}
