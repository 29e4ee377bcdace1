// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivinglabel.h"

#include "webhooks/localservices.h"
#include "webhooks/webhookreceiver.h"

ReceivingLabel::ReceivingLabel(const LocalServices *services, QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("receivingLabel"));
    if (!services->receiving()) {
        setText(tr("Not receiving callbacks"));
        return;
    }
    const WebhookReceiver *receiver = services->receiver();
    setText(tr("Receiving callbacks at %1").arg(receiver->localUrl()));
    setToolTip(tr("Providers' status callbacks go to %1/webhooks/<provider>; Exotel and Telnyx requests name it "
                  "themselves. For a provider on the internet, run a tunnel and set its public URL in Preferences.")
                   .arg(receiver->publicUrl().isEmpty() ? receiver->localUrl() : receiver->publicUrl()));
}
