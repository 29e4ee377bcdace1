// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class LocalServices;

// The status bar's word on the webhook receiver: where callbacks are received (and, in its tooltip, the
// URL providers are given), or that they are not.
class ReceivingLabel : public QLabel
{
    Q_OBJECT

public:
    ReceivingLabel(const LocalServices *services, QWidget *parent = nullptr);
};
