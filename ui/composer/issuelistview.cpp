// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuelistview.h"
#include "ui/theme.h"

#include "document/draftdocument.h"
#include "message/jsonpointer.h"

QString IssueListView::where(const QString &pointer)
{
    // "/message/interactive/action/buttons/0/reply/title" reads "interactive › action › buttons #1 › reply › title".
    QStringList tokens = JsonPointer::split(pointer);
    if (tokens.value(0) == u"message")
        tokens.removeFirst();
    QStringList parts;
    for (const QString &token : std::as_const(tokens)) {
        bool number = false;
        const int index = token.toInt(&number);
        if (number && !parts.isEmpty())
            parts.last() += QStringLiteral(" #") + QString::number(index + 1);
        else
            parts << token;
    }
    return parts.isEmpty() ? tr("the message") : parts.join(QStringLiteral(" › "));
}

IssueListView::IssueListView(DraftDocument *document, QWidget *parent) : QListWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("issuesListWidget"));
    setAccessibleName(tr("Problems"));
    setTextElideMode(Qt::ElideRight);
    setUniformItemSizes(true);
    setWordWrap(false);
    connect(document, &DraftDocument::changed, this, &IssueListView::refresh);
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit issueChosen(item->data(Qt::UserRole).toString()); });
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit issueChosen(item->data(Qt::UserRole).toString()); });
    refresh();
}

void IssueListView::refresh()
{
    clear();
    Issues issues = m_document->issues();
    std::stable_sort(issues.begin(), issues.end(),
                     [](const Issue &a, const Issue &b) { return a.isError() && !b.isError(); });
    for (const Issue &issue : std::as_const(issues)) {
        auto *item = new QListWidgetItem(
            QIcon::fromTheme(issue.isError() ? QStringLiteral("dialog-error") : QStringLiteral("dialog-warning")),
            issue.message + QStringLiteral("   (") + where(issue.pointer) + u')', this);
        item->setData(Qt::UserRole, issue.pointer);
        item->setToolTip(issue.pointer);
        item->setForeground(Theme::issue(palette(), issue.isError()));
    }
    if (issues.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No problems"), this);
        none->setFlags(Qt::NoItemFlags); // says so, and cannot be chosen
    }
    if (m_rowHeight == 0)
        m_rowHeight = sizeHintForRow(0); // the rows are one line each, all alike
    if (const int height = Lines * m_rowHeight + 2 * frameWidth(); height != this->height())
        setFixedHeight(height);
}
