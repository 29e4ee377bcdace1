// SPDX-License-Identifier: GPL-3.0-or-later
#include "triggerdialog.h"

#include "history/historystore.h"
#include "net/urls.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "providers/sandboxrole.h"
#include "session/workbench.h"
#include "ui/theme.h"
#include "webhooks/callbackpost.h"
#include "webhooks/callbacktrigger.h"
#include "webhooks/localservices.h"
#include "webhooks/triggerkeys.h"
#include "webhooks/webhookreceiver.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>

TriggerDialog::TriggerDialog(Workbench *workbench, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent), m_workbench(workbench), m_network(network)
{
    setObjectName(QStringLiteral("triggerDialog"));
    setWindowTitle(tr("Trigger a Callback"));
    auto *form = new QFormLayout(this);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("triggerProviderCombo"));
    for (const Provider *provider : Providers::all()) {
        if (provider->sandboxRole())
            m_provider->addItem(provider->displayName(), provider->id());
    }
    form->addRow(tr("&Provider"), m_provider);
    m_event = new QComboBox(this);
    m_event->setObjectName(QStringLiteral("triggerEventCombo"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(32);
    form->addRow(tr("&Event"), m_event);
    m_messageId = new QLineEdit(this);
    m_messageId->setObjectName(QStringLiteral("triggerMessageIdLineEdit"));
    form->addRow(tr("&Message id"), m_messageId);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("triggerRecipientLineEdit"));
    m_recipient->setPlaceholderText(QStringLiteral("+919876543210"));
    form->addRow(tr("&Customer"), m_recipient);
    m_error = new QComboBox(this);
    m_error->setObjectName(QStringLiteral("triggerErrorCombo"));
    m_error->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_error->setMinimumContentsLength(32);
    form->addRow(tr("&Failure code"), m_error);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("triggerTextLineEdit"));
    form->addRow(tr("&Text"), m_text);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("triggerTargetCombo"));
    m_target->addItem(tr("Wabench's receiver"));
    m_target->addItem(tr("Your handler at a URL"));
    form->addRow(tr("Send &to"), m_target);
    m_url = new QLineEdit(m_workbench->settings()->value(QStringLiteral("webhooks/trigger_to")).toString(), this);
    m_url->setObjectName(QStringLiteral("triggerUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:3000/webhook"));
    Theme::fitText(m_url, m_url->placeholderText() + QStringLiteral("/whatsapp"));
    form->addRow(tr("&URL"), m_url);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("triggerKeyLabel"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_note);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("triggerResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(QStringLiteral("triggerSendButton"));
    m_send->setDefault(true);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TriggerDialog::trigger); // stays open for the next
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &TriggerDialog::fillEvents);
    connect(m_event, &QComboBox::currentIndexChanged, this, &TriggerDialog::updateFields);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TriggerDialog::updateFields);
    setMinimumWidth(520);
    fillEvents();
}

void TriggerDialog::setMessage(qint64 record)
{
    const std::optional<HistoryRecord> found = m_workbench->history()->record(record);
    if (!found)
        return;
    setProvider(found->provider);
    m_messageId->setText(found->messageId);
    m_recipient->setText(found->recipient);
    setEvent(QStringLiteral("delivered"));
}

void TriggerDialog::setProvider(const QString &provider)
{
    if (const int index = m_provider->findData(provider); index >= 0)
        m_provider->setCurrentIndex(index);
}

void TriggerDialog::setEvent(const QString &event)
{
    if (const int index = m_event->findData(event); index >= 0)
        m_event->setCurrentIndex(index);
}

