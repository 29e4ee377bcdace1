// SPDX-License-Identifier: GPL-3.0-or-later
// The Webhooks window's tools: replay into the receiver or to a URL, trigger, and Meta's handshake tried.
#include "webhookswindow.h"

#include "history/historystore.h"
#include "net/urls.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "triggerdialog.h"
#include "ui/theme.h"
#include "webhooks/callbackpost.h"
#include "webhooks/callbacktrigger.h"
#include "webhooks/localservices.h"
#include "webhooks/triggerkeys.h"
#include "webhooks/webhookreceiver.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QUrlQuery>

void WebhooksWindow::replaySelected()
{
    const qint64 id = selectedId();
    const std::optional<WebhookRecord> record = m_workbench->history()->webhook(id);
    if (!record)
        return;
    say(tr("Replaying request %1…").arg(id));
    m_workbench->services()->receiver()->replay(*record);
}

void WebhooksWindow::replayTo()
{
    const std::optional<WebhookRecord> record = m_workbench->history()->webhook(selectedId());
    if (!record)
        return;
    const Provider *provider = Providers::find(record->provider);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Replay To"));
    auto *form = new QFormLayout(&dialog);
    auto *url = new QLineEdit(m_workbench->settings()->value(QStringLiteral("webhooks/replay_to")).toString(), &dialog);
    url->setObjectName(QStringLiteral("replayUrlLineEdit"));
    url->setPlaceholderText(tr("http://127.0.0.1:3000/webhook"));
    Theme::fitText(url, url->placeholderText() + QStringLiteral("/whatsapp"));
    form->addRow(tr("&URL"), url);
    auto *resign = new QCheckBox(&dialog);
    resign->setObjectName(QStringLiteral("replayResignCheckBox"));
    const bool canSign = provider && TriggerKeys::sharedSecret(*provider);
    resign->setText(canSign ? tr("Sign it anew with your %1").arg(provider->callbackFields().constFirst().label)
                            : tr("Signed as it came (only %1 can sign its callbacks)")
                                  .arg(provider ? provider->displayName() : record->provider));
    resign->setEnabled(canSign);
    form->addRow(QString(), resign);
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(Theme::errorText(palette()));
    error->setWordWrap(true);
    error->hide();
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    form->addRow(buttons);
    QUrl target;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [url, error, chosen = &target, asked = &dialog] {
        if (QString why; !Urls::postTarget(url->text(), chosen, &why)) {
            error->setText(why);
            error->show();
            return;
        }
        asked->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workbench->settings()->setValue(QStringLiteral("webhooks/replay_to"), url->text().trimmed());
    const auto send = [this, target, body = record->body, id = record->id](const QList<HttpRequest::Header> &headers) {
        say(tr("Sending request %1 to %2…").arg(id).arg(Urls::shown(target)));
        CallbackPost::post(
            m_network, target, headers, body, this, [this, id, target](const CallbackPost::Result &result) {
                say(result.status == 0
                        ? tr("Request %1 to %2: no answer: %3").arg(id).arg(Urls::shown(target), result.error)
                        : tr("Request %1 to %2: answered %3 in %4 ms")
                              .arg(id)
                              .arg(Urls::shown(target))
                              .arg(result.status)
                              .arg(result.elapsedMs));
            });
    };
    if (!resign->isChecked()) {
        send(record->headers);
        return;
    }
    TriggerKeys::signingKey(*provider, m_workbench->secrets(), m_workbench->settings(),
                            [this, provider, record = *record, send](const TriggerKeys::Key &key) {
                                if (key.signing.isEmpty()) {
                                    say(key.error.isEmpty() ? key.note : key.error);
                                    return;
                                }
                                send(CallbackTrigger::resigned(*provider, record.headers, record.body, key.signing));
                            });
}

void WebhooksWindow::showTrigger(qint64 record)
{
    auto *dialog = new TriggerDialog(m_workbench, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (record != 0)
        dialog->setMessage(record);
    connect(dialog, &TriggerDialog::sent, this, [this](const QString &summary) { say(summary); });
    dialog->open();
}

void WebhooksWindow::tryMetaCheck()
{
    const LocalServices *services = m_workbench->services();
    const WebhookReceiver *receiver = services->receiver();
    if (!receiver->isListening()) {
        say(tr("The receiver is not running: nothing to check"));
        return;
    }
    const QByteArray token = services->callbackField(QStringLiteral("meta"), QStringLiteral("verify_token"));
    if (token.isEmpty()) {
        say(tr("Meta's check would be refused: no verify token is set (Preferences, Webhooks receiver)"));
        return;
    }
    // As Meta makes it: GET with hub.mode, hub.verify_token and hub.challenge; the challenge must come back.
    const QString challenge = QString::number(QRandomGenerator::global()->bounded(100000000, 999999999));
    QUrl url(receiver->localUrl() + WebhookReceiver::path(QStringLiteral("meta")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("hub.mode"), QStringLiteral("subscribe"));
    query.addQueryItem(QStringLiteral("hub.verify_token"), QString::fromUtf8(token));
    query.addQueryItem(QStringLiteral("hub.challenge"), challenge);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(CallbackPost::TimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, challenge] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().trimmed();
        if (status == 200 && body == challenge.toLatin1())
            say(tr("Meta's check passes: the receiver answered 200 with the challenge"));
        else if (status == 0)
            say(tr("Meta's check got no answer: %1").arg(reply->errorString()));
        else
            say(tr("Meta's check fails: the receiver answered %1: %2")
                    .arg(status)
                    .arg(QString::fromUtf8(body.left(200))));
    });
}
