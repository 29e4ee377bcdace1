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
    // A new public URL changes the callback URL the previews name.
    connect(dialog, &QDialog::accepted, this, &MainWindow::reloadAccounts);
    connect(dialog, &QDialog::accepted, m_workbench, &Workbench::reloadSettings);
    dialog->open();
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
