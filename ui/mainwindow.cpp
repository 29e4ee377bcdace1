// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "message/kinds.h"
#include "providers/provider.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Wabench"));

    m_kinds = new QTreeWidget(this);
    m_kinds->setObjectName(QStringLiteral("kindsTreeWidget"));
    m_kinds->setAccessibleName(tr("Message kinds"));
    m_kinds->setHeaderHidden(true);
    const QStringList examples = Kinds::examplePaths();
    for (const QString &group : Kinds::groups()) {
        auto *groupItem = new QTreeWidgetItem(m_kinds, {tr(qPrintable(group))});
        groupItem->setFlags(Qt::ItemIsEnabled);
        for (const QString &path : examples) {
            QString error;
            const std::optional<Draft> draft = DraftFile::load(path, &error);
            const MessageKind *kind = draft ? Kinds::find(Kinds::of(draft->message)) : nullptr;
            if (!kind || kind->group != group)
                continue;
            auto *item = new QTreeWidgetItem(groupItem, {draft->title.isEmpty() ? kind->label : draft->title});
            item->setData(0, Qt::UserRole, path);
        }
    }
    m_kinds->expandAll();

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("exampleTitleLabel"));
    m_title->setWordWrap(true);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyPlainTextEdit"));
    m_body->setAccessibleName(tr("Request body"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *preview = new QWidget(this);
    auto *layout = new QVBoxLayout(preview);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_kinds);
    splitter->addWidget(preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 680});
    setCentralWidget(splitter);

    connect(m_kinds, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            showExample(item->data(0, Qt::UserRole).toString());
    });
    if (QTreeWidgetItem *first = m_kinds->topLevelItem(0); first && first->childCount() > 0)
        m_kinds->setCurrentItem(first->child(0));
    resize(1100, 720);
}

void MainWindow::showExample(const QString &path)
{
    QString error;
    const std::optional<Draft> draft = DraftFile::load(path, &error);
    if (!draft) {
        m_title->setText(error);
        m_body->clear();
        return;
    }
    const Provider *provider = Providers::find(draft->provider);
    const QList<HttpRequest> requests = provider->build(*draft, Account{});
    m_title->setText(
        tr("<b>%1</b> &mdash; %2 to %3. The composer that edits it is on its way; the "
           "<code>wabench</code> command validates, converts, renders and explains payloads today.")
            .arg(draft->title.toHtmlEscaped(), provider->displayName(), draft->recipients.join(QStringLiteral(", "))));
    m_body->setPlainText(requests.isEmpty() ? QString() : requests.first().text(true));
    const Issues issues = Validator::validateDraft(*draft, provider);
    statusBar()->showMessage(IssueList::summary(issues));
}
