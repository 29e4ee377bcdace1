// SPDX-License-Identifier: GPL-3.0-or-later
#include "unmatcheddialog.h"

#include "history/historystore.h"
#include "ui/history/statestyle.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

UnmatchedDialog::UnmatchedDialog(const HistoryStore &history, QWidget *parent) : QDialog(parent)
{
    const QList<HistoryStore::UnmatchedEvent> events = history.unmatchedEvents(1000);
    setObjectName(QStringLiteral("unmatchedDialog"));
    setWindowTitle(tr("Unmatched Events"));
    auto *layout = new QVBoxLayout(this);
    auto *note =
        new QLabel(events.isEmpty() ? tr("Every status callback received so far matched a message in the history.")
                                    : tr("These status callbacks named a message the history does not have: sent from "
                                         "elsewhere, or before this history began. They are kept here."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *table = new QTableWidget(int(events.size()), 5, this);
    table->setObjectName(QStringLiteral("unmatchedTable"));
    table->setHorizontalHeaderLabels({tr("Time"), tr("Provider"), tr("Message id"), tr("Status"), tr("Details")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < events.size(); ++row) {
        const HistoryStore::UnmatchedEvent &event = events.at(row);
        const QString when = event.event.time.isValid()
                                 ? QLocale().toString(event.event.time.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
        const QStringList cells = {when, event.provider, event.messageId, StateStyle::label(event.event.status),
                                   event.event.errorCode.isEmpty()
                                       ? event.event.description
                                       : event.event.errorCode + QStringLiteral(": ") + event.event.description};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        table->item(row, 3)->setIcon(StateStyle::icon(event.event.status));
    }
    table->resizeColumnsToContents();
    table->setVisible(!events.isEmpty());
    layout->addWidget(table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, events.isEmpty() ? 160 : 420);
}
