// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMainWindow>
#include <optional>

class Autosave;
class ComposerBar;
class DraftDocument;
class DraftFiles;
class FormView;
class HistoryView;
class IssueListView;
class ListBar;
class LocalServices;
class PreviewPane;
class QLabel;
class QSplitter;
class QToolButton;
class ResponsePane;
class SecretStore;
class MediaFlow;
class SendFlow;
class SendListDialog;
class TemplatesWindow;
class ConversationsWindow;
class WebhooksWindow;
class Workbench;

// The composer window: the provider bar, the form, the previews, the problems and the history, around
// one DraftDocument, over one Workbench. It composes and wires the parts; what happens is theirs.
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
        QString database;                // a file or a workspace's URL; empty: Workbench's choice
        SecretStore *secrets = nullptr;  // null: the OS keychain (or memory, when there is none)
        bool freePorts = false;          // the receiver and Sandbox on free ports, not the settings' (tests)
        bool welcomeOnFirstStart = true; // welcome until dismissed once; it offers a message for the Sandbox
        bool startServices = true;       // the receiver and the Sandbox after the first paint (not for --screenshot)
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workbench *workbench() const { return m_workbench; }
    DraftDocument *document() const { return m_document; }
    HistoryView *historyView() const { return m_historyView; }
    ResponsePane *responsePane() const { return m_response; }
    MediaFlow *mediaFlow() const { return m_mediaFlow; }
    LocalServices *services() const;

    // What the menus and tests do, in the window's words.
    bool openFile(const QString &path);
    bool importJson(const QByteArray &json, const QString &source);
    bool saveAs(const QString &path = {});
    QString lastImportError() const;
    bool send();
    bool isSending() const;
    void showAccounts();
    void showPreferences();
    void showUnmatched();
    // File > Copy a History In: the history at `path` (asked for when empty: on a team workspace, this
    // computer's own first) copied into the one in use; the status bar says what it copied.
    void copyHistoryIn(const QString &path = {});
    // The template library, in its own window (made on first use).
    TemplatesWindow *showTemplates();
    WebhooksWindow *showWebhooks();
    ConversationsWindow *showConversations();
    // History row `record` shown and chosen in this window, brought forward.
    void showRecord(qint64 record);
    // File > Send to a List: the list at `path` (asked for when empty and none is attached) attached to the
    // previews and checked, in a dialog that stays beside the window while the campaign runs.
    SendListDialog *showSendToList(const QString &path = {});
    ListBar *listBar() const { return m_listBar; }
    // The message becomes a send of `definition`, with a field for each value it takes.
    void useTemplate(const QJsonObject &definition);
    // The welcome: what the Sandbox is, and an example message to send to it. Dismissed once, it does not
    // come back by itself (Help > Welcome shows it again).
    void showWelcome();
    void showAbout();
    void findInHistory();
    void setHistoryVisible(bool visible);
    void pasteMessage();

signals:
    // The receiver and the Sandbox are up (a moment after the window is).
    void servicesStarted();

protected:
    void showEvent(QShowEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Each builds its part as a child of the splitter given, which takes it in while it is still empty:
    // a splitter measures what it is given, and measuring the full parts before the first show is wasted.
    void buildComposer(QSplitter *outer);
    void buildHistory(QSplitter *outer);
    void buildStatusBar();
    void servicesUp(const QStringList &notes);
    void updateTitle();
    void updateStatus();
    void showImportError(const QString &error);
    void goToIssue(const QString &pointer);
    void reloadAccounts();
    void updatePreviewAccount();
    static QString welcomeDismissedKey();

    Options m_options;
    Workbench *m_workbench;
    DraftDocument *m_document;
    DraftFiles *m_files;
    Autosave *m_autosave = nullptr;
    ComposerBar *m_bar = nullptr;
    FormView *m_form = nullptr;
    PreviewPane *m_preview = nullptr;
    IssueListView *m_issues = nullptr;
    QLabel *m_importError = nullptr;
    QToolButton *m_summary = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    HistoryView *m_historyView = nullptr;
    ResponsePane *m_response = nullptr;
    SendFlow *m_sendFlow = nullptr;
    MediaFlow *m_mediaFlow = nullptr;
    TemplatesWindow *m_templates = nullptr;
    WebhooksWindow *m_webhooks = nullptr;
    ConversationsWindow *m_conversations = nullptr;
    ListBar *m_listBar = nullptr;
    SendListDialog *m_sendList = nullptr;
    bool m_issuesHidden = false; // the problems list, hidden from the status bar's summary
    bool m_painted = false;
    std::optional<std::pair<QString, QString>> m_previewFor; // the provider and account the preview shows
};
