// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QLabel>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Wabench"));
    auto *label = new QLabel(tr("<h2>Wabench</h2><p>Compose, preview, send and track WhatsApp Business messages.</p>"
                                "<p>The composer arrives soon; meanwhile the <code>wabench</code> command line "
                                "validates, converts, renders and explains payloads (<code>wabench --help</code>).</p>"),
                             this);
    label->setObjectName(QStringLiteral("placeholderLabel"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    setCentralWidget(label);
    resize(960, 640);
}
