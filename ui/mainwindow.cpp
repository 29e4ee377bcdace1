// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "theme.h"

#include "accounts/secretstore.h"
#include "composer/composerbar.h"
#include "composer/formview.h"
#include "composer/issuelistview.h"
#include "composer/recipientsedit.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/editjsondialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/welcomedialog.h"
#include "document/autosave.h"
#include "document/draftdocument.h"
#include "document/draftimport.h"
#include "history/historyview.h"
#include "history/statestyle.h"
#include "message/kinds.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"
#include "preview/previewpane.h"
#include "preview/responsepane.h"
#include "providers/provider.h"
#include "recentfiles.h"
#include "sandbox/sandbox.h"
#include "settings/appidentity.h"
#include "settings/settings.h"
#include "transport/sendjob.h"
#include "transport/statusrefresh.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString WelcomeDismissedKey = QStringLiteral("welcome/dismissed");

} // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_document(new DraftDocument(this)),
      m_settings(AppIdentity::userSettings()), m_accounts(std::make_unique<AccountStore>(m_settings.get())),
      m_secrets(options.secrets), m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    if (!m_secrets)
        m_secrets = SecretStore::system();
    connect(m_secrets, &SecretStore::keychainUnavailable, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 15000); });
    // Nothing is sent without a record of it: no history, no sending (the window says why).
    const QString historyPath = options.historyPath.isEmpty() ? HistoryStore::defaultPath() : options.historyPath;
    if (!m_history.open(historyPath, &m_historyError))
        m_historyError = tr("The history (%1) cannot be opened: %2").arg(historyPath, m_historyError);
    m_statusRefresh = new StatusRefresh(m_network, &m_history, this);
    connect(m_statusRefresh, &StatusRefresh::finished, this, [this](qint64 id, bool, const QString &summary) {
        if (m_historyView)
            m_historyView->refreshRecord(id);
        statusBar()->showMessage(summary, 8000);
    });

    auto *composer = new QWidget(this);
    auto *central = composer;
    auto *layout = new QVBoxLayout(central);
    m_bar = new ComposerBar(m_document, central);
    connect(m_bar, &ComposerBar::kindChosen, this, &MainWindow::chooseKind);
    layout->addWidget(m_bar);
    m_importError = new QLabel(central);
    m_importError->setObjectName(QStringLiteral("importErrorLabel"));
    m_importError->setWordWrap(true);
    m_importError->setStyleSheet(Theme::errorFrame(palette()));
    m_importError->hide();
    layout->addWidget(m_importError);

    m_form = new FormView(m_document, central);
    m_preview = new PreviewPane(m_document, central);
    m_response = new ResponsePane(central);
    m_issues = new IssueListView(m_document, central);
    m_issues->setMaximumHeight(120);
    auto *left = new QSplitter(Qt::Vertical, central);
    left->addWidget(m_form);
    left->addWidget(m_issues);
    left->setStretchFactor(0, 1);
    auto *right = new QSplitter(Qt::Vertical, central);
    right->setObjectName(QStringLiteral("previewResponseSplitter"));
    right->addWidget(m_preview);
    right->addWidget(m_response);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // The history under the composer.
    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->setObjectName(QStringLiteral("composerHistorySplitter"));
    outer->addWidget(composer);
    if (m_history.isOpen()) {
        m_historyView = new HistoryView(&m_history, outer);
        outer->addWidget(m_historyView);
        connect(m_historyView, &HistoryView::resendRequested, this, &MainWindow::resend);
        connect(m_historyView, &HistoryView::refreshRequested, this, &MainWindow::refreshStatus);
        connect(m_historyView, &HistoryView::openRequested, this,
                [this](const QByteArray &body, const QString &provider) {
                    if (!maybeSave())
                        return;
                    const DraftImport imported = DraftImport::fromJson(body);
                    if (!imported.draft) {
                        showImportError(tr("The recorded request was not read: %1").arg(imported.error));
                        return;
                    }
                    Draft draft = *imported.draft;
                    draft.provider = provider;
                    draft.account = m_document->draft().provider == provider ? m_document->draft().account : QString();
                    m_document->setDraft(draft);
                    m_document->setFilePath(QString());
                    updateTitle();
                });
    } else {
        auto *broken =
            new QLabel(m_historyError + tr("\nSending is off: nothing is sent without a record of it."), outer);
        broken->setObjectName(QStringLiteral("historyErrorLabel"));
        broken->setWordWrap(true);
        broken->setStyleSheet(Theme::errorText(palette()) + QStringLiteral("; padding:8px"));
        outer->addWidget(broken);
    }
    outer->setStretchFactor(0, 3);
    outer->setStretchFactor(1, 2);
    outer->setSizes({560, 240});
    setCentralWidget(outer);

    m_summary = new QToolButton(this);
    m_summary->setObjectName(QStringLiteral("summaryToolButton"));
    m_summary->setAutoRaise(true);
    m_summary->setToolTip(tr("Show or hide the list of problems"));
    statusBar()->addWidget(m_summary);
    connect(m_summary, &QToolButton::clicked, this, [this] { m_issues->setVisible(!m_issues->isVisible()); });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Sending %v of %m"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelSendToolButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop sending: requests not sent yet are not sent; one already sent is on record"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelSend);

    buildMenus();
    connect(m_issues, &IssueListView::issueChosen, this, &MainWindow::goToIssue);
    connect(m_document, &DraftDocument::changed, this, &MainWindow::updateStatus);
    connect(m_document, &DraftDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DraftDocument::changed, m_importError, &QLabel::hide);
    connect(m_document, &DraftDocument::changed, this, &MainWindow::updateSendAction);
    // The receiver and the Sandbox start once the window is up: the first paint does not wait for them.
    m_services = new LocalServices(m_history.isOpen() ? &m_history : nullptr, this);
    QTimer::singleShot(0, this, &MainWindow::startServices);
    connect(m_bar, &ComposerBar::manageAccountsRequested, this, &MainWindow::showAccounts);
    auto *sendButton = new QToolButton(this);
    sendButton->setObjectName(QStringLiteral("sendToolButton"));
    sendButton->setDefaultAction(m_send);
    sendButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    sendButton->setMinimumWidth(sendButton->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 7);
    m_bar->addTrailingWidget(sendButton);
    reloadAccounts();

    // Ctrl+V where no text field takes it reads the clipboard as a message.
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this,
            [this] { importJson(QApplication::clipboard()->text().toUtf8(), tr("The pasted text")); });

    const QString autosavePath = m_options.autosavePath.isEmpty() ? Autosave::defaultPath() : m_options.autosavePath;
    if (m_options.offerRecovery)
        offerRecovery();
    if (m_options.welcomeOnFirstStart && m_document->draft().message.isEmpty() &&
        !m_settings->value(WelcomeDismissedKey).toBool())
        QTimer::singleShot(0, this, &MainWindow::showWelcome);
    m_autosave = new Autosave(m_document, autosavePath, this);
    updateStatus();
    updateTitle();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), QKeySequence::New, this,
                    &MainWindow::newDraft)
        ->setObjectName(QStringLiteral("newAction"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), QKeySequence::Open, this,
                    &MainWindow::openDialog)
        ->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] {
        RecentFiles::fill(m_recentMenu, this, [this](const QString &path) {
            if (maybeSave())
                openFile(path);
        });
    });
    QMenu *examples = file->addMenu(tr("E&xamples"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    // Filled when first opened: reading every example is not worth delaying the start for.
    connect(examples, &QMenu::aboutToShow, this, [this, examples] {
        if (!examples->isEmpty())
            return;
        for (const QString &path : Kinds::examplePaths()) {
            QString error;
            const std::optional<Draft> draft = DraftFile::load(path, &error);
            const QString title = draft && !draft->title.isEmpty() ? draft->title : QFileInfo(path).completeBaseName();
            examples->addAction(title, this, [this, path] {
                if (maybeSave() && openFile(path))
                    m_document->setFilePath(QString()); // an example opens as a new, untitled draft
                updateTitle();
            });
        }
    });
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), QKeySequence::Save, this,
                    &MainWindow::save)
        ->setObjectName(QStringLiteral("saveAction"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), QKeySequence::SaveAs, this,
                    [this] { saveAs(); })
        ->setObjectName(QStringLiteral("saveAsAction"));
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), QKeySequence::Quit, this,
                    &QWidget::close)
        ->setObjectName(QStringLiteral("quitAction"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), QKeySequence::Undo, m_document,
                             &DraftDocument::undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"),
                             QList<QKeySequence>{QKeySequence(tr("Ctrl+Y")), QKeySequence::Redo}.first(), m_document,
                             &DraftDocument::redo);
    // Ctrl+Y as well as the platform's Redo, without listing one key twice (that makes it ambiguous).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Y"))))
        redoKeys.prepend(QKeySequence(tr("Ctrl+Y")));
    m_redo->setShortcuts(redoKeys);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    edit->addSeparator();
    edit->addAction(tr("Edit &JSON…"), QKeySequence(tr("Ctrl+J")), this, &MainWindow::editJson)
        ->setObjectName(QStringLiteral("editJsonAction"));
    edit->addAction(tr("&Paste Message"), QKeySequence(tr("Ctrl+Shift+V")), this,
                    [this] { importJson(QApplication::clipboard()->text().toUtf8(), tr("The pasted text")); });

    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find in History"), QKeySequence::Find, this,
                    [this] {
                        if (!m_historyView)
                            return; // the history could not be opened; its place says why
                        findChild<QAction *>(QStringLiteral("showHistoryAction"))->setChecked(true);
                        m_historyView->focusSearch();
                    })
        ->setObjectName(QStringLiteral("findAction"));
    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("Pre&ferences…"),
                    QKeySequence::Preferences, this, &MainWindow::preferences)
        ->setObjectName(QStringLiteral("preferencesAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *history = view->addAction(tr("&History"));
    history->setObjectName(QStringLiteral("showHistoryAction"));
    history->setCheckable(true);
    history->setChecked(true);
    history->setShortcut(QKeySequence(tr("Ctrl+H")));
    connect(history, &QAction::toggled, this, [this](bool on) {
        if (m_historyView)
            m_historyView->setVisible(on);
    });
    view->addAction(tr("&Unmatched Events…"), this, &MainWindow::showUnmatched)
        ->setObjectName(QStringLiteral("unmatchedEventsAction"));
    QAction *response = view->addAction(tr("&Response"));
    response->setCheckable(true);
    response->setChecked(true);
    connect(response, &QAction::toggled, m_response, &QWidget::setVisible);
    view->addSeparator();
    QAction *fullScreen = view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message
        ->addAction(tr("Copy as &cURL"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    [this] { m_preview->copy(PreviewPane::Curl); })
        ->setObjectName(QStringLiteral("copyCurlAction"));
    m_send = message->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), this, [this] { send(); });
    m_send->setShortcuts({QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))});
    m_send->setObjectName(QStringLiteral("sendAction"));
    message->addSeparator();
    message->addAction(tr("&Accounts…"), this, &MainWindow::showAccounts)
        ->setObjectName(QStringLiteral("accountsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("The &Sandbox…"), this,
                    [this] {
                        QMessageBox box(QMessageBox::Information, tr("The Sandbox"),
                                        m_services->sandbox()
                                            ? tr("The Sandbox answers like a provider, on this machine. Send with the "
                                                 "Sandbox account; what happens depends on the recipient's last three "
                                                 "digits (Show Details).")
                                            : tr("The Sandbox is not running."),
                                        QMessageBox::Close, this);
                        if (m_services->sandbox())
                            box.setDetailedText(QString::fromUtf8(m_services->sandbox()->describe()));
                        box.exec();
                    })
        ->setObjectName(QStringLiteral("sandboxHelpAction"));
    help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome)->setObjectName(QStringLiteral("welcomeAction"));
    help->addSeparator();
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Wabench"), this, &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // addAction takes the first key of a standard binding; each action gets every key its platform has.
    const std::pair<const char *, QKeySequence::StandardKey> standard[] = {
        {"newAction", QKeySequence::New},
        {"openAction", QKeySequence::Open},
        {"saveAction", QKeySequence::Save},
        {"saveAsAction", QKeySequence::SaveAs},
        {"quitAction", QKeySequence::Quit},
        {"undoAction", QKeySequence::Undo},
        {"findAction", QKeySequence::Find},
        {"preferencesAction", QKeySequence::Preferences},
        {"fullScreenAction", QKeySequence::FullScreen}};
    for (const auto &[name, key] : standard)
        findChild<QAction *>(QString::fromLatin1(name))->setShortcuts(key);
}

