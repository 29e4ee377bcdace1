// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendflow.h"

#include "templates/templatematch.h"

#include "document/draftdocument.h"
#include "lists/placeholders.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "transport/sender.h"
#include "ui/preview/responsepane.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

SendFlow::SendFlow(Workbench *workbench, DraftDocument *document, ResponsePane *response, QStatusBar *statusBar,
                   QWidget *window, bool confirm)
    : QObject(window), m_workbench(workbench), m_document(document), m_response(response), m_statusBar(statusBar),
      m_window(window), m_confirm(confirm), m_progress(new QProgressBar(window)), m_cancel(new QToolButton(window))
{
    m_progress->setObjectName(QStringLiteral("sendProgressBar"));
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Sending %v of %m"));
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);
    m_cancel->setObjectName(QStringLiteral("cancelSendToolButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop sending: requests not sent yet are not sent; one already sent is on record"));
    m_cancel->hide();
    statusBar->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, workbench, &Workbench::cancelSend);
    // The 24-hour window in the issue list as soon as a recipient is typed, not only at Send; a template
    // message against its definition as it is typed.
    document->setContextCheck([workbench](const Draft &draft) {
        Issues issues = workbench->windowWarnings(draft);
        issues += IssueList::prefixed(TemplateMatch::check(draft.message, workbench->templates()),
                                      QStringLiteral("/message"));
        return issues;
    });
    connect(workbench, &Workbench::windowsChanged, document, &DraftDocument::recheck);
    connect(workbench, &Workbench::templatesChanged, document, &DraftDocument::recheck);

    connect(workbench, &Workbench::sendProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (done < total)
            m_response->showSending(done, total);
    });
    connect(workbench, &Workbench::requestFinished, m_response, &ResponsePane::showOutcome);
    connect(workbench, &Workbench::sendFinished, this, [this](const QHash<DeliveryStatus, int> &counts) {
        m_progress->hide();
        m_cancel->hide();
        QStringList parts;
        for (const DeliveryStatus status :
             {DeliveryStatus::Accepted, DeliveryStatus::Rejected, DeliveryStatus::Unknown}) {
            if (const int n = counts.value(status))
                parts << tr("%1 %2").arg(n).arg(Delivery::name(status));
        }
        m_statusBar->showMessage(tr("Sent: %1").arg(parts.join(QStringLiteral(", "))), 10000);
        updateAction();
    });
    connect(workbench, &Workbench::sendAbandoned, this, [this](const QString &reason) {
        m_progress->hide();
        m_cancel->hide();
        m_statusBar->showMessage(reason, 8000);
        updateAction();
    });
    connect(workbench, &Workbench::secretNeeded, this,
            [this](const AccountProfile &account, const AccountField &field) {
                bool ok = false;
                const QString value = QInputDialog::getText(
                    m_window, tr("Secret Needed"),
                    tr("The %1 of account \"%2\" is not stored. Enter it to send:").arg(field.label, account.name),
                    QLineEdit::Password, QString(), &ok);
                m_workbench->answerSecret(ok ? std::optional<QString>(value) : std::nullopt);
            });
}

void SendFlow::setAction(QAction *send)
{
    m_send = send;
    updateAction();
}

void SendFlow::updateAction()
{
    if (!m_send)
        return;
    std::optional<AccountProfile> account;
    const QString why = m_workbench->blocker(m_document->draft(), issues(), &account);
    m_send->setEnabled(why.isEmpty());
    m_send->setToolTip(why.isEmpty() ? tr("Send with %1 (Ctrl+Return)").arg(account->name) : why);
    m_send->setStatusTip(m_send->toolTip());
}

Issues SendFlow::issues() const
{
    // With a list to fill them, placeholders are not errors in the composer; sent alone they have no value.
    Issues issues = m_document->issues();
    if (m_document->fill())
        IssueList::appendUnique(issues, Placeholders::unfilled(m_document->draft(), nullptr));
    return issues;
}

bool SendFlow::send()
{
    return start(m_document->draft(), issues());
}

bool SendFlow::sendAgain(qint64 record)
{
    if (m_workbench->isSending())
        return false;
    QString why;
    const std::optional<Draft> draft = m_workbench->draftToSendAgain(record, &why);
    if (!draft) {
        QMessageBox::warning(m_window, tr("Send Again"), why);
        return false;
    }
    if (m_confirm &&
        QMessageBox::question(m_window, tr("Send Again"),
                              tr("Send this %1 message to %2 again, as a new message?\nIt gets a record of its own; "
                                 "the first one is left as it is.")
                                  .arg(Kinds::of(draft->message), draft->recipients.value(0))) != QMessageBox::Yes)
        return false;
    return start(*draft, Validator::validateDraft(*draft, Providers::find(draft->provider), &m_workbench->templates()));
}

bool SendFlow::start(const Draft &draft, const Issues &issues)
{
    if (const QString why = m_workbench->blocker(draft, issues); !why.isEmpty()) {
        m_statusBar->showMessage(tr("Not sent: %1").arg(why), 8000);
        return false;
    }
    const Issues warnings = m_workbench->unconfirmedWarnings(draft, issues);
    if (!warnings.isEmpty() && m_confirm && !confirmWarnings(warnings))
        return false;
    m_workbench->confirm(warnings);
    QString why;
    if (!m_workbench->send(draft, issues, &why)) {
        m_statusBar->showMessage(tr("Not sent: %1").arg(why), 8000);
        return false;
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    updateAction();
    return true;
}

bool SendFlow::confirmWarnings(const Issues &warnings)
{
    QStringList shown;
    for (const Issue &issue : warnings.first(qMin<qsizetype>(warnings.size(), 6)))
        shown << QStringLiteral("• ") + issue.message;
    if (warnings.size() > 6)
        shown << tr("…and %n more", nullptr, int(warnings.size() - 6));
    QMessageBox box(QMessageBox::Warning, tr("Send with Warnings?"),
                    tr("This message has %n warning(s):", nullptr, int(warnings.size())), QMessageBox::NoButton,
                    m_window);
    box.setInformativeText(shown.join(u'\n'));
    QPushButton *go = box.addButton(tr("Send Anyway"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(go);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(go);
}
