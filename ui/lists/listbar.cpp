// SPDX-License-Identifier: GPL-3.0-or-later
#include "listbar.h"

#include "document/draftdocument.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

ListBar::ListBar(DraftDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("listBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("listNameLabel"));
    m_name->setTextFormat(Qt::PlainText);
    m_raw = new QToolButton(this);
    m_raw->setObjectName(QStringLiteral("listRawToolButton"));
    m_raw->setText(tr("Raw"));
    m_raw->setCheckable(true);
    m_raw->setChecked(true);
    m_raw->setToolTip(tr("Show the draft as written, {{placeholders}} and all"));
    auto *rowLabel = new QLabel(tr("&Row:"), this);
    m_rowBox = new QSpinBox(this);
    m_rowBox->setObjectName(QStringLiteral("listRowSpinBox"));
    m_rowBox->setRange(1, 1);
    m_rowBox->setAccelerated(true);
    m_rowBox->setToolTip(tr("The row of the list whose values the previews show"));
    rowLabel->setBuddy(m_rowBox);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("listNoteLabel"));
    m_note->setTextFormat(Qt::PlainText);
    m_send = new QToolButton(this);
    m_send->setObjectName(QStringLiteral("listSendToolButton"));
    m_send->setText(tr("Send to the List…"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("listCloseToolButton"));
    m_close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    m_close->setText(tr("Detach"));
    m_close->setToolTip(tr("Detach the list: the previews show the raw text"));
    m_close->setAutoRaise(true);
    layout->addWidget(m_name);
    layout->addSpacing(8);
    layout->addWidget(m_raw);
    layout->addWidget(rowLabel);
    layout->addWidget(m_rowBox);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_send);
    layout->addWidget(m_close);
    hide();

    connect(m_raw, &QToolButton::toggled, this, [this](bool raw) { showRow(raw ? 0 : m_rowBox->value()); });
    connect(m_rowBox, &QSpinBox::valueChanged, this, [this](int row) { showRow(row); });
    connect(m_send, &QToolButton::clicked, this, &ListBar::sendRequested);
    connect(m_close, &QToolButton::clicked, this, [this] {
        detach();
        emit detached();
    });
}

bool ListBar::attach(const QString &path, QString *why)
{
    auto list = std::make_unique<RecipientList>();
    if (!list->open(path, m_document->draft(), why, RecipientList::Columns::RecipientOnly))
        return false;
    m_path = path;
    m_columns = list->columns();
    m_list = std::move(list);
    m_current = {};
    m_name->setText(tr("List: %1").arg(QFileInfo(path).fileName()));
    m_name->setToolTip(QFileInfo(path).absoluteFilePath());
    {
        const QSignalBlocker blocker(m_rowBox);
        m_rowBox->setRange(1, std::numeric_limits<int>::max());
        m_rowBox->setValue(1);
    }
    show();
    showRow(m_raw->isChecked() ? 0 : 1);
    return true;
}

void ListBar::detach()
{
    m_path.clear();
    m_list.reset();
    m_row = 0;
    m_document->setFill(std::nullopt);
    hide();
}

void ListBar::setRowCount(qint64 rows)
{
    const QSignalBlocker blocker(m_rowBox);
    m_rowBox->setRange(1, int(std::clamp<qint64>(rows, 1, std::numeric_limits<int>::max())));
    m_rowBox->setSuffix(tr(" of %L1").arg(rows));
}

void ListBar::setLocked(bool locked)
{
    m_close->setEnabled(!locked);
}

bool ListBar::readRow(qint64 row, RecipientList::Row *found, QString *why)
{
    if (!m_list || m_current.row >= row) {
        auto list = std::make_unique<RecipientList>();
        if (!list->open(m_path, m_document->draft(), why, RecipientList::Columns::RecipientOnly))
            return false;
        m_list = std::move(list);
        m_current = {};
    }
    while (m_current.row < row) {
        const CsvReader::Next next = m_list->next(&m_current, why);
        if (next == CsvReader::Next::Error)
            return false;
        if (next == CsvReader::Next::End) {
            *why = tr("the list ends at row %L1").arg(m_current.row);
            m_list.reset();
            return false;
        }
    }
    *found = m_current;
    return true;
}

void ListBar::showRow(qint64 row)
{
    if (!isAttached())
        return;
    {
        const QSignalBlocker blocker(m_raw);
        m_raw->setChecked(row == 0);
    }
    if (row > 0) {
        const QSignalBlocker blocker(m_rowBox);
        m_rowBox->setValue(int(row));
    }
    m_row = row;
    apply();
}

void ListBar::apply()
{
    Placeholders::Fill fill;
    fill.list = QFileInfo(m_path).fileName();
    fill.columns = m_columns;
    m_note->clear();
    if (m_row > 0) {
        RecipientList::Row found;
        QString why;
        if (readRow(m_row, &found, &why)) {
            fill.row = m_row;
            fill.values = found.values;
            fill.recipient = found.recipient;
            m_note->setText(found.problem.isEmpty() ? tr("to %1").arg(found.recipient) : found.problem);
        } else {
            m_note->setText(why);
        }
    }
    m_document->setFill(fill);
}