void TriggerDialog::fillEvents()
{
    const Provider *provider = Providers::find(m_provider->currentData().toString());
    if (!provider)
        return;
    const QString current = m_event->currentData().toString();
    {
        const QSignalBlocker blocker(m_event);
        m_event->clear();
        auto *model = qobject_cast<QStandardItemModel *>(m_event->model());
        for (const CallbackTrigger::Event &event : CallbackTrigger::events()) {
            m_event->addItem(event.name + QStringLiteral(" — ") + event.summary, event.name);
            // What the provider does not document stays in the list, disabled, saying why.
            if (const QString why = CallbackTrigger::unsupported(*provider, event); !why.isEmpty() && model) {
                QStandardItem *item = model->item(m_event->count() - 1);
                item->setEnabled(false);
                item->setToolTip(why);
            }
        }
        const QSignalBlocker errors(m_error);
        m_error->clear();
        for (const QString &code : provider->failureCodes())
            m_error->addItem(code + QStringLiteral(" — ") + provider->describeCode(code), code);
        // The failure a person most often meets first: the number is not on WhatsApp.
        m_error->setCurrentIndex(qMax(
            0, m_error->findData(provider->sandboxRole()->failureWords(SandboxRole::Failure::NotOnWhatsApp).code)));
    }
    m_note->setText(tr("Reading the key %1's callbacks are signed with…").arg(provider->displayName()));
    const int keep = m_event->findData(current);
    m_event->setCurrentIndex(keep >= 0 ? keep : 0);
    updateFields();
    TriggerKeys::signingKey(*provider, m_workbench->secrets(), m_workbench->settings(),
                            [self = QPointer<TriggerDialog>(this), id = provider->id()](const TriggerKeys::Key &key) {
                                if (self && self->m_provider->currentData().toString() == id)
                                    self->say(self->m_note, key.error.isEmpty() ? key.note : key.error);
                            });
}

void TriggerDialog::say(QLabel *label, const QString &text)
{
    label->setText(text);
    // Grown to show what it says whole, never shrunk under the person's hand.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

void TriggerDialog::updateFields()
{
    const std::optional<CallbackTrigger::Event> event = CallbackTrigger::event(m_event->currentData().toString());
    const CallbackTrigger::Family family = event ? event->family : CallbackTrigger::Family::Status;
    m_error->setEnabled(event && event->value == u"failed");
    m_text->setEnabled(family != CallbackTrigger::Family::Status);
    m_messageId->setPlaceholderText(family == CallbackTrigger::Family::Status    ? tr("a new id (matches nothing)")
                                    : family == CallbackTrigger::Family::Inbound ? tr("the message it answers, if any")
                                                                                 : tr("the template's id"));
    m_text->setPlaceholderText(family == CallbackTrigger::Family::Template ? tr("the template's name")
                                                                           : tr("what the customer wrote or chose"));
    m_url->setEnabled(m_target->currentIndex() == 1);
}

void TriggerDialog::trigger()
{
    const Provider *provider = Providers::find(m_provider->currentData().toString());
    if (!provider)
        return;
    QUrl url;
    if (m_target->currentIndex() == 1) {
        if (QString why; !Urls::postTarget(m_url->text(), &url, &why)) {
            say(m_result, tr("Not sent: %1").arg(why));
            return;
        }
        m_workbench->settings()->setValue(QStringLiteral("webhooks/trigger_to"), m_url->text().trimmed());
    } else {
        const WebhookReceiver *receiver = m_workbench->services()->receiver();
        if (!receiver->isListening()) {
            say(m_result, tr("Not sent: the receiver is not running"));
            return;
        }
        url = QUrl(receiver->localUrl() + WebhookReceiver::path(provider->id()));
    }
    CallbackTrigger::Options options;
    options.messageId = m_messageId->text().trimmed();
    options.recipient = m_recipient->text().trimmed();
    options.text = m_text->isEnabled() ? m_text->text() : QString();
    if (m_error->isEnabled()) {
        options.errorCode = m_error->currentData().toString();
    }
    m_send->setEnabled(false);
    m_result->setText(tr("Sending…"));
    const QString event = m_event->currentData().toString();
    TriggerKeys::signingKey(
        *provider, m_workbench->secrets(), m_workbench->settings(),
        [self = QPointer<TriggerDialog>(this), provider, event, options, url](const TriggerKeys::Key &key) {
            if (!self)
                return;
            const CallbackTrigger::Built built = CallbackTrigger::build(*provider, event, options, key.signing);
            if (!built.error.isEmpty()) {
                self->say(self->m_result, tr("Not sent: %1").arg(built.error));
                self->m_send->setEnabled(true);
                return;
            }
            CallbackPost::post(self->m_network, url, built.headers, built.body, self,
                               [self, built, url](const CallbackPost::Result &result) {
                                   const QString answer =
                                       result.status == 0
                                           ? tr("no answer: %1").arg(result.error)
                                           : tr("answered %1 in %2 ms").arg(result.status).arg(result.elapsedMs);
                                   const QString line = tr("%1 → %2: %3").arg(built.summary, Urls::shown(url), answer);
                                   self->say(self->m_result,
                                             line + (result.body.isEmpty()
                                                         ? QString()
                                                         : u'\n' + QString::fromUtf8(result.body.left(500)).trimmed()));
                                   self->m_send->setEnabled(true);
                                   emit self->sent(line);
                               });
        });
}
