// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Wabench"));
    setObjectName(QStringLiteral("welcomeDialog"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(tr("<h2>Welcome to Wabench</h2>"
                     "<p>Wabench builds WhatsApp Business messages in a form, shows the exact request each provider "
                     "gets as you type, sends it, and follows each message until it is read.</p>"
                     "<p><b>The Sandbox</b> is a provider that runs on this computer. It answers like Exotel, "
                     "Kaleyra, Telnyx or Meta would and sends the status callbacks they send, with no account and "
                     "no internet. Nothing sent to it reaches a phone. The recipient's last three digits choose what "
                     "happens: most are delivered and read, …901 fails, …920 answers slowly (Help ▸ The Sandbox "
                     "lists them all).</p>"
                     "<p>Open the example, press <b>Send</b>, and watch its status change in the history below. "
                     "Your own provider accounts go under Message ▸ Accounts.</p>"));

    QHBoxLayout *top = Theme::besideApplicationIcon(text);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *example = buttons->addButton(tr("Open the &Example"), QDialogButtonBox::AcceptRole);
    example->setObjectName(QStringLiteral("openExampleButton"));
    example->setDefault(true);
    buttons->addButton(tr("Start &Empty"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("startEmptyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    // A wrapped label's height follows its width: fix the width, and let the layout size the rest.
    text->setFixedWidth(fontMetrics().averageCharWidth() * 64);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}