void MainWindow::showWelcome()
{
    if (findChild<WelcomeDialog *>())
        return;
    auto *welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::finished, this, [this](int result) {
        m_settings->setValue(WelcomeDismissedKey, true);
        if (result != QDialog::Accepted || !maybeSave())
            return;
        if (openFile(QStringLiteral(":/examples/text.wabench.json")))
            m_document->setFilePath(QString()); // a new, untitled draft
        updateTitle();
    });
    welcome->open();
}

void MainWindow::showAbout()
{
    AboutDialog about(m_settings->fileName(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), this);
    about.exec();
}

void MainWindow::chooseKind(const QString &kind)
{
    const QJsonObject current = m_document->draft().message;
    if (Kinds::of(current) == kind)
        return;
    QJsonObject message = Skeleton::message(SchemaRegistry::shared(), kind);
    // What is not about the kind stays: the reply context and the callback data.
    for (const QString &key : {QStringLiteral("context"), QStringLiteral("biz_opaque_callback_data")}) {
        if (current.contains(key))
            message.insert(key, current.value(key));
    }
    m_document->setMessage(message);
}

bool MainWindow::openFile(const QString &path)
{
    const DraftImport imported = DraftImport::fromFile(path);
    if (!imported.draft) {
        showImportError(tr("%1: %2").arg(QFileInfo(path).fileName(), imported.error));
        return false;
    }
    m_document->setDraft(*imported.draft);
    const bool isDraft = path.endsWith(Draft::fileSuffix());
    m_document->setFilePath(isDraft ? path : QString());
    if (isDraft) {
        m_document->markClean();
        RecentFiles::add(path);
    }
    if (!imported.note.isEmpty())
        statusBar()->showMessage(imported.note, 8000);
    updateTitle();
    return true;
}

