// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class HistoryStore;

// Status callbacks that named a message the history does not have (sent from elsewhere, or before this
// history began): kept, never dropped, and listed here.
class UnmatchedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnmatchedDialog(const HistoryStore &history, QWidget *parent = nullptr);
};
