// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "history/historystore.h"
#include "message/issue.h"

#include <QMainWindow>
#include <QSet>
#include <memory>

class AccountStore;
class Autosave;
class HistoryView;
class LocalServices;
class QNetworkAccessManager;
class QProgressBar;
class QSettings;
class StatusRefresh;
class ResponsePane;
class SecretStore;
class SendJob;
class ComposerBar;
class DraftDocument;
class FormView;
class IssueListView;
class PreviewPane;
class QLabel;
class QMenu;
class QToolButton;
struct Draft;

// The composer window. It composes the parts (provider bar, recipients, kind picker, form, previews,
// problems) around one DraftDocument and owns the file operations; the parts hold no state of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        QString autosavePath; // empty: the app's data directory
        bool offerRecovery = true;
        bool confirmDiscard = true;      // ask before unsaved changes are dropped
        bool confirmSend = true;         // ask before sending with new warnings, sending again, quitting mid-send
        QString historyPath;             // empty: HistoryStore::defaultPath()
        SecretStore *secrets = nullptr;  // null: the OS keychain (or memory, when there is none)
        bool freePorts = false;          // the receiver and Sandbox on free ports, not the settings' (tests)
        bool welcomeOnFirstStart = true; // welcome until dismissed once; it offers a message for the Sandbox
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DraftDocument *document() const { return m_document; }
    // Opens a draft or a provider's body from a file; false (and a visible reason) when it cannot.
    bool openFile(const QString &path);
    // Reads pasted, dropped or typed JSON into the draft (undoable); false and a visible reason when it
    // is broken or not a message, with the draft left as it was.
    bool importJson(const QByteArray &json, const QString &source);
    bool save();
    bool saveAs(const QString &path = {});
    void chooseKind(const QString &kind);
    QString lastImportError() const;

    // Sends the draft with its account (what Send and Ctrl+Return do): refused while it has errors,
    // warnings confirmed once, missing secrets asked for. False when it did not start.
    bool send();
    // "Send again" from the history: the record's message as a new send with a record of its own.
    bool resend(qint64 recordId);
    bool isSending() const { return m_job != nullptr || m_preparing; }
    void cancelSend();
    void showAccounts();
    HistoryView *historyView() const { return m_historyView; }
    ResponsePane *responsePane() const { return m_response; }
    AccountStore *accounts() const { return m_accounts.get(); }
    SecretStore *secrets() const { return m_secrets; }
    LocalServices *services() const { return m_services; }

signals:
    // The receiver and the Sandbox are up (a moment after the window is).
    void servicesStarted();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void offerRecovery();
    void updateTitle();
    void updateStatus();
    void showImportError(const QString &error);
    void goToIssue(const QString &pointer);
    bool maybeSave();
    void newDraft();
    void openDialog();
    void editJson();
    void reloadAccounts();
    void updateSendAction();
    std::optional<AccountProfile> accountFor(const Draft &draft) const;
    bool startSend(const Draft &draft, const Issues &issues);
    void secretsLoaded(const Draft &draft, const AccountProfile &profile, const Account &account);
    void sendWith(const Draft &draft, const Account &account);
    void preferences();
    void startServices();
    void showUnmatched();
    // The welcome: what the Sandbox is, and an example message to send to it. Dismissed once, it does not
    // come back by itself (Help > Welcome shows it again).
    void showWelcome();
    void showAbout();
    void refreshStatus(qint64 recordId);
    // Warnings of the moment, beyond the draft's own: recipients outside their 24-hour window.
    Issues windowWarnings(const Draft &draft) const;
    Account previewAccount(const AccountProfile &profile) const;

    Options m_options;
    DraftDocument *m_document = nullptr;
    Autosave *m_autosave = nullptr;
    ComposerBar *m_bar = nullptr;
    FormView *m_form = nullptr;
    PreviewPane *m_preview = nullptr;
    IssueListView *m_issues = nullptr;
    QLabel *m_importError = nullptr;
    QToolButton *m_summary = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_send = nullptr;

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    SecretStore *m_secrets = nullptr;
    HistoryStore m_history;
    QString m_historyError;
    QNetworkAccessManager *m_network = nullptr;
    StatusRefresh *m_statusRefresh = nullptr;
    LocalServices *m_services = nullptr;
    QLabel *m_receiving = nullptr;
    SendJob *m_job = nullptr;
    bool m_preparing = false; // reading the account's secrets before a send
    HistoryView *m_historyView = nullptr;
    ResponsePane *m_response = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QSet<QString> m_confirmedWarnings; // warnings the person chose to send with already
};