bool MainWindow::importJson(const QByteArray &json, const QString &source)
{
    const DraftImport imported = DraftImport::fromJson(json);
    if (!imported.draft) {
        showImportError(tr("%1 was not read: %2. The draft is unchanged.").arg(source, imported.error));
        return false;
    }
    Draft draft = *imported.draft;
    const Draft &current = m_document->draft();
    if (imported.messageOnly) {
        // Just a message: it replaces the message, and provider, recipients and options stay.
        draft = current;
        draft.message = imported.draft->message;
    }
    // A body that does not name them keeps the account and sender already chosen.
    if (draft.sender.isEmpty())
        draft.sender = current.sender;
    draft.account = current.account;
    m_document->setDraft(draft, false);
    if (!imported.note.isEmpty())
        statusBar()->showMessage(imported.note, 8000);
    return true;
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

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!DraftFile::save(m_document->draft(), m_document->filePath(), &error)) {
        QMessageBox::warning(this, tr("Save"), tr("The draft was not saved: %1").arg(error));
        return false;
    }
    m_document->markClean();
    RecentFiles::add(m_document->filePath());
    updateTitle();
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this, tr("Save Draft"), m_document->filePath(),
                                              tr("Wabench drafts (*%1)").arg(Draft::fileSuffix()));
    }
    if (target.isEmpty())
        return false;
    if (!target.endsWith(Draft::fileSuffix()))
        target += Draft::fileSuffix();
    m_document->setFilePath(target);
    return save();
}

