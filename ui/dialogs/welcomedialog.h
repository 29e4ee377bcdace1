// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

// The first start's welcome: what Wabench does, what the Sandbox is, and a message to send to it.
// Accepted: open the example; rejected: start empty. Help > Welcome shows it again.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
};
