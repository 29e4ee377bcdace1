// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/historystore.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

// Message > Received Media: the images, videos, audio, documents and stickers customers sent, newest
// first, each saved to a file (`save`, with what to suggest as its name) or, where the provider gave a link,
// its link copied.
class ReceivedMediaDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<void(const ReceivedMedia &media, const QString &suggestedName)>;
    ReceivedMediaDialog(const HistoryStore &history, Save save, QWidget *parent = nullptr);
    // Reads the list again (a customer wrote).
    void reload();

    // "+919876543210-2026-11-30-1412.jpg", or the file name the customer's phone gave.
    static QString suggestedName(const ReceivedMedia &media);

private:
    void selectionChanged();

    const HistoryStore &m_history;
    Save m_save;
    QList<ReceivedMedia> m_media;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_saveButton;
    QPushButton *m_copyButton;
};
