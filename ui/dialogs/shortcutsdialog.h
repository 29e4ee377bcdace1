// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

// Help > Keyboard Shortcuts: every key the window answers to, read from its menus and shortcuts when the
// dialog opens (so the list cannot fall behind them), and the keys of the form and its buttons. A filter
// finds one by its name or its key.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

private:
    void filter(const QString &text);

    QTableWidget *m_table = nullptr;
};
