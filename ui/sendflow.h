// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/issue.h"

#include <QObject>

class DraftDocument;
class QAction;
class QProgressBar;
class QStatusBar;
class QToolButton;
class QWidget;
class ResponsePane;
class Workbench;
struct Draft;

// The window's side of sending, over the Workbench: the Send action's state and reason, warnings
// confirmed in a dialog, secrets asked for in a dialog, progress and Cancel in the status bar, and each
// answer in the response pane.
class SendFlow : public QObject
{
    Q_OBJECT

public:
    SendFlow(Workbench *workbench, DraftDocument *document, ResponsePane *response, QStatusBar *statusBar,
             QWidget *window, bool confirm);

    // The Send action, its enabled state and tooltip kept to what a send would do now.
    void setAction(QAction *send);
    // Sends the draft: refused while it cannot go (the status bar says why), warnings confirmed once.
    bool send();
    // "Send again" from the history: the record's message as a new send with a record of its own.
    bool sendAgain(qint64 record);
    void updateAction();

private:
    // The draft's issues as a send to its To field sees them.
    Issues issues() const;
    bool start(const Draft &draft, const Issues &issues);
    bool confirmWarnings(const Issues &warnings);

    Workbench *m_workbench;
    DraftDocument *m_document;
    ResponsePane *m_response;
    QStatusBar *m_statusBar;
    QWidget *m_window;
    bool m_confirm;
    QAction *m_send = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};
