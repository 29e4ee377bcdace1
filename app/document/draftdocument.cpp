// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftdocument.h"

#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"
#include "providers/provider.h"
#include "providers/registry.h"

namespace {

constexpr qsizetype UndoLimit = 500;

// A change to an object or an array (adding an item, switching a type) changes the form's shape;
// a scalar that appears, changes or goes does not, as forms show optional scalars all the time.
bool shapeDiffers(const QJsonValue &before, const QJsonValue &after)
{
    return before.isObject() || before.isArray() || after.isObject() || after.isArray();
}

} // namespace

DraftDocument::DraftDocument(QObject *parent) : QObject(parent)
{
    revalidate();
}

const Provider *DraftDocument::provider() const
{
    return Providers::find(m_draft.provider);
}

QJsonValue DraftDocument::value(const QString &pointer) const
{
    return JsonPointer::get(m_draft.message, pointer);
}

void DraftDocument::setValue(const QString &pointer, const QJsonValue &value, bool keepsShape)
{
    const QJsonValue before = this->value(pointer);
    if (before == value)
        return;
    QJsonValue root(m_draft.message);
    const bool done = value.isUndefined() ? JsonPointer::remove(root, pointer) : JsonPointer::set(root, pointer, value);
    if (!done)
        return;
    Draft next = m_draft;
    next.message = root.toObject();
    const bool structural = !keepsShape && (shapeDiffers(before, value) || pointer.endsWith(QStringLiteral("/type")));
    if (!structural)
        m_editedValue = pointer;
    apply(next, structural ? QString() : QStringLiteral("value:") + pointer, structural);
    m_editedValue.reset();
}

void DraftDocument::setMessage(const QJsonObject &message)
{
    Draft next = m_draft;
    next.message = message;
    apply(next, QString(), true);
}

void DraftDocument::chooseKind(const QString &kind)
{
    if (Kinds::of(m_draft.message) == kind)
        return;
    QJsonObject message = Skeleton::message(SchemaRegistry::shared(), kind);
    for (const QString &key : {QStringLiteral("context"), QStringLiteral("biz_opaque_callback_data")}) {
        if (m_draft.message.contains(key))
            message.insert(key, m_draft.message.value(key));
    }
    setMessage(message);
}

void DraftDocument::setProvider(const QString &provider)
{
    Draft next = m_draft;
    next.provider = provider;
    apply(next, QString(), false);
}

void DraftDocument::setAccount(const QString &account)
{
    Draft next = m_draft;
    next.account = account;
    apply(next, QString(), false);
}

void DraftDocument::setSender(const QString &sender)
{
    Draft next = m_draft;
    next.sender = sender;
    apply(next, QStringLiteral("sender"), false);
}

void DraftDocument::setRecipients(const QStringList &recipients)
{
    Draft next = m_draft;
    next.recipients = recipients;
    apply(next, QStringLiteral("recipients"), false);
}

void DraftDocument::setOptions(const QJsonObject &options)
{
    Draft next = m_draft;
    next.options = options;
    apply(next, QStringLiteral("options"), false);
}

void DraftDocument::setDraft(const Draft &draft, bool resetHistory)
{
    if (resetHistory) {
        m_undo.clear();
        m_redo.clear();
        m_lastCoalesceKey.clear();
        m_draft = draft;
        revalidate();
        emit replaced();
        emit structureChanged();
        emit changed();
        if (isModified() != m_wasModified) {
            m_wasModified = isModified();
            emit modifiedChanged(m_wasModified);
        }
        return;
    }
    apply(draft, QString(), true);
}

void DraftDocument::apply(const Draft &next, const QString &coalesceKey, bool structural)
{
    if (next == m_draft)
        return;
    // Typing into one field is one undo step; anything else starts a new one.
    if (coalesceKey.isEmpty() || coalesceKey != m_lastCoalesceKey) {
        m_undo.append(m_draft);
        if (m_undo.size() > UndoLimit)
            m_undo.removeFirst();
    }
    m_lastCoalesceKey = coalesceKey;
    m_redo.clear();
    m_draft = next;
    settle(structural);
}

void DraftDocument::undo()
{
    travel(m_undo, m_redo);
}

void DraftDocument::redo()
{
    travel(m_redo, m_undo);
}

void DraftDocument::travel(QList<Draft> &from, QList<Draft> &to)
{
    if (from.isEmpty())
        return;
    to.append(m_draft);
    m_draft = from.takeLast();
    m_lastCoalesceKey.clear();
    settle(true);
}

void DraftDocument::markClean()
{
    m_clean = m_draft;
    m_lastCoalesceKey.clear();
    if (m_wasModified) {
        m_wasModified = false;
        emit modifiedChanged(false);
    }
}

void DraftDocument::settle(bool structural)
{
    revalidate();
    if (structural)
        emit structureChanged();
    emit changed();
    if (isModified() != m_wasModified) {
        m_wasModified = isModified();
        emit modifiedChanged(m_wasModified);
    }
}

void DraftDocument::revalidate()
{
    if (m_fill && m_fill->row > 0) {
        m_filled = Placeholders::fill(m_draft, m_fill->values);
        m_filled.recipients = QStringList{m_fill->recipient};
    }
    if (m_validation) {
        m_issues = m_validation(m_draft);
    } else {
        // The row shown is checked as it would be sent; with a list and no row, the list gives the recipients.
        m_issues = Validator::validateDraft(shownDraft(), provider());
        if (m_fill && m_fill->row == 0)
            m_issues.removeIf(
                [](const Issue &issue) { return issue.pointer.startsWith(QStringLiteral("/recipients")); });
        IssueList::appendUnique(m_issues, Placeholders::unfilled(m_draft, m_fill ? &*m_fill : nullptr));
    }
    if (m_contextCheck)
        IssueList::appendUnique(m_issues, m_contextCheck(shownDraft()));
}

void DraftDocument::setContextCheck(ContextCheck check)
{
    m_contextCheck = std::move(check);
    recheck();
}

void DraftDocument::setFill(const std::optional<Placeholders::Fill> &fill)
{
    m_fill = fill;
    recheck();
}

void DraftDocument::setValidation(ContextCheck check)
{
    m_validation = std::move(check);
    recheck();
}

void DraftDocument::recheck()
{
    revalidate();
    emit changed();
}
