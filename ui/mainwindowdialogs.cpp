// SPDX-License-Identifier: GPL-3.0-or-later
// The window's dialogs and windows: accounts, preferences, unmatched events, welcome, about, templates, send to a
// list.
#include "mainwindow.h"

#include "document/draftdocument.h"
#include "session/workbench.h"
#include "templates/templateuse.h"
#include "ui/composer/formview.h"
#include "ui/conversations/conversationswindow.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/dialogs/accountsdialog.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/dialogs/unmatcheddialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/draftfiles.h"
#include "ui/history/historyview.h"
#include "ui/lists/listbar.h"
#include "ui/lists/sendlistdialog.h"
#include "ui/templates/templateswindow.h"
#include "ui/webhooks/webhookswindow.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

QString MainWindow::welcomeDismissedKey()
{
    return QStringLiteral("welcome/dismissed");
}

void MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_workbench, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reloadAccounts);
    if (const std::optional<AccountProfile> account = m_workbench->accountFor(m_document->draft()))
        dialog->selectAccount(account->id);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_workbench->settings(), m_workbench->secrets(), services(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setHistoryInUse(m_workbench->historyLocation().display(),
                            m_workbench->historyOpen() ? QString() : m_workbench->historyError());
    const HistoryRetention retention = m_workbench->retention();
    dialog->setRetention(retention, m_workbench->historyLocation().kind() == DatabaseLocation::Kind::PostgreSQL);
    connect(dialog, &QDialog::accepted, this, [this, dialog, retention] {
        if (QString why; dialog->retention() != retention && !m_workbench->setRetention(dialog->retention(), &why))
            statusBar()->showMessage(why, 15000);
    });
    // A new public URL changes the callback URL the previews name.
    connect(dialog, &QDialog::accepted, this, &MainWindow::reloadAccounts);
    connect(dialog, &QDialog::accepted, m_workbench, &Workbench::reloadSettings);
    dialog->open();
}

void MainWindow::copyHistoryIn(const QString &path)
{
    QString source = path;
    if (source.isEmpty()) {
        const QString own = HistoryStore::defaultPath();
        const bool workspace = m_workbench->historyLocation().kind() == DatabaseLocation::Kind::PostgreSQL;
        if (workspace && QFileInfo(own).isFile()) {
            QMessageBox ask(QMessageBox::Question, tr("Copy a History In"),
                            tr("Copy this computer's own history into the team workspace %1? Copied again later, "
                               "only what is new in it is copied.")
                                .arg(m_workbench->historyLocation().display()),
                            QMessageBox::Cancel, this);
            QPushButton *copy = ask.addButton(tr("&Copy This Computer's History"), QMessageBox::AcceptRole);
            QPushButton *other = ask.addButton(tr("C&hoose a File…"), QMessageBox::ActionRole);
            ask.setDefaultButton(copy);
            ask.exec();
            if (ask.clickedButton() == copy)
                source = own;
            else if (ask.clickedButton() != other)
                return;
        }
        if (source.isEmpty())
            source = QFileDialog::getOpenFileName(this, tr("Copy a History In"), QFileInfo(own).absolutePath(),
                                                  tr("Wabench histories (*.sqlite);;All files (*)"));
        if (source.isEmpty())
            return;
    }
    if (QString why; !m_workbench->importHistory(source, &why)) {
        QMessageBox::warning(this, tr("Copy a History In"), why);
        return;
    }
    statusBar()->showMessage(tr("Copying %1 into the history…").arg(QDir::toNativeSeparators(source)));
    connect(
        m_workbench, &Workbench::historyImported, this,
        [this](bool ok, const QString &summary) {
            if (ok)
                statusBar()->showMessage(summary, 15000);
            else
                QMessageBox::warning(this, tr("Copy a History In"), summary);
        },
        Qt::SingleShotConnection);
}

void MainWindow::showUnmatched()
{
    UnmatchedDialog dialog(*m_workbench->history(), this);
    dialog.exec();
}

void MainWindow::showWelcome()
{
    if (findChild<WelcomeDialog *>())
        return;
    auto *welcome = new WelcomeDialog(this);
    welcome->setAttribute(Qt::WA_DeleteOnClose);
    connect(welcome, &QDialog::finished, this, [this](int result) {
        m_workbench->settings()->setValue(welcomeDismissedKey(), true);
        if (result == QDialog::Accepted)
            m_files->openAsNew(QStringLiteral(":/examples/text.wabench.json"));
    });
    welcome->open();
}

void MainWindow::showAbout()
{
    AboutDialog about(m_workbench->settings()->fileName(),
                      QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), this);
    about.exec();
}

TemplatesWindow *MainWindow::showTemplates()
{
    if (!m_templates) {
        m_templates = new TemplatesWindow(m_workbench, this);
        connect(m_templates, &TemplatesWindow::useRequested, this, &MainWindow::useTemplate);
    }
    m_templates->show();
    m_templates->raise();
    m_templates->activateWindow();
    return m_templates;
}

WebhooksWindow *MainWindow::showWebhooks()
{
    if (!m_webhooks) {
        m_webhooks = new WebhooksWindow(m_workbench, this);
        connect(m_webhooks, &WebhooksWindow::historyRecordRequested, this, &MainWindow::showRecord);
    }
    m_webhooks->show();
    m_webhooks->raise();
    m_webhooks->activateWindow();
    return m_webhooks;
}

void MainWindow::showRecord(qint64 record)
{
    setHistoryVisible(true);
    m_historyView->selectRecord(record);
    raise();
    activateWindow();
}

ConversationsWindow *MainWindow::showConversations()
{
    if (!m_conversations) {
        m_conversations = new ConversationsWindow(m_workbench, this);
        connect(m_conversations, &ConversationsWindow::historyRecordRequested, this, &MainWindow::showRecord);
    }
    m_conversations->show();
    m_conversations->raise();
    m_conversations->activateWindow();
    return m_conversations;
}

SendListDialog *MainWindow::showSendToList(const QString &path)
{
    if (!m_sendList) {
        m_sendList = new SendListDialog(m_workbench, m_document, m_listBar, this);
        connect(m_sendList, &SendListDialog::historyRequested, this, [this](const QString &campaign) {
            if (!m_historyView)
                return;
            setHistoryVisible(true);
            m_historyView->showCampaign(campaign);
        });
    }
    m_sendList->show();
    m_sendList->raise();
    m_sendList->activateWindow();
    if (!path.isEmpty() || !m_listBar->isAttached())
        m_sendList->chooseList(path);
    return m_sendList;
}

void MainWindow::useTemplate(const QJsonObject &definition)
{
    // The message becomes the template's send, one undoable step; the recipients and the account stay.
    m_document->setMessage(TemplateUse::message(definition, TemplateUse::Values::Empty));
    raise();
    activateWindow();
    m_form->rebuild();
    m_form->focusField(QStringLiteral("/template/components"));
    statusBar()->showMessage(tr("A message from the template %1: fill in its values")
                                 .arg(definition.value(QStringLiteral("name")).toString()),
                             8000);
}
