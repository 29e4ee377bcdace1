// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct Row
{
    QString keys;
    QString what;
    QString where;
};

QString keysOf(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &sequence : sequences)
        keys << sequence.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QString plain(QString text)
{
    return text.remove(u'&').remove(QStringLiteral("…"));
}

void collect(const QMenu *menu, const QString &where, QList<Row> &rows)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        const QString place =
            where.isEmpty() ? plain(menu->title()) : where + QStringLiteral(" › ") + plain(menu->title());
        if (action->menu())
            collect(action->menu(), place, rows);
        else if (!action->shortcuts().isEmpty())
            rows.append({keysOf(action->shortcuts()), plain(action->text()), place});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window) : QDialog(window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    QList<Row> rows;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (const QAction *menu : menus) {
        if (menu->menu())
            collect(menu->menu(), QString(), rows);
    }
    const QList<QShortcut *> shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
        rows.append({keysOf(shortcut->keys()), shortcut->whatsThis(), tr("Window")});
    const QString form = tr("Form");
    rows.append({tr("Tab, Shift+Tab"),
                 tr("Next or previous field: Provider, Account, Message, From, To, the form from "
                    "the top, Send, then the previews and the history"),
                 form});
    rows.append({tr("Space, Enter"), tr("Press the button in focus (letters typed on a button do nothing)"), form});
    rows.append({tr("Up, Down"), tr("Choose in a list or a combo box; move between history rows"), form});

    auto *search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("shortcutsFilterLineEdit"));
    search->setPlaceholderText(tr("Filter by name or key"));
    search->setAccessibleName(tr("Filter shortcuts"));
    search->setClearButtonEnabled(true);

    m_table = new QTableWidget(int(rows.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action"), tr("Where")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(true);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).keys));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).what));
        m_table->setItem(i, 2, new QTableWidgetItem(rows.at(i).where));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    connect(search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 32);
}

void ShortcutsDialog::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool shown = text.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !shown; ++column)
            shown = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}
