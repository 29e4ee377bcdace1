// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

// The main window. For now a placeholder that says what the app is and where the composer will be.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};
