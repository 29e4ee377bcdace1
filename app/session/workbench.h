// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/accountstore.h"
#include "history/databaselocation.h"
#include "history/historystore.h"
#include "lists/campaignrun.h"
#include "message/draft.h"
#include "message/issue.h"
#include "providers/account.h"
#include "templates/templatelibrary.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>

class LocalServices;
class MediaDownloadJob;
class MediaUploadJob;
class Provider;
class QNetworkAccessManager;
class QSettings;
class SecretStore;
class SendJob;
class ConnectionTest;
class StatusRefresh;
struct HttpRequest;
struct SendOutcome;

// A running Wabench: the history, the accounts and their secrets, the network, the local services (the
// webhook receiver and the Sandbox) and the send under way. The window and the command line are faces
// over it: they ask it to send, to send again, to refresh a status, and show what it signals.
class Workbench : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // Where the history is: a file or a team workspace's URL; empty: HistorySource::choose's
        // (WABENCH_DATABASE, Preferences, this computer's file).
        QString database;
        int historyBusyTimeoutMs = 0;   // 0: the store's default
        SecretStore *secrets = nullptr; // null: the OS keychain (or memory, when there is none)
        QSettings *settings = nullptr;  // null: the user's settings file
        // Secrets typed for a send are written to the secret store (the window), or kept for this process
        // only (the command line, which reads them from standard input each time).
        bool storeTypedSecrets = true;
        // A workspace's password when the face has it already (the command line reads it first); else it
        // is read from the service's credentials or the keychain, and the workspace opened once it is.
        std::optional<QString> databasePassword;
    };
    explicit Workbench(const Options &options, QObject *parent = nullptr);
    ~Workbench() override;

    HistoryStore *history() { return &m_history; }
    const HistoryStore *history() const { return &m_history; }
    bool historyOpen() const { return m_history.isOpen(); }
    // Why the history is not open (or is not open yet: a workspace being reached), or empty.
    QString historyError() const { return m_historyError; }
    // Where the history is (chosen, whether or not it could be opened), for titles and status bars:
    // display() masks any password.
    const DatabaseLocation &historyLocation() const { return m_historyLocation; }
    // The template definitions kept with the history, the local library's and then every account's (an
    // account's, as its provider holds it, in place of a local one of the same name and language): what
    // template sends are checked against.
    const TemplateLibrary &templates() const { return m_templates; }
    AccountStore *accounts() const { return m_accounts.get(); }
    SecretStore *secrets() const { return m_secrets; }
    QSettings *settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }
    LocalServices *services() const { return m_services; }
    int timeoutMs() const;

    struct Services
    {
        bool anyFreePort = false; // free ports instead of the settings' (tests, a second instance)
        bool receiver = true;
        bool sandbox = true;
    };
    // Starts the local services; servicesStarted() follows with what could not be done as asked.
    void startServices(const Services &services);

    // Takes what Preferences changed that applies at once (the name sends are recorded under, the retention).
    void reloadSettings();

    // Another history (a SQLite file, or a workspace's URL) copied into the one in use, in a thread of its
    // own (HistoryStore::importHistory: run again, it copies only what is new); historyImported() follows.
    // False and why when it cannot start (the history in use is not open, a copy is under way).
    bool importHistory(const QString &source, QString *why);
    bool isImporting() const { return m_import != nullptr; }
    // How long the history keeps messages: on a team workspace the workspace's rule, which every desktop
    // and receiver of it follows; else this computer's setting. Applied when the history opens and every
    // hour (and at once when set).
    HistoryRetention retention() const;
    bool setRetention(const HistoryRetention &retention, QString *why = nullptr);

    // The account `draft` goes with (SendPolicy::accountFor over the accounts kept).
    std::optional<AccountProfile> accountFor(const Draft &draft) const;
    // Why `draft` cannot be sent now, or an empty string; `account`, when given, is the account it goes with.
    QString blocker(const Draft &draft, const Issues &issues, std::optional<AccountProfile> *account = nullptr) const;
    // The warnings of a send of `draft` not confirmed yet this session: the draft's own, and recipients
    // outside their 24-hour window.
    Issues unconfirmedWarnings(const Draft &draft, const Issues &issues) const;
    // The 24-hour window's warnings for the draft's recipients, from the customers' last messages in the
    // history (remembered until a customer writes): cheap enough for every keystroke.
    Issues windowWarnings(const Draft &draft) const;
    // The person chose to send with these warnings: they do not ask again this session.
    void confirm(const Issues &warnings);
    // Starts sending `draft`: refused (false and why) when there is a blocker; the account's secrets are
    // read, and any not stored are asked for with secretNeeded(). Warnings are the face's to confirm first.
    bool send(const Draft &draft, const Issues &issues, QString *why = nullptr);
    // The recorded message as a new draft to send again (see SendPolicy::sendAgain).
    std::optional<Draft> draftToSendAgain(qint64 record, QString *why) const;
    bool isSending() const { return m_job != nullptr || m_campaign != nullptr || m_preparing; }
    // Stops what is under way: requests not sent yet are not sent; one already sent ends as unknown.
    void cancelSend();
    // The answer to secretNeeded(): the secret, or nothing to give up the send.
    void answerSecret(const std::optional<QString> &secret);

    // Media from a file: `path` checked against WhatsApp's limits for `mediaType` (image, video, audio,
    // document, sticker) and uploaded through the media endpoint of the provider `draft` goes with, with
    // its account (secrets asked for as for a send). False and why when it cannot start; mediaUploaded
    // follows otherwise.
    bool uploadMedia(const Draft &draft, const QString &path, const QString &mediaType, QString *why);
    // The account's templates as its provider holds them, kept in place of those kept for the account
    // before (all pages, or nothing); then templatesPulled.
    bool pullTemplates(const QString &account, QString *why);
    // Each definition created with the account's provider, in turn; each one created is kept for the account
    // with the status the provider gave it; templatePushed for each, then templatesPushFinished.
    bool pushTemplates(const QString &account, const QList<QJsonObject> &definitions, QString *why);
    // A template deleted at the account's provider, then no longer kept for it: every language of `name`, or
    // with `language` the one kept in it (by the id it was kept with; Telnyx deletes only by id).
    bool deleteTemplate(const QString &account, const QString &name, QString *why, const QString &language = {});
    // A media id's file (a customer's image, say) that came to `provider` saved to `path`, with that
    // provider's account whose sender is `business` (else its first). mediaDownloaded follows.
    bool downloadMedia(const QString &provider, const QString &business, const QString &mediaId, const QString &path,
                       QString *why);
    bool isTransferringMedia() const { return m_upload || m_download || m_mediaPreparing; }
    void cancelMedia();

    // Sends `draft` (with its {{placeholders}}) to every row of `options.list` as campaign `options.campaign`,
    // with the account the draft goes with (its secrets as for a send): a campaign run again sends only the
    // rows that never left. `options.account` is filled here; a rate of 0 is the provider's default pace
    // (unlimitedRate() for none). False and why when it cannot start; campaignFinished follows otherwise.
    bool sendToList(const Draft &draft, CampaignRun::Options options, QString *why);
    static constexpr double unlimitedRate() { return -1; }
    // The campaign under way, or null: pause, resume, cancel, its counts.
    CampaignRun *campaign() const { return m_campaign; }

    // Asks the provider what became of a recorded message, where it can be asked (statusRefreshed follows).
    void refreshStatus(qint64 record);
    // "Test connection": the provider's harmless call with `profile`'s settings, its stored secrets and
    // those `typed` (not saved yet). False when the provider has none; connectionTested follows otherwise.
    bool testConnection(const AccountProfile &profile, const QHash<QString, QString> &typed);
    // The account as previews show it: no secrets, the Sandbox's address and the receiver's callback URL.
    Account previewAccount(const AccountProfile &profile) const;

