// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "composer/composerbar.h"
#include "composer/formview.h"
#include "composer/issuelistview.h"
#include "composer/recipientsedit.h"
#include "dialogs/editjsondialog.h"
#include "document/autosave.h"
#include "document/draftdocument.h"
#include "document/draftimport.h"
#include "message/kinds.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"
#include "preview/previewpane.h"
#include "providers/provider.h"
#include "recentfiles.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : MainWindow(Options{}, parent) {}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_document(new DraftDocument(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_bar = new ComposerBar(m_document, central);
    connect(m_bar, &ComposerBar::kindChosen, this, &MainWindow::chooseKind);
    layout->addWidget(m_bar);
    m_importError = new QLabel(central);
    m_importError->setObjectName(QStringLiteral("importErrorLabel"));
    m_importError->setWordWrap(true);
    m_importError->setStyleSheet(QStringLiteral("QLabel { color:#d32f2f; border:1px solid #d32f2f; padding:4px; }"));
    m_importError->hide();
    layout->addWidget(m_importError);

    m_form = new FormView(m_document, central);
    m_preview = new PreviewPane(m_document, central);
    m_issues = new IssueListView(m_document, central);
    m_issues->setMaximumHeight(120);
    auto *left = new QSplitter(Qt::Vertical, central);
    left->addWidget(m_form);
    left->addWidget(m_issues);
    left->setStretchFactor(0, 1);
    auto *splitter = new QSplitter(central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_summary = new QToolButton(this);
    m_summary->setObjectName(QStringLiteral("summaryToolButton"));
    m_summary->setAutoRaise(true);
    m_summary->setToolTip(tr("Show or hide the list of problems"));
    statusBar()->addWidget(m_summary);
    connect(m_summary, &QToolButton::clicked, this, [this] { m_issues->setVisible(!m_issues->isVisible()); });

    buildMenus();
    connect(m_issues, &IssueListView::issueChosen, this, &MainWindow::goToIssue);
    connect(m_document, &DraftDocument::changed, this, &MainWindow::updateStatus);
    connect(m_document, &DraftDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &DraftDocument::changed, m_importError, &QLabel::hide);

    // Ctrl+V where no text field takes it reads the clipboard as a message.
    auto *paste = new QShortcut(QKeySequence::Paste, this);
    connect(paste, &QShortcut::activated, this,
            [this] { importJson(QApplication::clipboard()->text().toUtf8(), tr("The pasted text")); });

    const QString autosavePath = m_options.autosavePath.isEmpty() ? Autosave::defaultPath() : m_options.autosavePath;
    if (m_options.offerRecovery)
        offerRecovery();
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
                    &QWidget::close);

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

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message
        ->addAction(tr("Copy as &cURL"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    [this] { m_preview->copy(PreviewPane::Curl); })
        ->setObjectName(QStringLiteral("copyCurlAction"));
    QAction *send =
        message->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send"), QKeySequence(tr("Ctrl+Return")));
    send->setObjectName(QStringLiteral("sendAction"));
    send->setEnabled(false);
    send->setToolTip(tr("Sending arrives with provider accounts."));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Wabench"), this, [this] {
        QMessageBox::about(this, tr("About Wabench"),
                           tr("<h3>Wabench %1</h3><p>Compose, preview, send and track WhatsApp Business messages.</p>"
                              "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(WABENCH_VERSION)));
    });
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
