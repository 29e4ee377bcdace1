// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainmenus.h"

#include "document/draftdocument.h"
#include "document/draftimport.h"
#include "message/kinds.h"
#include "sandbox/sandbox.h"
#include "session/workbench.h"
#include "ui/dialogs/receivedmediadialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/draftfiles.h"
#include "ui/history/historyview.h"
#include "ui/mainwindow.h"
#include "ui/mediaflow.h"
#include "ui/preview/previewpane.h"
#include "ui/preview/responsepane.h"
#include "ui/recentfiles.h"
#include "webhooks/localservices.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>

namespace {

// The menus' words, in the catalogue's "MainWindow" context (lupdate reads the macro).
struct MenuText
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};

void fileMenu(MainWindow *window, DraftFiles *files)
{
    QMenu *file = window->menuBar()->addMenu(MenuText::tr("&File"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), MenuText::tr("&New"), QKeySequence::New, files,
                    &DraftFiles::newDraft)
        ->setObjectName(QStringLiteral("newAction"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), MenuText::tr("&Open…"), QKeySequence::Open,
                    files, &DraftFiles::openDialog)
        ->setObjectName(QStringLiteral("openAction"));
    QMenu *recent = file->addMenu(MenuText::tr("Open &Recent"));
    QObject::connect(recent, &QMenu::aboutToShow, files, [recent, files] {
        RecentFiles::fill(recent, files, [files](const QString &path) {
            if (files->maybeSave())
                files->openFile(path);
        });
    });
    QMenu *examples = file->addMenu(MenuText::tr("E&xamples"));
    examples->setObjectName(QStringLiteral("examplesMenu"));
    // Filled when first opened: reading every example is not worth delaying the start for.
    QObject::connect(examples, &QMenu::aboutToShow, files, [examples, files] {
        if (!examples->isEmpty())
            return;
        for (const QString &path : Kinds::examplePaths()) {
            QString error;
            const std::optional<Draft> draft = DraftFile::load(path, &error);
            const QString title = draft && !draft->title.isEmpty() ? draft->title : QFileInfo(path).completeBaseName();
            examples->addAction(title, files, [files, path] { files->openAsNew(path); });
        }
    });
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), MenuText::tr("&Save"), QKeySequence::Save, files,
                    &DraftFiles::save)
        ->setObjectName(QStringLiteral("saveAction"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), MenuText::tr("Save &As…"),
                    QKeySequence::SaveAs, files, [files] { files->saveAs(); })
        ->setObjectName(QStringLiteral("saveAsAction"));
    file->addSeparator();
    file->addAction(MenuText::tr("Send to a &List…"), QKeySequence(MenuText::tr("Ctrl+Shift+L")), window,
                    [window] { window->showSendToList(); })
        ->setObjectName(QStringLiteral("sendToListAction"));
    file->addAction(MenuText::tr("&Copy a History In…"), window, [window] { window->copyHistoryIn(); })
        ->setObjectName(QStringLiteral("copyHistoryInAction"));
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), MenuText::tr("&Quit"), QKeySequence::Quit,
                    window, &QWidget::close)
        ->setObjectName(QStringLiteral("quitAction"));
}

void editMenu(MainWindow *window, DraftFiles *files, DraftDocument *document, MainMenus::Actions &actions)
{
    QMenu *edit = window->menuBar()->addMenu(MenuText::tr("&Edit"));
    actions.undo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), MenuText::tr("&Undo"),
                                   QKeySequence::Undo, document, &DraftDocument::undo);
    actions.undo->setObjectName(QStringLiteral("undoAction"));
    actions.redo = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), MenuText::tr("&Redo"), document,
                                   &DraftDocument::redo);
    // Ctrl+Y as well as the platform's Redo, without listing one key twice (that makes it ambiguous).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(MenuText::tr("Ctrl+Y"))))
        redoKeys.prepend(QKeySequence(MenuText::tr("Ctrl+Y")));
    actions.redo->setShortcuts(redoKeys);
    actions.redo->setObjectName(QStringLiteral("redoAction"));
    edit->addSeparator();
    edit->addAction(MenuText::tr("Edit &JSON…"), QKeySequence(MenuText::tr("Ctrl+J")), files, &DraftFiles::editJson)
        ->setObjectName(QStringLiteral("editJsonAction"));
    edit->addAction(MenuText::tr("&Paste Message"), QKeySequence(MenuText::tr("Ctrl+Shift+V")), window,
                    &MainWindow::pasteMessage);
    // Ctrl+V where no text field takes it reads the clipboard as a message.
    auto *paste = new QShortcut(QKeySequence::Paste, window);
    paste->setWhatsThis(MenuText::tr("Paste Message, where no text field takes the paste"));
    QObject::connect(paste, &QShortcut::activated, window, &MainWindow::pasteMessage);
    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), MenuText::tr("&Find in History"), QKeySequence::Find,
                    window, &MainWindow::findInHistory)
        ->setObjectName(QStringLiteral("findAction"));
    edit->addSeparator();
    edit->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), MenuText::tr("Pre&ferences…"),
                    QKeySequence::Preferences, window, &MainWindow::showPreferences)
        ->setObjectName(QStringLiteral("preferencesAction"));
}