signals:
    void recordAdded(qint64 id);
    void recordChanged(qint64 id);
    void sendProgress(int done, int total);
    // One request answered (or not): what went, and what came back.
    void requestFinished(const Provider *provider, const HttpRequest &request, const SendOutcome &outcome);
    // The send is over; `counts` are the messages by state (accepted, rejected, unknown; "not recorded"
    // answers count as unknown).
    void sendFinished(const QHash<DeliveryStatus, int> &counts);
    // The send did not start or stopped before any request: the reason.
    void sendAbandoned(const QString &reason);
    // A secret of `account` is not stored: answer with answerSecret().
    void secretNeeded(const AccountProfile &account, const AccountField &field);
    void statusRefreshed(qint64 record, bool ok, const QString &summary);
    void connectionTested(bool ok, const QString &summary);
    void mediaProgress(qint64 done, qint64 total);
    void mediaUploaded(bool ok, const QString &mediaId, const QString &summary);
    void templatesPulled(bool ok, const QString &summary);
    void templatePushed(int index, bool ok, const QString &summary);
    void templatesPushFinished();
    void templateDeleted(bool ok, const QString &summary);
    void mediaDownloaded(bool ok, const QString &summary);
    void servicesStarted(const QStringList &notes);
    // A campaign's rows, as they end or are put off for rate, its progress, and its end (`error` empty:
    // every row went, or it was cancelled; counts from campaign()).
    void campaignRowFinished(qint64 row, const QString &recipient, const SendOutcome &outcome);
    void campaignRowDeferred(qint64 row, const QString &recipient, qint64 afterMs, const QString &reason);
    void campaignProgress(qint64 done, qint64 total);
    void campaignFinished(const QString &error, const CampaignRun::Counts &counts);
    // Something worth a line in a status bar or a log: a callback refused or not stored, a customer's
    // message, the keychain unavailable.
    void notice(const QString &text);
    // A customer wrote: the 24-hour windows have moved.
    void windowsChanged();
    // The template definitions were saved or removed: templates() has them.
    void templatesChanged();
    // The history was opened, or could not be (historyError() says why): a file at once, a workspace once
    // its password was read and it answered.
    void historyOpened(bool ok);
    // The accounts changed: on a team workspace, another desktop saved or removed a shared one.
    void accountsChanged();
    // A copy of another history into this one ended: what it copied, or why it did not.
    void historyImported(bool ok, const QString &summary);