void MainWindow::newDraft()
{
    if (!maybeSave())
        return;
    Draft draft;
    draft.provider = m_document->draft().provider;
    draft.sender = m_document->draft().sender;
    m_document->setDraft(draft);
    m_document->setFilePath(QString());
    m_document->markClean();
    updateTitle();
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Draft or Request Body"), QString(),
                                                      tr("Drafts and JSON bodies (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::editJson()
{
    const QList<HttpRequest> requests =
        m_document->provider() ? m_document->provider()->build(m_document->draft(), {}) : QList<HttpRequest>();
    const QString json = requests.isEmpty() ? QString::fromUtf8(QJsonDocument(m_document->draft().toJson()).toJson())
                                            : QString::fromUtf8(requests.first().body);
    auto *dialog = new EditJsonDialog(json, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditJsonDialog::applyRequested, this, [this, dialog](const QByteArray &text) {
        const DraftImport imported = DraftImport::fromJson(text);
        if (!imported.draft) {
            dialog->showError(imported.error);
            return;
        }
        importJson(text, tr("The JSON"));
        dialog->accept();
    });
    dialog->open();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified() || !m_options.confirmDiscard)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to this draft first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::offerRecovery()
{
    const QString path = m_options.autosavePath.isEmpty() ? Autosave::defaultPath() : m_options.autosavePath;
    std::optional<Draft> recovered = Autosave::pending(path);
    if (!recovered)
        return;
    const QString source = Autosave::takeSourcePath(*recovered);
    m_document->setDraft(*recovered);
    m_document->setFilePath(source);
    statusBar()->showMessage(tr("Recovered the draft you were editing when Wabench last stopped."), 10000);
    updateTitle();
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
    m_issues->setVisible(started && m_issues->count() > 0);
    m_undo->setEnabled(m_document->canUndo());
    m_redo->setEnabled(m_document->canRedo());
}

void MainWindow::goToIssue(const QString &pointer)
{
    if (pointer.startsWith(QStringLiteral("/message"))) {
        m_form->focusField(pointer.mid(8));
    } else if (pointer.startsWith(QStringLiteral("/recipients"))) {
        m_bar->recipients()->lineEdit()->setFocus(Qt::OtherFocusReason);
    } else if (pointer.startsWith(QStringLiteral("/sender"))) {
        m_bar->sender()->setFocus(Qt::OtherFocusReason);
    }
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
    cancelSend();
    if (!maybeSave()) {
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
    if (mime->hasUrls() && mime->urls().first().isLocalFile())
        openFile(mime->urls().first().toLocalFile());
    else if (mime->hasText())
        importJson(mime->text().toUtf8(), tr("The dropped text"));
    event->acceptProposedAction();
}

void MainWindow::reloadAccounts()
{
    m_bar->setAccounts(m_accounts->accounts());
    if (const std::optional<AccountProfile> account = accountFor(m_document->draft()))
        m_preview->setAccount(previewAccount(*account));
    updateSendAction();
}

std::optional<AccountProfile> MainWindow::accountFor(const Draft &draft) const
{
    // The draft's account when it is of the draft's provider; else that provider's first.
    std::optional<AccountProfile> first;
    for (const AccountProfile &account : m_accounts->accounts()) {
        if (account.provider != draft.provider)
            continue;
        if (account.id == draft.account || account.name == draft.account)
            return account;
        if (!first)
            first = account;
    }
    return first;
}

void MainWindow::updateSendAction()
{
    if (!m_send)
        return;
    const Draft &draft = m_document->draft();
    const qsizetype errors = IssueList::errorCount(m_document->issues());
    const std::optional<AccountProfile> account = accountFor(draft);
    QString why;
    if (!m_history.isOpen())
        why = m_historyError;
    else if (isSending())
        why = tr("A send is under way");
    else if (draft.message.isEmpty())
        why = tr("Choose a message kind first");
    else if (draft.recipients.isEmpty())
        why = tr("Add a recipient first");
    else if (errors > 0)
        why = tr("Fix the %n error(s) first", nullptr, int(errors));
    else if (!account)
        why = tr("Add an account for this provider first (Message > Accounts)");
    m_send->setEnabled(why.isEmpty());
    m_send->setToolTip(why.isEmpty() ? tr("Send with %1 (Ctrl+Return)").arg(account->name) : why);
    m_send->setStatusTip(m_send->toolTip());
    if (account)
        m_preview->setAccount(previewAccount(*account));
}

bool MainWindow::send()
{
    updateSendAction();
    if (!m_send->isEnabled()) {
        statusBar()->showMessage(tr("Not sent: %1").arg(m_send->toolTip()), 8000);
        return false;
    }
    return startSend(m_document->draft(), m_document->issues());
}

bool MainWindow::resend(qint64 recordId)
{
    const std::optional<HistoryRecord> record = m_history.record(recordId);
    if (!record || isSending())
        return false;
    const QByteArray request = record->request;
    const qsizetype blank = request.indexOf("\n\n");
    const DraftImport imported = DraftImport::fromJson(blank < 0 ? QByteArray() : request.mid(blank + 2));
    if (!imported.draft) {
        QMessageBox::warning(this, tr("Send Again"), tr("The recorded request was not read: %1").arg(imported.error));
        return false;
    }
    Draft draft = *imported.draft;
    draft.provider = record->provider;
    draft.account = record->account;
    draft.recipients = {record->recipient};
    if (draft.sender.isEmpty())
        draft.sender = record->sender;
    if (m_options.confirmSend &&
        QMessageBox::question(this, tr("Send Again"),
                              tr("Send this %1 message to %2 again, as a new message?\nIt gets a record of its own; "
                                 "the first one is left as it is.")
                                  .arg(record->kind, record->recipient)) != QMessageBox::Yes)
        return false;
    return startSend(draft, Validator::validateDraft(draft, Providers::find(draft.provider)));
}

bool MainWindow::startSend(const Draft &draft, const Issues &issues)
{
    if (isSending())
        return false;
    if (const qsizetype errors = IssueList::errorCount(issues); errors > 0) {
        statusBar()->showMessage(tr("Not sent: the message has %n error(s).", nullptr, int(errors)), 8000);
        return false;
    }
    const std::optional<AccountProfile> profile = accountFor(draft);
    if (!profile) {
        statusBar()->showMessage(tr("Not sent: there is no account for this provider."), 8000);
        showAccounts();
        return false;
    }
    // Warnings are confirmed once: the same warning does not ask again.
    QStringList fresh;
    for (const Issue &issue : issues + windowWarnings(draft)) {
        const QString key = issue.pointer + u'\x1f' + issue.message;
        if (!issue.isError() && !m_confirmedWarnings.contains(key))
            fresh << key;
    }
    if (!fresh.isEmpty() && m_options.confirmSend) {
        QStringList shown;
        for (const QString &key : std::as_const(fresh).first(qMin<qsizetype>(fresh.size(), 6)))
            shown << QStringLiteral("• ") + key.section(u'\x1f', 1);
        if (fresh.size() > 6)
            shown << tr("…and %n more", nullptr, int(fresh.size() - 6));
        QMessageBox box(QMessageBox::Warning, tr("Send with Warnings?"),
                        tr("This message has %n warning(s):", nullptr, int(fresh.size())), QMessageBox::NoButton, this);
        box.setInformativeText(shown.join(u'\n'));
        QPushButton *go = box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() != static_cast<QAbstractButton *>(go))
            return false;
    }
    for (const QString &key : std::as_const(fresh))
        m_confirmedWarnings.insert(key);

    // Secrets come from the store; one that is not stored is asked for, and kept for the session.
    m_preparing = true;
    updateSendAction();
    AccountStore::load(*profile, m_secrets,
                       [self = QPointer<MainWindow>(this), draft, profile](const Account &loaded, const QStringList &) {
                           if (self) // the window may have closed while the keychain answered
                               self->secretsLoaded(draft, *profile, loaded);
                       });
    return true;
}

void MainWindow::secretsLoaded(const Draft &draft, const AccountProfile &profile, const Account &loaded)
{
    m_preparing = false;
    Account account = loaded;
    QHash<QString, QString> typed;
    for (const AccountField &field : AccountStore::fields(profile.provider)) {
        if (!field.secret || account.secrets.contains(field.key) || profile.provider == u"sandbox")
            continue;
        bool ok = false;
        const QString value = QInputDialog::getText(
            this, tr("Secret Needed"),
            tr("The %1 of account \"%2\" is not stored. Enter it to send:").arg(field.label, profile.name),
            QLineEdit::Password, QString(), &ok);
        if (!ok || value.isEmpty()) {
            statusBar()->showMessage(tr("Not sent: the %1 is needed.").arg(field.label), 8000);
            updateSendAction();
            return;
        }
        account.secrets.insert(field.key, value);
        typed.insert(field.key, value);
    }
    // Kept in the store, so it is asked for once (once a session, when there is no keychain).
    AccountStore::storeSecrets(profile, typed, m_secrets, [](const QString &) {});
    sendWith(draft, m_services->prepare(account));
}

void MainWindow::sendWith(const Draft &draft, const Account &account)
{
    if (isSending())
        return;
    m_job = new SendJob(m_network, &m_history, this);
    m_job->setTimeout(Settings(m_settings.get()).timeoutSeconds() * 1000);
    const Provider *provider = Providers::find(draft.provider);
    auto counts = std::make_shared<QHash<DeliveryStatus, int>>();
    connect(m_job, &SendJob::recorded, this, [this] {
        if (m_historyView)
            m_historyView->reload();
    });
    connect(m_job, &SendJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (done < total)
            m_response->showSending(done, total);
    });
    connect(m_job, &SendJob::requestFinished, this, [this, provider, counts](int index, const SendOutcome &outcome) {
        m_response->showOutcome(provider, m_job->requests().value(index), outcome);
        for (const MessageResult &result : outcome.results)
            ++(*counts)[outcome.notRecorded.isEmpty() ? result.status : DeliveryStatus::Unknown];
        if (m_historyView) {
            for (const qint64 id : m_job->rows().value(index))
                m_historyView->refreshRecord(id);
        }
    });
    connect(m_job, &SendJob::finished, this, [this, counts] {
        m_job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_cancel->hide();
        QStringList parts;
        for (const DeliveryStatus status :
             {DeliveryStatus::Accepted, DeliveryStatus::Rejected, DeliveryStatus::Unknown}) {
            if (const int n = counts->value(status))
                parts << tr("%1 %2").arg(n).arg(Delivery::name(status));
        }
        statusBar()->showMessage(tr("Sent: %1").arg(parts.join(QStringLiteral(", "))), 10000);
        updateSendAction();
    });
    QString error;
    if (!m_job->start(draft, account, &error)) {
        m_job->deleteLater();
        m_job = nullptr;
        QMessageBox::warning(this, tr("Send"), tr("Nothing was sent: %1").arg(error));
        return;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    updateSendAction();
}

void MainWindow::cancelSend()
{
    if (m_job)
        m_job->cancel();
}

void MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_accounts.get(), m_secrets, m_network,
                                      Settings(m_settings.get()).timeoutSeconds() * 1000, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reloadAccounts);
    if (const std::optional<AccountProfile> account = accountFor(m_document->draft()))
        dialog->selectAccount(account->id);
    dialog->open();
}

