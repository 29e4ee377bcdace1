// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "ui/theme.h"

#include "accounts/secretstore.h"
#include "history/databaselocation.h"
#include "history/processowner.h"
#include "net/urls.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "session/historysource.h"
#include "settings/settings.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QSettings *settings, SecretStore *secrets, LocalServices *services,
                                     QWidget *parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_services(services)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Settings preferences(settings);
    auto *layout = new QVBoxLayout(this);
    // Three pages, so that the dialog fits a small screen: where things are kept and how sends go; the
    // webhook receiver; the Sandbox.
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("preferencesTabs"));
    layout->addWidget(pages);
    const auto page = [pages](const QString &title, const QList<QWidget *> &groups) {
        auto *widget = new QWidget(pages);
        auto *column = new QVBoxLayout(widget);
        for (QWidget *group : groups)
            column->addWidget(group);
        column->addStretch();
        pages->addTab(widget, title);
    };

    auto *history = new QGroupBox(tr("History"), this);
    auto *historyForm = new QFormLayout(history);
    m_historyInUse = new QLabel(history);
    m_historyInUse->setObjectName(QStringLiteral("historyInUseLabel"));
    m_historyInUse->setWordWrap(true);
    m_historyInUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    historyForm->addRow(tr("In use"), m_historyInUse);
    m_database = new QLineEdit(history);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_database->setPlaceholderText(tr("This computer's own file"));
    m_database->setToolTip(
        tr("Empty for this computer's own history; a SQLite file; or a team workspace on PostgreSQL, "
           "postgresql://user@host:5432/database (?sslmode=verify-full for a server elsewhere). "
           "WABENCH_DATABASE and --database name another for one run."));
    m_database->setText(preferences.database());
    historyForm->addRow(tr("Keep it in (from the next start)"), m_database);
    m_databasePassword = new QLineEdit(history);
    m_databasePassword->setObjectName(QStringLiteral("databasePasswordLineEdit"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    m_databasePassword->setToolTip(tr("Kept in the keychain, never in the settings. Empty: none, or the one your "
                                      ".pgpass file holds."));
    historyForm->addRow(tr("Workspace password"), m_databasePassword);
    const auto showPassword = [this] {
        QString why;
        const std::optional<DatabaseLocation> location = DatabaseLocation::parse(m_database->text(), &why);
        const bool workspace = location && location->kind() == DatabaseLocation::Kind::PostgreSQL;
        m_databasePassword->setEnabled(workspace);
        if (!workspace) {
            m_databasePassword->setPlaceholderText(tr("Only for a team workspace"));
            return;
        }
        m_databasePassword->setPlaceholderText(tr("Checking the keychain…"));
        m_secrets->read(HistorySource::secretKey(*location),
                        [line = QPointer<QLineEdit>(m_databasePassword),
                         key = location->key()](std::optional<QString> secret, const QString &) {
                            if (line)
                                line->setPlaceholderText(secret ? tr("Stored for %1 — type to replace").arg(key)
                                                                : tr("Not stored: type it, or keep it in .pgpass"));
                        });
    };
    connect(m_database, &QLineEdit::editingFinished, this, showPassword);
    showPassword();
    m_displayName = new QLineEdit(history);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    m_displayName->setPlaceholderText(ProcessOwner::current().user);
    m_displayName->setToolTip(tr("Recorded beside each message you send, for everyone on a team workspace"));
    m_displayName->setText(preferences.displayName());
    historyForm->addRow(tr("Your name"), m_displayName);
    m_keepDays = new QSpinBox(history);
    m_keepDays->setObjectName(QStringLiteral("keepDaysSpinBox"));
    m_keepDays->setRange(0, 36500);
    m_keepDays->setSpecialValueText(tr("for ever"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setToolTip(tr("Messages older than this are removed with their statuses, and customers' messages "
                              "as old; a message still sending never is"));
    m_keepCount = new QSpinBox(history);
    m_keepCount->setObjectName(QStringLiteral("keepCountSpinBox"));
    m_keepCount->setRange(0, 100000000);
    m_keepCount->setSingleStep(1000);
    m_keepCount->setSpecialValueText(tr("no limit"));
    m_keepCount->setPrefix(tr("newest "));
    m_keepCount->setToolTip(tr("At most this many messages are kept, the newest"));
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_keepDays);
    keep->addWidget(m_keepCount);
    keep->addStretch();
    historyForm->addRow(tr("Keep messages"), keep);
    m_retentionScope = new QLabel(history);
    m_retentionScope->setObjectName(QStringLiteral("retentionScopeLabel"));
    m_retentionScope->setWordWrap(true);
    m_retentionScope->hide();
    historyForm->addRow(QString(), m_retentionScope);
    setRetention(preferences.historyRetention(), false);

    auto *sending = new QGroupBox(tr("Sending"), this);
    auto *sendingForm = new QFormLayout(sending);
    m_timeout = new QSpinBox(sending);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(preferences.timeoutSeconds());
    m_timeout->setToolTip(tr("A request with no answer by then is recorded as unknown, and never sent again"));
    sendingForm->addRow(tr("Request timeout"), m_timeout);
    page(tr("General"), {history, sending});

    auto *receiving = new QGroupBox(tr("Webhook receiver"), this);
    auto *receivingForm = new QFormLayout(receiving);
    const WebhookReceiver *receiver = services ? services->receiver() : nullptr;
    auto *local =
        new QLabel(receiver && receiver->isListening() ? receiver->localUrl() + QStringLiteral("/webhooks/<provider>")
                                                       : tr("not listening"),
                   receiving);
    local->setTextInteractionFlags(Qt::TextSelectableByMouse);
    receivingForm->addRow(tr("Listening at"), local);
    const std::optional<QString> team = services ? services->teamReceiver() : std::nullopt;
    if (team) {
        // On a team workspace the always-on receiver takes the providers' callbacks.
        auto *note = new QLabel(
            team->isEmpty()
                ? tr("This desktop is on a team workspace. Its receiver takes its Sandbox's callbacks alone; the "
                     "providers call the team's receiver, which has not said its address yet (run it with "
                     "--public-url).")
                : tr("This desktop is on a team workspace. Its receiver takes its Sandbox's callbacks alone; the "
                     "providers call the team's receiver at %1, named as the callback URL of what you send.")
                      .arg(Urls::masked(*team)),
            receiving);
        note->setObjectName(QStringLiteral("teamReceiverLabel"));
        note->setWordWrap(true);
        note->setTextInteractionFlags(Qt::TextSelectableByMouse);
        receivingForm->addRow(note);
    }
    m_receiverPort = new QSpinBox(receiving);
    m_receiverPort->setObjectName(QStringLiteral("receiverPortSpinBox"));
    m_receiverPort->setRange(0, 65535);
    m_receiverPort->setSpecialValueText(tr("any free port"));
    m_receiverPort->setValue(preferences.receiverPort());
    receivingForm->addRow(tr("Port (from the next start)"), m_receiverPort);
    m_publicUrl = new QLineEdit(preferences.publicUrl(), receiving);
    m_publicUrl->setObjectName(QStringLiteral("publicUrlLineEdit"));
    m_publicUrl->setPlaceholderText(tr("https://your-tunnel.example.com"));
    m_publicUrl->setToolTip(tr("The address providers call back: a tunnel or proxy you run to this port"));
    Theme::fitText(m_publicUrl, m_publicUrl->placeholderText());
    if (team) {
        m_publicUrl->setEnabled(false);
        m_publicUrl->setToolTip(tr("Not used on a team workspace: the team's receiver takes the providers' callbacks"));
    }
    receivingForm->addRow(tr("Public URL"), m_publicUrl);
    m_forwardTo = new QLineEdit(preferences.forwardTo(), receiving);
    m_forwardTo->setObjectName(QStringLiteral("forwardToLineEdit"));
    m_forwardTo->setPlaceholderText(tr("http://127.0.0.1:3000/webhook (optional)"));
    m_forwardTo->setToolTip(tr("Every callback the receiver accepts is passed on to your own handler, byte for byte "
                               "with its headers; its answer is kept beside the request"));
    Theme::fitText(m_forwardTo, m_forwardTo->placeholderText());
    receivingForm->addRow(tr("Forward to"), m_forwardTo);
    // Each provider's fields for checking its callbacks, as the provider names them.
    for (const Provider *provider : Providers::all()) {
        if (provider->offline())
            continue;
        for (const Provider::CallbackField &field : provider->callbackFields()) {
            auto *line = new QLineEdit(receiving);
            line->setObjectName(provider->id() + u'_' + field.key + QStringLiteral("LineEdit"));
            line->setPlaceholderText(field.placeholder);
            Theme::fitText(line, field.placeholder); // the hint is whole, whatever the keychain answers
            if (field.secret) {
                // Never shown: whether one is stored, and a line to replace it.
                line->setEchoMode(QLineEdit::Password);
                line->setPlaceholderText(tr("Checking the keychain…"));
                m_secrets->read(Settings::callbackFieldName(provider->id(), field.key),
                                [line = QPointer<QLineEdit>(line),
                                 unset = field.placeholder](std::optional<QString> secret, const QString &) {
                                    if (line)
                                        line->setPlaceholderText(secret ? tr("Stored — type to replace") : unset);
                                });
            } else {
                line->setText(QString::fromUtf8(preferences.callbackField(provider->id(), field.key)));
            }
            receivingForm->addRow(field.label, line);
            m_callbackFields.append({provider, field, line});
        }
    }
    page(tr("Webhooks"), {receiving});

    auto *sandbox = new QGroupBox(tr("Sandbox"), this);
    auto *sandboxForm = new QFormLayout(sandbox);
    if (services && services->sandbox()) {
        auto *address = new QLabel(services->sandbox()->baseUrl(), sandbox);
        address->setTextInteractionFlags(Qt::TextSelectableByMouse);
        sandboxForm->addRow(tr("Listening at"), address);
    }
    m_sandboxPort = new QSpinBox(sandbox);
    m_sandboxPort->setObjectName(QStringLiteral("sandboxPortSpinBox"));
    m_sandboxPort->setRange(0, 65535);
    m_sandboxPort->setSpecialValueText(tr("any free port"));
    m_sandboxPort->setValue(preferences.sandboxPort());
    sandboxForm->addRow(tr("Port (from the next start)"), m_sandboxPort);
    m_delay = new QSpinBox(sandbox);
    m_delay->setObjectName(QStringLiteral("callbackDelaySpinBox"));
    m_delay->setRange(0, 60000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));
    m_delay->setValue(preferences.callbackDelayMs());
    sandboxForm->addRow(tr("Between status callbacks"), m_delay);
    page(tr("Sandbox"), {sandbox});

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("preferencesErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorText(palette()));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool PreferencesDialog::apply()
{
    const auto fail = [this](const QString &why) {
        m_error->setText(why);
        m_error->show();
        return false;
    };
    const QString url = m_publicUrl->text().trimmed();
    if (!url.isEmpty()) {
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
            return fail(tr("The public URL \"%1\" is not an http(s) URL").arg(url));
    }
    const QString forwardTo = m_forwardTo->text().trimmed();
    if (QUrl target; !forwardTo.isEmpty()) {
        if (QString why; !Urls::postTarget(forwardTo, &target, &why))
            return fail(tr("Forward to: %1").arg(why));
    }
    for (const CallbackFieldEdit &edit : std::as_const(m_callbackFields)) {
        if (const QString why = edit.provider->checkCallbackField(edit.field.key, edit.line->text()); !why.isEmpty())
            return fail(why);
    }
    // A workspace's password goes to the keychain, also when it was typed into the URL.
    QString database = m_database->text().trimmed();
    QString password = m_databasePassword->text();
    std::optional<DatabaseLocation> location;
    if (!database.isEmpty()) {
        QString why;
        location = DatabaseLocation::parse(database, &why);
        if (!location)
            return fail(tr("History: %1").arg(why));
        if (location->hasPassword()) {
            if (password.isEmpty())
                password = location->password();
            location = location->withoutPassword();
            database = location->display();
        }
    }
    if (location && location->kind() == DatabaseLocation::Kind::PostgreSQL && !password.isEmpty())
        m_secrets->write(HistorySource::secretKey(*location), password, [](bool, const QString &) {});
    Settings preferences(m_settings);
    preferences.setDatabase(database);
    preferences.setDisplayName(m_displayName->text());
    preferences.setTimeoutSeconds(m_timeout->value());
    preferences.setReceiverPort(quint16(m_receiverPort->value()));
    preferences.setPublicUrl(url);
    preferences.setForwardTo(forwardTo);

    preferences.setSandboxPort(quint16(m_sandboxPort->value()));
    preferences.setCallbackDelayMs(m_delay->value());
    for (const CallbackFieldEdit &edit : std::as_const(m_callbackFields)) {
        const QString id = edit.provider->id();
        if (!edit.field.secret) {
            preferences.setCallbackField(id, edit.field.key, edit.line->text().toUtf8());
        } else if (!edit.line->text().isEmpty()) { // an empty secret line keeps the stored one
            m_secrets->write(Settings::callbackFieldName(id, edit.field.key), edit.line->text(),
                             [](bool, const QString &) {});
            if (m_services)
                m_services->setCallbackSecret(id, edit.field.key, edit.line->text().toUtf8());
        }
    }
    if (m_services)
        m_services->reloadSettings(m_settings);
    m_error->hide();
    return true;
}

void PreferencesDialog::setRetention(const HistoryRetention &retention, bool team)
{
    m_keepDays->setValue(retention.days);
    m_keepCount->setValue(retention.count);
    m_retentionScope->setText(tr("The team workspace's rule: every desktop and receiver on it follows it."));
    m_retentionScope->setVisible(team);
}

HistoryRetention PreferencesDialog::retention() const
{
    return {m_keepDays->value(), m_keepCount->value()};
}

void PreferencesDialog::setHistoryInUse(const QString &location, const QString &problem)
{
    m_historyInUse->setText(problem.isEmpty() ? location : location + u'\n' + problem);
}

QString PreferencesDialog::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