private:
    void applyWorkspace();
    void applyRetention();
    void openHistory(const QString &password);
    // A workspace opened once it answers (asked in a thread of its own), or asked again later.
    void reachHistory(const QString &password);
    // The account of `profile` with its secrets: those stored, those typed this session, and those asked for
    // with secretNeeded(); then `proceed`, or `giveUp` with the secret not given.
    void withSecrets(const AccountProfile &profile, const std::function<void(const Account &)> &proceed,
                     const std::function<void(const AccountField &)> &giveUp);
    struct Pending;
    void secretsLoaded(Pending pending);
    void askNextSecret();
    void sendWith(const Draft &draft, const Account &account);
    void connectReceiver();
    void loadTemplates();
    // The account's provider with its template API, its profile, or the reason there is none.
    const Provider *templateProvider(const QString &account, std::optional<AccountProfile> *profile,
                                     QString *why) const;

    Options m_options;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    SecretStore *m_secrets;
    HistoryStore m_history;
    TemplateLibrary m_templates;
    mutable QHash<QString, QDateTime> m_lastInbound; // by customer, read from the history once
    QString m_historyError;
    DatabaseLocation m_historyLocation;
    QNetworkAccessManager *m_network;
    LocalServices *m_services = nullptr;
    StatusRefresh *m_statusRefresh;
    ConnectionTest *m_connectionTest;
    SendJob *m_job = nullptr;
    CampaignRun *m_campaign = nullptr;
    bool m_preparing = false;
    QSet<QString> m_confirmed;
    QHash<QString, QString> m_typedSecrets; // secret key to value, for this process

    // What waits for secrets to be typed (a send, an upload).
    struct Pending
    {
        AccountProfile profile;
        Account account;
        QList<AccountField> missing;
        QHash<QString, QString> typed;
        std::function<void(const Account &)> proceed;
        std::function<void(const AccountField &)> giveUp;
    };
    std::optional<Pending> m_pending;
    MediaUploadJob *m_upload = nullptr;
    MediaDownloadJob *m_download = nullptr;
    bool m_mediaPreparing = false;
    QThread *m_import = nullptr;
    bool m_pruning = false;            // pruned hourly since the history opened
    bool m_historyUnreachable = false; // said once; asked again until it answers
};