void viewMenu(MainWindow *window, ResponsePane *response)
{
    QMenu *view = window->menuBar()->addMenu(MenuText::tr("&View"));
    QAction *history = view->addAction(MenuText::tr("&History"));
    history->setObjectName(QStringLiteral("showHistoryAction"));
    history->setCheckable(true);
    history->setChecked(true);
    history->setShortcut(QKeySequence(MenuText::tr("Ctrl+H")));
    QObject::connect(history, &QAction::toggled, window, &MainWindow::setHistoryVisible);
    if (HistoryView *shown = window->historyView()) {
        history->setChecked(!shown->isCollapsed());
        QObject::connect(shown, &HistoryView::collapsedChanged, history,
                         [history](bool collapsed) { history->setChecked(!collapsed); });
    }
    view->addAction(MenuText::tr("&Unmatched Events…"), window, &MainWindow::showUnmatched)
        ->setObjectName(QStringLiteral("unmatchedEventsAction"));
    view->addAction(MenuText::tr("&Webhooks…"), QKeySequence(MenuText::tr("Ctrl+Shift+W")), window,
                    [window] { window->showWebhooks(); })
        ->setObjectName(QStringLiteral("webhooksAction"));
    view->addAction(MenuText::tr("&Conversations…"), QKeySequence(MenuText::tr("Ctrl+Shift+O")), window,
                    [window] { window->showConversations(); })
        ->setObjectName(QStringLiteral("conversationsAction"));
    view->addAction(MenuText::tr("&Received Media…"), window,
                    [window] {
                        auto *dialog = new ReceivedMediaDialog(
                            *window->workbench()->history(),
                            [window](const ReceivedMedia &media, const QString &name) {
                                window->mediaFlow()->save(media.provider, media.business, media.mediaId, name);
                            },
                            window);
                        dialog->setAttribute(Qt::WA_DeleteOnClose);
                        QObject::connect(window->workbench(), &Workbench::windowsChanged, dialog,
                                         &ReceivedMediaDialog::reload);
                        dialog->open();
                    })
        ->setObjectName(QStringLiteral("receivedMediaAction"));
    QAction *responseShown = view->addAction(MenuText::tr("&Response"));
    responseShown->setCheckable(true);
    responseShown->setChecked(true);
    QObject::connect(responseShown, &QAction::toggled, response, &QWidget::setVisible);
    view->addSeparator();
    QAction *fullScreen =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), MenuText::tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    QObject::connect(fullScreen, &QAction::toggled, window, [window](bool on) {
        window->setWindowState(on ? window->windowState() | Qt::WindowFullScreen
                                  : window->windowState() & ~Qt::WindowFullScreen);
    });
}

void messageMenu(MainWindow *window, PreviewPane *preview, MainMenus::Actions &actions)
{
    QMenu *message = window->menuBar()->addMenu(MenuText::tr("&Message"));
    message
        ->addAction(MenuText::tr("Copy as &cURL"), QKeySequence(MenuText::tr("Ctrl+Shift+C")), preview,
                    [preview] { preview->copy(PreviewPane::Curl); })
        ->setObjectName(QStringLiteral("copyCurlAction"));
    actions.send = message->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), MenuText::tr("&Send"), window,
                                      [window] { window->send(); });
    actions.send->setShortcuts({QKeySequence(MenuText::tr("Ctrl+Return")), QKeySequence(MenuText::tr("Ctrl+Enter"))});
    actions.send->setObjectName(QStringLiteral("sendAction"));
    message->addSeparator();
    message
        ->addAction(MenuText::tr("&Templates…"), QKeySequence(MenuText::tr("Ctrl+T")), window,
                    [window] { window->showTemplates(); })
        ->setObjectName(QStringLiteral("templatesAction"));
    message->addAction(MenuText::tr("&Accounts…"), window, &MainWindow::showAccounts)
        ->setObjectName(QStringLiteral("accountsAction"));
}

void helpMenu(MainWindow *window)
{
    QMenu *help = window->menuBar()->addMenu(MenuText::tr("&Help"));
    help->addAction(MenuText::tr("The &Sandbox…"), window,
                    [window] {
                        Sandbox *sandbox = window->services()->sandbox();
                        QMessageBox box(
                            QMessageBox::Information, MenuText::tr("The Sandbox"),
                            sandbox ? MenuText::tr("The Sandbox answers like a provider, on this machine. Send with "
                                                   "the Sandbox account; what happens depends on the recipient's last "
                                                   "three digits (Show Details).")
                                    : MenuText::tr("The Sandbox is not running."),
                            QMessageBox::Close, window);
                        if (sandbox)
                            box.setDetailedText(QString::fromUtf8(sandbox->describe()));
                        box.exec();
                    })
        ->setObjectName(QStringLiteral("sandboxHelpAction"));
    help->addAction(MenuText::tr("&Welcome…"), window, &MainWindow::showWelcome)
        ->setObjectName(QStringLiteral("welcomeAction"));
    QAction *keys = help->addAction(MenuText::tr("&Keyboard Shortcuts…"), QKeySequence::HelpContents, window, [window] {
        if (auto *open = window->findChild<ShortcutsDialog *>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto *dialog = new ShortcutsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show(); // beside the window, to try the keys while reading them
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), MenuText::tr("&About Wabench"), window,
                    &MainWindow::showAbout)
        ->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(MenuText::tr("About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace

namespace MainMenus {

Actions build(MainWindow *window, DraftFiles *files, DraftDocument *document, PreviewPane *preview,
              ResponsePane *response)
{
    Actions actions;
    fileMenu(window, files);
    editMenu(window, files, document, actions);
    viewMenu(window, response);
    messageMenu(window, preview, actions);
    helpMenu(window);
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
        window->findChild<QAction *>(QString::fromLatin1(name))->setShortcuts(key);
    return actions;
}

} // namespace MainMenus