void MainWindow::preferences()
{
    auto *dialog = new PreferencesDialog(m_settings.get(), m_secrets, m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

Account MainWindow::previewAccount(const AccountProfile &profile) const
{
    const Account account = AccountStore::withoutSecrets(profile);
    return m_services ? m_services->prepare(account) : account;
}

void MainWindow::startServices()
{
    QStringList notes;
    m_services->start(m_settings.get(), {m_options.freePorts, false, true}, &notes);
    // The Sandbox a moment later, so that making Qt's HTTP server never delays the first paint.
    QTimer::singleShot(150, this, [this] {
        QStringList sandboxNotes;
        m_services->startSandbox(m_settings.get(), m_options.freePorts, &sandboxNotes);
        if (!sandboxNotes.isEmpty())
            statusBar()->showMessage(sandboxNotes.join(u' '), 15000);
        reloadAccounts();
        emit servicesStarted();
    });
    m_secrets->read(Settings::metaAppSecretKey(),
                    [self = QPointer<MainWindow>(this)](std::optional<QString> secret, const QString &) {
                        if (self && secret)
                            self->m_services->setMetaAppSecret(secret->toUtf8());
                    });
    m_receiving = new QLabel(this);
    m_receiving->setObjectName(QStringLiteral("receivingLabel"));
    if (m_services->receiving()) {
        const WebhookReceiver *receiver = m_services->receiver();
        m_receiving->setText(tr("Receiving callbacks at %1").arg(receiver->localUrl()));
        m_receiving->setToolTip(
            tr("Providers' status callbacks go to %1/webhooks/<provider>; Exotel and Telnyx requests name it "
               "themselves. For a provider on the internet, run a tunnel and set its public URL in Preferences.")
                .arg(receiver->publicUrl().isEmpty() ? receiver->localUrl() : receiver->publicUrl()));
    } else {
        m_receiving->setText(tr("Not receiving callbacks"));
    }
    statusBar()->addPermanentWidget(m_receiving);
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(u' '), 15000);
    // Statuses move the history's rows as they arrive.
    connect(m_services->receiver(), &WebhookReceiver::statusReceived, this,
            [this](const QString &, const CallbackEvent &, HistoryStore::Applied applied, qint64 record) {
                if (m_historyView && record && applied != HistoryStore::Applied::Duplicate)
                    m_historyView->refreshRecord(record);
            });
    // A callback the history could not store was refused (503) for the provider to send again: said.
    connect(m_services->receiver(), &WebhookReceiver::rejected, this,
            [this](const QString &, int status, const QString &reason) {
                if (status == 503)
                    statusBar()->showMessage(tr("A callback was refused: %1").arg(reason), 15000);
            });
    connect(m_services->receiver(), &WebhookReceiver::inboundReceived, this,
            [this](const QString &, const CallbackEvent &event) {
                statusBar()->showMessage(tr("%1 wrote: %2").arg(event.from, event.inboundText.left(80)), 10000);
            });
    reloadAccounts(); // the previews now name the Sandbox's address and the receiver
}

void MainWindow::showUnmatched()
{
    // Status callbacks that named a message the history does not have: sent from elsewhere, or before
    // this history began. Kept, never dropped.
    const QList<HistoryStore::UnmatchedEvent> events = m_history.unmatchedEvents(1000);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("unmatchedDialog"));
    dialog.setWindowTitle(tr("Unmatched Events"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *note =
        new QLabel(events.isEmpty() ? tr("Every status callback received so far matched a message in the history.")
                                    : tr("These status callbacks named a message the history does not have: sent from "
                                         "elsewhere, or before this history began. They are kept here."),
                   &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *table = new QTableWidget(int(events.size()), 5, &dialog);
    table->setObjectName(QStringLiteral("unmatchedTable"));
    table->setHorizontalHeaderLabels({tr("Time"), tr("Provider"), tr("Message id"), tr("Status"), tr("Details")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < events.size(); ++row) {
        const HistoryStore::UnmatchedEvent &event = events.at(row);
        const QString when = event.event.time.isValid()
                                 ? QLocale().toString(event.event.time.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
        const QStringList cells = {when, event.provider, event.messageId, event.event.status,
                                   event.event.errorCode.isEmpty()
                                       ? event.event.description
                                       : event.event.errorCode + QStringLiteral(": ") + event.event.description};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        table->item(row, 3)->setIcon(StateStyle::icon(event.event.status));
    }
    table->resizeColumnsToContents();
    table->setVisible(!events.isEmpty());
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(820, events.isEmpty() ? 160 : 420);
    dialog.exec();
}

Issues MainWindow::windowWarnings(const Draft &draft) const
{
    // Outside the 24-hour customer service window only templates are delivered (Meta 131047). The
    // Sandbox plays its own scenarios, so it is not warned about.
    Issues out;
    if (draft.provider == u"sandbox" || Kinds::of(draft.message) == u"template" || !m_history.isOpen())
        return out;
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addSecs(-24 * 3600);
    for (qsizetype i = 0; i < draft.recipients.size(); ++i) {
        const QDateTime last = m_history.lastInbound(draft.recipients.at(i));
        if (last.isValid() && last >= dayAgo)
            continue;
        const QString when = last.isValid()
                                 ? tr("last wrote %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                                 : tr("no message from them has been received here");
        out.append(Issue::warning(QStringLiteral("/recipients/%1").arg(i),
                                  tr("%1 is outside the 24-hour window (%2): only a template reaches them; a "
                                     "free-form message is refused (131047)")
                                      .arg(draft.recipients.at(i), when)));
    }
    return out;
}

void MainWindow::refreshStatus(qint64 recordId)
{
    const std::optional<HistoryRecord> record = m_history.record(recordId);
    if (!record)
        return;
    const Provider *provider = Providers::find(record->provider);
    std::optional<AccountProfile> profile;
    for (const AccountProfile &account : m_accounts->accounts()) {
        if (account.provider == record->provider && (account.name == record->account || !profile))
            profile = account;
    }
    if (!provider || !profile) {
        statusBar()->showMessage(tr("No %1 account to ask with.").arg(record->provider), 8000);
        return;
    }
    AccountStore::load(
        *profile, m_secrets,
        [self = QPointer<MainWindow>(this), provider, record](const Account &loaded, const QStringList &) {
            if (!self)
                return;
            if (!self->m_statusRefresh->start(*record, provider, self->m_services->prepare(loaded),
                                              Settings(self->m_settings.get()).timeoutSeconds() * 1000))
                self->statusBar()->showMessage(tr("%1 reports statuses only by callback.").arg(provider->displayName()),
                                               8000);
        });
}
