// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "ui/theme.h"

#include "accounts/secretstore.h"
#include "net/urls.h"
#include "providers/registry.h"
#include "sandbox/sandbox.h"
#include "settings/settings.h"
#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
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

    auto *sending = new QGroupBox(tr("Sending"), this);
    auto *sendingForm = new QFormLayout(sending);
    m_timeout = new QSpinBox(sending);
    m_timeout->setObjectName(QStringLiteral("timeoutSpinBox"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(preferences.timeoutSeconds());
    m_timeout->setToolTip(tr("A request with no answer by then is recorded as unknown, and never sent again"));
    sendingForm->addRow(tr("Request timeout"), m_timeout);
    layout->addWidget(sending);

    auto *receiving = new QGroupBox(tr("Webhook receiver"), this);
    auto *receivingForm = new QFormLayout(receiving);
    const WebhookReceiver *receiver = services ? services->receiver() : nullptr;
    auto *local =
        new QLabel(receiver && receiver->isListening() ? receiver->localUrl() + QStringLiteral("/webhooks/<provider>")
                                                       : tr("not listening"),
                   receiving);
    local->setTextInteractionFlags(Qt::TextSelectableByMouse);
    receivingForm->addRow(tr("Listening at"), local);
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
    layout->addWidget(receiving);

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
    layout->addWidget(sandbox);

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
    Settings preferences(m_settings);
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

QString PreferencesDialog::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
