// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const QString &settingsPath, const QString &dataPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Wabench"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>Wabench %1</h2>"
           "<p>Compose, preview, send and track WhatsApp Business messages through Exotel, Kaleyra, Telnyx and "
           "Meta's Cloud API, or the offline Sandbox.</p>"
           "<p><a href=\"%2\">%2</a></p>"
           "<p>Copyright © 2026 the Wabench developers.<br>Wabench is free software: you can redistribute it and/or "
           "modify it under the terms of the GNU General Public License, version 3 or (at your option) any later "
           "version. It comes with <b>no warranty</b>.</p>"
           "<p>Built with Qt %3, running on Qt %4; QtKeychain, valijson, libphonenumber, libsodium and "
           "http-parser.</p>"
           "<p>Settings: %5<br>Data: %6</p>")
            .arg(QStringLiteral(WABENCH_VERSION), QStringLiteral("https://github.com/wabench/wabench"),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QDir::toNativeSeparators(settingsPath).toHtmlEscaped(),
                 QDir::toNativeSeparators(dataPath).toHtmlEscaped()));

    QHBoxLayout *top = Theme::besideApplicationIcon(text);

    m_licence = new QPlainTextEdit(this);
    m_licence->setObjectName(QStringLiteral("licenceText"));
    m_licence->setReadOnly(true);
    m_licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFile licence(QStringLiteral(":/LICENSE"));
    m_licence->setPlainText(licence.open(QIODevice::ReadOnly) ? QString::fromUtf8(licence.readAll())
                                                              : tr("The licence text is missing from this build."));
    m_licence->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *showLicence = buttons->addButton(tr("&Licence"), QDialogButtonBox::HelpRole);
    showLicence->setObjectName(QStringLiteral("showLicenceButton"));
    showLicence->setCheckable(true);
    connect(showLicence, &QPushButton::toggled, this, [this](bool on) {
        m_licence->setVisible(on);
        adjustSize();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_licence, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}
