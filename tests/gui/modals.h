// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answering the dialogs a test's action opens: what the person would click, once the dialog is showing.

#include <QApplication>
#include <QTimer>
#include <QWidget>
#include <functional>

// Runs `act` on the next modal dialog once it is showing.
inline void whenModal(std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}
