// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

// The main window. Until the composer arrives it shows the message kinds and, for the chosen
// kind, its example draft as the request body the Sandbox would receive, with its validation.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void showExample(const QString &path);

    QTreeWidget *m_kinds = nullptr;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_body = nullptr;
};
