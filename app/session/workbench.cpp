// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "accounts/secretstore.h"
#include "history/workspaceprobe.h"
#include "historysource.h"
#include "message/phonenumbers.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "sendpolicy.h"
#include "settings/appidentity.h"
#include "settings/settings.h"
#include "transport/connectiontest.h"
#include "transport/sendjob.h"
#include "transport/statusrefresh.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

Workbench::Workbench(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_ownSettings(options.settings ? nullptr : AppIdentity::userSettings()),
      m_settings(options.settings ? options.settings : m_ownSettings.get()),
      m_accounts(std::make_unique<AccountStore>(m_settings)),
      m_secrets(options.secrets ? options.secrets : SecretStore::system()), m_network(new QNetworkAccessManager(this))
{
    connect(m_secrets, &SecretStore::keychainUnavailable, this, &Workbench::notice);
    connect(&m_history, &HistoryStore::recordAdded, this, &Workbench::recordAdded);
    connect(&m_history, &HistoryStore::recordChanged, this, &Workbench::recordChanged);
    connect(&m_history, &HistoryStore::templatesChanged, this, &Workbench::loadTemplates);
    connect(&m_history, &HistoryStore::inboundRecorded, this, [this] {
        m_lastInbound.clear();
        emit windowsChanged();
    });
    connect(&m_history, &HistoryStore::workspaceChanged, this, &Workbench::accountsChanged);
    connect(&m_history, &HistoryStore::workspaceChanged, this, &Workbench::applyWorkspace);
    connect(&m_history, &HistoryStore::connectionChanged, this, [this](bool connected, const QString &why) {
        emit notice(connected ? tr("The team workspace %1 is back").arg(m_historyLocation.display()) : why);
    });
    // Nothing is sent without a record of it: without a history there is no sending (blocker() says why).
    if (options.historyBusyTimeoutMs > 0)
        m_history.setBusyTimeout(options.historyBusyTimeoutMs);
    reloadSettings();
    QString why;
    if (const std::optional<HistorySource::Choice> choice = HistorySource::choose(options.database, m_settings, &why);
        !choice) {
        m_historyError = tr("The history cannot be opened: %1").arg(why);
    } else if (m_historyLocation = choice->location;
               m_historyLocation.kind() == DatabaseLocation::Kind::SQLite || options.databasePassword) {
        openHistory(options.databasePassword.value_or(QString()));
    } else {
        m_historyError = tr("The team workspace %1 is being reached").arg(m_historyLocation.display());
        HistorySource::password(m_historyLocation, m_secrets, [self = QPointer<Workbench>(this)](const QString &pw) {
            if (self)
                self->reachHistory(pw);
        });
    }
    m_services = new LocalServices(&m_history, this);
    m_statusRefresh = new StatusRefresh(m_network, &m_history, this);
    connect(m_statusRefresh, &StatusRefresh::finished, this, &Workbench::statusRefreshed);
    m_connectionTest = new ConnectionTest(m_network, this);
    connect(m_connectionTest, &ConnectionTest::finished, this, &Workbench::connectionTested);
    connectReceiver();
    applyWorkspace();
}

void Workbench::applyWorkspace()
{
    // On a team workspace the always-on receiver takes the providers' callbacks (at the URL it left there);
    // this desktop's takes its Sandbox's alone.
    if (m_services && m_historyLocation.kind() == DatabaseLocation::Kind::PostgreSQL)
        m_services->setTeamReceiver(
            m_history.isOpen() ? m_history.workspaceSetting(QLatin1String(WorkspaceSettings::ReceiverUrl)) : QString());
}

Workbench::~Workbench()
{
    // A send under way ends here: what was sent stays on record, the rest is not sent.
    cancelSend();
    // A copy under way finishes (each of its transactions whole; the next copy goes on from there).
    if (m_import) {
        m_import->wait();
        delete m_import;
    }
}

void Workbench::openHistory(const QString &password)
{
    QString why;
    if (m_history.open(m_historyLocation, &why, password)) {
        m_historyError.clear();
        loadTemplates();
        // A workspace's shared accounts are listed beside this computer's.
        m_accounts->setWorkspace(&m_history);
        applyWorkspace();
        applyRetention();
        emit accountsChanged();
        // On a workspace, what other desktops and the always-on receiver commit is seen here as it happens.
        if (QString live; !m_history.listen(&live))
            emit notice(live);
    } else {
        m_historyError = m_historyLocation.kind() == DatabaseLocation::Kind::SQLite
                             ? tr("The history (%1) cannot be opened: %2").arg(m_historyLocation.display(), why)
                             : why;
    }
    emit historyOpened(m_history.isOpen());
}

void Workbench::reachHistory(const QString &password)
{
    // Whether the workspace answers, asked beside this thread: one that does not would keep the window
    // frozen for the whole connect timeout. Asked again every half minute until it does.
    WorkspaceProbe::reach(m_historyLocation, password, this, [this, password](bool reached, const QString &why) {
        if (reached) {
            openHistory(password);
            return;
        }
        const bool first = !std::exchange(m_historyUnreachable, true);
        m_historyError = tr("The team workspace %1 cannot be reached: %2").arg(m_historyLocation.display(), why);
        if (first)
            emit historyOpened(false);
        QTimer::singleShot(std::chrono::seconds(30), this, [this, password] { reachHistory(password); });
    });
}

void Workbench::reloadSettings()
{
    m_history.setSentBy(Settings(m_settings).displayName());
}

int Workbench::timeoutMs() const
{
    return Settings(m_settings).timeoutSeconds() * 1000;
}

void Workbench::loadTemplates()
{
    TemplateLibrary library;
    if (m_history.isOpen()) {
        // By account, the local library's ("") first: an account's definition takes the place of a local one.
        const QList<HistoryStore::StoredTemplate> stored = m_history.templates();
        for (const HistoryStore::StoredTemplate &kept : stored)
            library.add(kept.definition);
    }
    m_templates = library;
    emit templatesChanged();
}

void Workbench::connectReceiver()
{
    connect(m_services->receiver(), &WebhookReceiver::rejected, this,
            [this](const QString &, int status, const QString &reason) {
                // A refusal for bad input is the sender's business; one for want of storage is ours.
                if (status == 503)
                    emit notice(tr("A callback was refused: %1").arg(reason));
            });
    connect(m_services->receiver(), &WebhookReceiver::inboundReceived, this,
            [this](const QString &, const CallbackEvent &event) {
                m_lastInbound.clear();
                emit windowsChanged();
                emit notice(
                    tr("%1 wrote: %2")
                        .arg(event.username.isEmpty() ? event.from : event.username, event.inboundText.left(80)));
            });
}

void Workbench::startServices(const Services &services)
{
    QStringList notes;
    m_services->start(m_settings, {services.anyFreePort, services.sandbox, services.receiver}, &notes);
    // Once the keys are known: callbacks that anyone outside could post unsigned are said plainly.
    connect(
        m_services, &LocalServices::callbackSecretsRead, this,
        [this] {
            if (const QString warning = m_services->unsignedWarning(); !warning.isEmpty())
                emit notice(warning);
        },
        Qt::SingleShotConnection);
    m_services->readCallbackSecrets(m_secrets);
    // The first number typed is read at once: the phone-number module loads now, beside this thread.
    QThreadPool::globalInstance()->start(&PhoneNumbers::preload);
    emit servicesStarted(notes);
}

std::optional<AccountProfile> Workbench::accountFor(const Draft &draft) const
{
    return SendPolicy::accountFor(draft, m_accounts->accounts());
}

QString Workbench::blocker(const Draft &draft, const Issues &issues, std::optional<AccountProfile> *account) const
{
    const std::optional<AccountProfile> found = accountFor(draft);
    if (account)
        *account = found;
    return SendPolicy::blocker(draft, issues, found, {m_history.isOpen(), m_historyError, isSending()});
}

Issues Workbench::windowWarnings(const Draft &draft) const
{
    return SendPolicy::windowWarnings(
        draft,
        [this](const QString &customer) {
            if (const auto it = m_lastInbound.constFind(customer); it != m_lastInbound.constEnd())
                return *it;
            const QDateTime last = m_history.lastInbound(customer);
            m_lastInbound.insert(customer, last);
            return last;
        },
        QDateTime::currentDateTimeUtc());
}

Issues Workbench::unconfirmedWarnings(const Draft &draft, const Issues &issues) const
{
    // The window's warnings are in `issues` already where the draft's document asks for them as it checks.
    Issues all = issues;
    IssueList::appendUnique(all, windowWarnings(draft));
    return SendPolicy::unconfirmed(all, m_confirmed);
}

void Workbench::confirm(const Issues &warnings)
{
    for (const Issue &issue : warnings)
        m_confirmed.insert(SendPolicy::confirmationKey(issue));
}

bool Workbench::send(const Draft &draft, const Issues &issues, QString *why)
{
    std::optional<AccountProfile> account;
    if (const QString reason = blocker(draft, issues, &account); !reason.isEmpty()) {
        if (why)
            *why = reason;
        return false;
    }
    if (m_mediaPreparing) {
        // One account's secrets are asked for at a time.
        if (why)
            *why = tr("An upload is waiting for its account's secrets");
        return false;
    }
    const Draft toSend = draft;
    m_preparing = true;
    withSecrets(
        *account,
        [this, toSend](const Account &loaded) {
            m_preparing = false;
            sendWith(toSend, loaded);
        },
        [this](const AccountField &field) {
            m_preparing = false;
            emit sendAbandoned(tr("Not sent: the %1 is needed.").arg(field.label));
        });
    return true;
}

void Workbench::withSecrets(const AccountProfile &profile, const std::function<void(const Account &)> &proceed,
                            const std::function<void(const AccountField &)> &giveUp)
{
    AccountStore::load(
        profile, m_secrets,
        [self = QPointer<Workbench>(this), profile, proceed, giveUp](const Account &loaded, const QStringList &) {
            if (self) // the session may have ended while the keychain answered
                self->secretsLoaded(Pending{profile, loaded, {}, {}, proceed, giveUp});
        });
}

void Workbench::secretsLoaded(Pending pending)
{
    for (const AccountField &field : AccountStore::fields(pending.profile.provider)) {
        const QString key = AccountStore::secretKey(pending.profile, field.key);
        if (!field.secret || pending.account.secrets.contains(field.key))
            continue;
        if (m_typedSecrets.contains(key))
            pending.account.secrets.insert(field.key, m_typedSecrets.value(key));
        else
            pending.missing.append(field);
    }
    m_pending = std::move(pending);
    askNextSecret();
}

void Workbench::askNextSecret()
{
    if (!m_pending)
        return;
    if (!m_pending->missing.isEmpty()) {
        emit secretNeeded(m_pending->profile, m_pending->missing.constFirst());
        return;
    }
    Pending pending = std::move(*m_pending);
    m_pending.reset();
    if (m_options.storeTypedSecrets)
        AccountStore::storeSecrets(pending.profile, pending.typed, m_secrets, [](const QString &) {});
    for (auto it = pending.typed.cbegin(); it != pending.typed.cend(); ++it)
        m_typedSecrets.insert(AccountStore::secretKey(pending.profile, it.key()), it.value());
    pending.proceed(m_services->prepare(pending.account));
}

void Workbench::answerSecret(const std::optional<QString> &secret)
{
    if (!m_pending || m_pending->missing.isEmpty())
        return;
    const AccountField field = m_pending->missing.takeFirst();
    if (!secret || secret->isEmpty()) {
        const std::function<void(const AccountField &)> giveUp = m_pending->giveUp;
        m_pending.reset();
        giveUp(field);
        return;
    }
    m_pending->account.secrets.insert(field.key, *secret);
    m_pending->typed.insert(field.key, *secret);
    askNextSecret();
}

void Workbench::sendWith(const Draft &draft, const Account &account)
{
    m_job = new SendJob(m_network, &m_history, this);
    m_job->setTimeout(timeoutMs());
    const Provider *provider = Providers::find(draft.provider);
    auto counts = std::make_shared<QHash<DeliveryStatus, int>>();
    connect(m_job, &SendJob::progress, this, &Workbench::sendProgress);
    connect(m_job, &SendJob::requestFinished, this, [this, provider, counts](int index, const SendOutcome &outcome) {
        for (const MessageResult &result : outcome.results)
            ++(*counts)[outcome.notRecorded.isEmpty() ? result.status : DeliveryStatus::Unknown];
        emit requestFinished(provider, m_job->requests().value(index), outcome);
    });
    connect(m_job, &SendJob::finished, this, [this, counts] {
        m_job->deleteLater();
        m_job = nullptr;
        emit sendFinished(*counts);
    });
    QString error;
    if (!m_job->start(draft, account, &error)) {
        m_job->deleteLater();
        m_job = nullptr;
        emit sendAbandoned(tr("Nothing was sent: %1").arg(error));
    }
}

void Workbench::cancelSend()
{
    if (m_job)
        m_job->cancel();
}

std::optional<Draft> Workbench::draftToSendAgain(qint64 record, QString *why) const
{
    const std::optional<HistoryRecord> found = m_history.record(record);
    if (!found) {
        if (why)
            *why = tr("There is no record %1").arg(record);
        return std::nullopt;
    }
    return SendPolicy::sendAgain(*found, why);
}

void Workbench::refreshStatus(qint64 recordId)
{
    const std::optional<HistoryRecord> record = m_history.record(recordId);
    if (!record)
        return;
    const Provider *provider = Providers::find(record->provider);
    const std::optional<AccountProfile> profile = SendPolicy::accountOf(*record, m_accounts->accounts());
    if (!provider || !profile) {
        emit statusRefreshed(recordId, false, tr("No %1 account to ask with.").arg(record->provider));
        return;
    }
    AccountStore::load(
        *profile, m_secrets,
        [self = QPointer<Workbench>(this), provider, record](const Account &loaded, const QStringList &) {
            if (!self)
                return;
            if (!self->m_statusRefresh->start(*record, provider, self->m_services->prepare(loaded), self->timeoutMs()))
                emit self->statusRefreshed(record->id, false,
                                           tr("%1 reports statuses only by callback.").arg(provider->displayName()));
        });
}

bool Workbench::testConnection(const AccountProfile &profile, const QHash<QString, QString> &typed)
{
    const Provider *provider = Providers::find(profile.provider);
    if (!provider || !provider->testRequest(AccountStore::withoutSecrets(profile)))
        return false;
    // Secrets typed and not yet saved are used as typed; the others come from the store.
    AccountStore::load(profile, m_secrets,
                       [self = QPointer<Workbench>(this), provider, typed](const Account &loaded, const QStringList &) {
                           if (!self)
                               return;
                           Account account = loaded;
                           for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
                               account.secrets.insert(it.key(), it.value());
                           self->m_connectionTest->start(provider, self->m_services->prepare(account),
                                                         self->timeoutMs());
                       });
    return true;
}

Account Workbench::previewAccount(const AccountProfile &profile) const
{
    return m_services->prepare(AccountStore::withoutSecrets(profile));
}
