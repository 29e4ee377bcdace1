// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class HistoryStore;
class QPlainTextEdit;
class QTextBrowser;

// One record in full: its state and what it means, its fields, the error in the provider's words, the
// status timeline; the request (secrets masked) and the response, pretty-printed.
class HistoryDetails : public QTabWidget
{
    Q_OBJECT

public:
    explicit HistoryDetails(const HistoryStore *store, QWidget *parent = nullptr);

    // Shows record `id` (0: none chosen).
    void showRecord(qint64 id);
    // The body of a stored request ("POST url\nheaders\n\nbody").
    static QByteArray bodyOf(const QByteArray &request);
    // What the pane says while no message is chosen.
    static QString nothingChosen();

private:
    const HistoryStore *m_store;
    QTextBrowser *m_summary;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
};
