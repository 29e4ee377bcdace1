// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldwidget.h"

#include "formschema.h"
#include "ui/theme.h"

#include "document/draftdocument.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

FieldWidget::FieldWidget(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent)
    : QWidget(parent), m_document(document), m_pointer(pointer), m_schema(schema)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body);
    m_issueLabel = new QLabel(this);
    m_issueLabel->setObjectName(QStringLiteral("issueLabel"));
    m_issueLabel->setWordWrap(true);
    m_issueLabel->setTextFormat(Qt::RichText);
    m_issueLabel->hide();
    layout->addWidget(m_issueLabel);
    setToolTip(FormSchema::text(schema, QStringLiteral("description")));
}

QString FieldWidget::label() const
{
    return FormSchema::text(m_schema, QStringLiteral("title"), m_pointer.section(u'/', -1));
}

QJsonValue FieldWidget::value() const
{
    return m_document->value(m_pointer);
}

void FieldWidget::write(const QJsonValue &value, bool keepsShape)
{
    if (!m_stale)
        m_document->setValue(m_pointer, value, keepsShape);
}

void FieldWidget::routeUndoToDocument(QWidget *editor)
{
    editor->installEventFilter(this);
}

bool FieldWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)) {
            event->ignore(); // not the editor's: the window's Undo and Redo take it
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FieldWidget::setIssues(const QStringList &errors, const QStringList &warnings)
{
    if (errors == m_errors && warnings == m_warnings)
        return;
    m_errors = errors;
    m_warnings = warnings;
    m_hasErrors = !errors.isEmpty();
    if (errors.isEmpty() && warnings.isEmpty()) {
        m_issueLabel->hide();
        m_issueLabel->clear();
        return;
    }
    // Theme colours that read on light and dark palettes alike.
    QStringList lines;
    for (const QString &error : errors)
        lines << QStringLiteral("<span style='color:%1'>● %2</span>")
                     .arg(Theme::error(palette()).name(), error.toHtmlEscaped());
    for (const QString &warning : warnings)
        lines << QStringLiteral("<span style='color:%1'>▲ %2</span>")
                     .arg(Theme::warning(palette()).name(), warning.toHtmlEscaped());
    m_issueLabel->setText(lines.join(QStringLiteral("<br>")));
    m_issueLabel->show();
    m_issueLabel->setAccessibleName(tr("Problems with %1").arg(label()));
}
