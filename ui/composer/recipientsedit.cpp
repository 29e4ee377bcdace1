// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientsedit.h"
#include "ui/theme.h"

#include "document/draftdocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

RecipientsEdit::RecipientsEdit(DraftDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("recipientsLineEdit"));
    m_edit->setAccessibleName(tr("Recipients"));
    m_edit->setPlaceholderText(tr("+919876543210, +16502530000, ..."));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("recipientIssuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->hide();
    layout->addWidget(m_issues);
    connect(m_edit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_document->setRecipients(split(text)); });
    connect(document, &DraftDocument::changed, this, &RecipientsEdit::refresh);
    refresh();
}

QStringList RecipientsEdit::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void RecipientsEdit::refresh()
{
    const QStringList recipients = m_document->draft().recipients;
    if (split(m_edit->text()) != recipients) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(recipients.join(QStringLiteral(", ")));
    }
    QStringList lines;
    bool error = false;
    for (const Issue &issue : m_document->issues()) {
        if (!issue.pointer.startsWith(QStringLiteral("/recipients")))
            continue;
        error = error || issue.isError();
        lines << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                     .arg(Theme::issue(palette(), issue.isError()).name(),
                          issue.isError() ? QStringLiteral("●") : QStringLiteral("▲"), issue.message.toHtmlEscaped());
    }
    // Until there is a message, an empty recipient list is not yet a problem worth red.
    if (m_document->draft().message.isEmpty()) {
        lines.clear();
        error = false;
    }
    m_issues->setText(lines.join(QStringLiteral("<br>")));
    m_issues->setVisible(!lines.isEmpty());
    Theme::setErrorEdge(m_edit, error);
}
