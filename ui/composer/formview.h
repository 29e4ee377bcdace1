// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formhints.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QScrollArea>

class DraftDocument;
class FieldWidget;
class ObjectField;
class QFormLayout;

// The form of the draft's message, generated from its kind's schema and UI hints. Every widget is
// bound to a JSON pointer; the form rebuilds when the message changes shape, and shows each
// validation issue under the field it is about.
class FormView : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormView(DraftDocument *document, QWidget *parent = nullptr);

    // The form of another document than a message: a fixed schema of the registry (by id) in place of the
    // message's kind, and where its issues' pointers start ("/message" for a draft's message).
    void setSchema(const QString &schemaId, const QString &issuePrefix);
    // What the fields say beyond the schema (FormHints), read again as the document changes: the form is
    // built again when they change.
    void setHints(FormHints::Hints hints);

    // The field at a pointer inside the message, or the nearest enclosing one.
    FieldWidget *field(const QString &pointer);
    // Scrolls to the field of an issue and gives it focus; false when there is none.
    bool focusField(const QString &pointer);
    // Rebuilds now; changes of shape otherwise rebuild once the edit that caused them has returned.
    void rebuild();
    // The widget Tab leaves for the form's first field; the form's fields follow it after every rebuild.
    void setTabPredecessor(QWidget *widget);

signals:
    // A file for the media object at `pointer` (of `mediaType`: image, video, ...), picked or dropped; an empty
    // path asks for one to be picked.
    void mediaFileChosen(const QString &pointer, const QString &mediaType, const QString &path);

private:
    void scheduleRebuild();
    // Every field, or only those showing `pointer` (the value itself, what holds it, what it holds).
    void refreshValues(const std::optional<QString> &pointer = std::nullopt);
    void showIssues();

    void buildProperties(const QJsonObject &node, const QString &pointer, const QJsonValue &value, QFormLayout *form);
    void buildProperty(const QJsonObject &parentNode, const QJsonValue &parentValue, const QString &key,
                       const QString &pointer, QFormLayout *form);
    QWidget *buildArray(const QJsonObject &node, const QString &pointer, const QJsonValue &value);
    FieldWidget *buildScalar(const QJsonObject &node, const QString &pointer, bool required, bool money);

    void addItem(const QString &arrayPointer, const QJsonObject &arrayNode);
    // order_details' parameters (x-command: recalculate-totals): a button that sums the items.
    void addRecalculateTotals(ObjectField *order);
    void orderFocus();

    template <typename T> T *track(T *field);

    DraftDocument *m_document;
    QString m_kind;
    QString m_schemaId; // a fixed schema, or "" for the message's kind's
    QString m_issuePrefix = QStringLiteral("/message");
    FormHints::Hints m_hintsFor;
    QHash<QString, QJsonObject> m_hints; // of the form as built
    QString m_provider;
    QHash<QString, FieldWidget *> m_fields;
    QJsonValue m_parentValue; // while building: the value of the object being built's parent
    bool m_rebuildPending = false;
    bool m_fromTop = false; // the next rebuild shows a new draft: from its top, not where the last one was
    QPointer<QWidget> m_tabPredecessor;
};

// Keeps `field` as the widget of its pointer (the form's fields are found, refreshed and marked by it).
template <typename T> T *FormView::track(T *field)
{
    m_fields.insert(field->pointer(), field);
    return field;
}
