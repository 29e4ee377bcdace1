// SPDX-License-Identifier: GPL-3.0-or-later
// SendListDialog's check of the list: every row read and checked before anything is sent, the findings
// listed and coloured from the palette, a long check stoppable.
#include "sendlistdialog.h"

#include "document/draftdocument.h"
#include "listbar.h"
#include "providers/provider.h"
#include "session/workbench.h"
#include "ui/theme.h"
#include "ui/wrappedlabel.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

#include <limits>

void SendListDialog::check()
{
    if (m_checking) {
        m_stopChecking = true; // the button says "Stop Checking" meanwhile
        return;
    }
    const QString path = m_bar->listPath();
    if (path.isEmpty())
        return;
    m_checked = false;
    m_stale = false;
    m_check = {};
    m_findings->setRowCount(0);
    const Draft draft = m_document->draft();
    const Provider *provider = m_document->provider();
    RecipientList list;
    QString why;
    if (!list.open(path, draft, &why)) {
        m_summary->setText(why);
        m_summary->setStyleSheet(Theme::errorText(palette()));
        updateButtons();
        return;
    }
    // Read as it is checked, a block at a time; the window is drawn again as it goes.
    m_progress->setFormat(tr("Checking… %p%"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Checking every row…"));
    m_summary->setStyleSheet(QString());
    // The window answers while a long list is checked: Stop Checking (or Close) ends it.
    m_checking = true;
    m_stopChecking = false;
    updateButtons();
    m_check = list.check(provider, &m_workbench->templates(), [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
        return !m_stopChecking;
    });
    m_checking = false;
    m_progress->hide();
    m_progress->setFormat(tr("%v of %m rows"));
    m_checked = m_check.error.isEmpty() && !m_check.cancelled;
    m_bar->setRowCount(m_check.rows);

    m_findings->setRowCount(int(m_check.findings.size()));
    for (int i = 0; i < m_check.findings.size(); ++i) {
        const RecipientList::Finding &finding = m_check.findings.at(i);
        QStringList problems = finding.problems;
        if (!finding.duplicateOf.isEmpty())
            problems << tr("The same recipient as %1 (a warning: it is sent)").arg(finding.duplicateOf);
        auto *row = new QTableWidgetItem(QLocale().toString(finding.row));
        row->setData(Qt::UserRole, finding.row);
        row->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        m_findings->setItem(i, 0, row);
        m_findings->setItem(i, 1, new QTableWidgetItem(finding.recipient));
        auto *said = new QTableWidgetItem(problems.join(u'\n'));
        said->setData(Qt::UserRole, !finding.problems.isEmpty()); // an error, not only a repeat
        m_findings->setItem(i, 2, said);
    }
    colour();
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
    m_findings->resizeRowsToContents();

    QString text;
    if (!m_check.error.isEmpty()) {
        text = tr("The list cannot be read to its end, so nothing can be sent: %1").arg(m_check.error);
    } else if (m_check.cancelled) {
        text = tr("Checking was stopped after %Ln row(s): nothing is sent until every row is checked.", nullptr,
                  int(std::min<qint64>(m_check.rows, std::numeric_limits<int>::max())));
    } else if (m_check.rows == 0) {
        text = tr("The list has no rows.");
    } else {
        text = tr("%n row(s) checked: ", nullptr, int(m_check.rows));
        text += m_check.invalid.isEmpty() ? tr("every row can be sent")
                                          : tr("%n with errors", nullptr, int(m_check.invalid.size()));
        if (m_check.duplicates > 0)
            text += tr("; %n repeat a recipient", nullptr, int(m_check.duplicates));
        if (m_check.findingsLeftOut > 0)
            text += tr(" (the first %L1 rows with findings are listed)").arg(m_check.findings.size());
        text += u'.';
    }
    m_summary->setText(text);
    m_summary->setStyleSheet(m_check.error.isEmpty() && m_check.invalid.isEmpty() && !m_check.cancelled
                                 ? QString()
                                 : Theme::errorText(palette()));
    updateButtons();
}

void SendListDialog::colour()
{
    for (int i = 0; i < m_findings->rowCount(); ++i) {
        if (QTableWidgetItem *said = m_findings->item(i, 2))
            said->setForeground(Theme::issue(palette(), said->data(Qt::UserRole).toBool()));
    }
    for (QLabel *label : {m_summary, m_message}) {
        if (!label->styleSheet().isEmpty())
            label->setStyleSheet(Theme::errorText(palette()));
    }
}

void SendListDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colour();
}
