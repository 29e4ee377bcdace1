// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class DraftDocument;
class QLabel;
class QVBoxLayout;

// A widget bound to one JSON pointer of the draft's message. It reads its value from the
// document and writes every edit back; it keeps no state of its own. Groups (objects, arrays)
// are fields too, so that an issue about them shows where they are.
class FieldWidget : public QWidget
{
    Q_OBJECT

public:
    FieldWidget(DraftDocument *document, const QString &pointer, const QJsonObject &schema, QWidget *parent = nullptr);

    QString pointer() const { return m_pointer; }
    const QJsonObject &schema() const { return m_schema; }
    QString label() const;
    // Reads the document's value again (after an edit elsewhere, an undo).
    virtual void refresh() {}
    // The widget that takes focus when the field is chosen from the issue list.
    virtual QWidget *focusTarget() { return this; }
    // Buttons that act on the field as a whole (remove, move, add): Tab reaches them after what the field holds.
    virtual QList<QWidget *> controls() const { return {}; }
    // Shows the issues about this field under it; an empty list clears them.
    void setIssues(const QStringList &errors, const QStringList &warnings);
    bool hasErrors() const { return m_hasErrors; }
    // The form is about to be rebuilt: this widget no longer matches the draft and must not write.
    void setStale() { m_stale = true; }

protected:
    QJsonValue value() const;
    // Writes the field's value; `keepsShape` when the form need not rebuild for it.
    void write(const QJsonValue &value, bool keepsShape = false);
    // The layout the subclass puts its editor in; the issue label sits under it.
    QVBoxLayout *body() const { return m_body; }
    // Leaves Ctrl+Z and Ctrl+Y to the draft's one undo history instead of the editor's own.
    void routeUndoToDocument(QWidget *editor);
    bool eventFilter(QObject *watched, QEvent *event) override;

    DraftDocument *m_document;

private:
    QString m_pointer;
    QJsonObject m_schema;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_issueLabel = nullptr;
    QStringList m_errors;
    QStringList m_warnings;
    bool m_hasErrors = false;
    bool m_stale = false;
};
