// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lists/campaignrun.h"
#include "lists/recipientlist.h"

#include <QDialog>
#include <QElapsedTimer>

class CampaignReportView;
class DraftDocument;
class ListBar;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class Workbench;
class WrappedLabel;

// File > Send to a List: the list chosen (and attached to the window's previews, which step through its
// rows), every row checked before anything is sent and the findings shown (row, recipient, problems),
// rows with errors skipped or the send refused as the person chooses; then the campaign under way with its
// progress, rate and time left, pause, resume and stop; and at its end a report that grows as statuses
// arrive, the failures by error code, and the failed rows exported as a list to mend and send again.
class SendListDialog : public QDialog
{
    Q_OBJECT

public:
    SendListDialog(Workbench *workbench, DraftDocument *document, ListBar *bar, QWidget *parent = nullptr);

    // Attaches the list at `path` (asks for one when empty) and checks it: false when none was chosen or
    // it cannot be read (the dialog says why).
    bool chooseList(const QString &path = {});
    // Checks every row of the attached list against the draft as it is now.
    void check();
    const RecipientList::Check &lastCheck() const { return m_check; }
    // Writes the failed rows of the campaign shown to `path` (asks where when empty).
    bool exportFailed(const QString &path = {});

signals:
    // "Show in History": the history filtered to the campaign.
    void historyRequested(const QString &campaign);

protected:
    void changeEvent(QEvent *event) override;

private:
    void send();
    // The findings' and messages' colours, from the palette as it is now (again when it changes).
    void colour();
    void showProgress(qint64 done, qint64 total);
    void ended(const QString &error, const CampaignRun::Counts &counts);
    void setMessage(const QString &text, bool error);
    void updateButtons();
    bool sending() const;

    Workbench *m_workbench;
    DraftDocument *m_document;
    ListBar *m_bar;
    QLabel *m_listName;
    QLineEdit *m_campaign;
    QDoubleSpinBox *m_rate;
    QLabel *m_account;
    WrappedLabel *m_summary;
    QTableWidget *m_findings;
    QRadioButton *m_skip;
    QRadioButton *m_refuse;
    QProgressBar *m_progress;
    QLabel *m_pace;
    WrappedLabel *m_message;
    CampaignReportView *m_report;
    QGroupBox *m_reportBox;
    QPushButton *m_chooseButton;
    QPushButton *m_checkButton;
    QPushButton *m_sendButton;
    QPushButton *m_pauseButton;
    QPushButton *m_stopButton;
    QPushButton *m_exportButton;
    QPushButton *m_historyButton;
    RecipientList::Check m_check;
    bool m_checked = false;
    bool m_checking = false;     // a check is under way (the window answers meanwhile)
    bool m_stopChecking = false; // asked to stop it
    bool m_stale = false;        // the draft changed since the check
    QElapsedTimer m_clock;
    QString m_running; // the campaign under way, or the last one
};
