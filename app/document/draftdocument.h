// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lists/placeholders.h"
#include "message/draft.h"
#include "message/issue.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

class Provider;

// The draft being edited: every edit goes through here by JSON pointer, is undoable, and
// re-validates once. Views (form, previews, status) follow its signals; none keeps state of its own.
class DraftDocument : public QObject
{
    Q_OBJECT

public:
    explicit DraftDocument(QObject *parent = nullptr);

    const Draft &draft() const { return m_draft; }
    const Provider *provider() const;
    // Issues of the whole draft, pointers relative to the draft file (/message/..., /recipients/0).
    const Issues &issues() const { return m_issues; }

    // The value at `pointer` inside the message (Undefined when absent).
    QJsonValue value(const QString &pointer) const;
    // Writes `value` at `pointer` inside the message; Undefined removes it. Consecutive writes to the
    // same pointer (typing) make one undo step.
    // `keepsShape` says the form need not rebuild (a free-form object edited in place).
    void setValue(const QString &pointer, const QJsonValue &value, bool keepsShape = false);
    // Replaces the whole message (kind switch, JSON edit). `structural` is emitted.
    void setMessage(const QJsonObject &message);
    // A new message of `kind` from its schema's skeleton; what is not about the kind (the reply context, the
    // callback data) stays. Nothing changes when the message is of that kind already.
    void chooseKind(const QString &kind);
    void setProvider(const QString &provider);
    void setAccount(const QString &account);
    void setSender(const QString &sender);
    void setRecipients(const QStringList &recipients);
    void setOptions(const QJsonObject &options);
    // Replaces everything (open, import, new); the undo history starts afresh when `resetHistory`.
    void setDraft(const Draft &draft, bool resetHistory = true);

    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    void undo();
    void redo();

    // While changed() is emitted: the pointer of the one value a typing edit wrote, so that views refresh
    // what shows it alone; nothing when anything may have changed.
    const std::optional<QString> &editedValue() const { return m_editedValue; }

    // Issues that take more than the draft to find (the 24-hour window, from the history): checked with
    // every validation. recheck() runs the checks again when what they read has changed.
    using ContextCheck = std::function<Issues(const Draft &)>;
    void setContextCheck(ContextCheck check);
    // A document that is not a message (a template definition, in `message`) is checked by `check` in place
    // of the message validator; its issues' pointers start with "/message" all the same.
    void setValidation(ContextCheck check);
    void recheck();

    // Where the draft's {{placeholders}} take their values from (File > Send to a List's list, a row of it
    // or none shown), or none: a placeholder without a value is an error at its field (not in a document
    // with a validation of its own, where {{name}} is the definition's). Previews show shownDraft().
    void setFill(const std::optional<Placeholders::Fill> &fill);
    const std::optional<Placeholders::Fill> &fill() const { return m_fill; }
    // The draft as the previews show it: with a row shown, its placeholders filled and sent to its recipient.
    const Draft &shownDraft() const { return m_fill && m_fill->row > 0 ? m_filled : m_draft; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    bool isModified() const { return m_draft != m_clean; }
    // The draft as it was last opened or saved.
    const Draft &savedDraft() const { return m_clean; }
    void markClean();

signals:
    // After every change, with issues already up to date.
    void changed();
    // The message's shape changed (kind, array length, a type switch, undo): forms rebuild.
    void structureChanged();
    // A different draft altogether (open, new, import): views start from its top. Before structureChanged().
    void replaced();
    void modifiedChanged(bool modified);

private:
    void apply(const Draft &next, const QString &coalesceKey, bool structural);
    // Undo and redo: the current state goes to one history, the other's last state comes back.
    void travel(QList<Draft> &from, QList<Draft> &to);
    // Validates, then tells the views.
    void settle(bool structural);
    void revalidate();

    Draft m_draft;
    Draft m_clean;
    QString m_filePath;
    Issues m_issues;
    QList<Draft> m_undo;
    QList<Draft> m_redo;
    QString m_lastCoalesceKey;
    std::optional<QString> m_editedValue;
    ContextCheck m_contextCheck;
    ContextCheck m_validation;
    std::optional<Placeholders::Fill> m_fill;
    Draft m_filled; // m_draft with the row shown
    bool m_wasModified = false;
};
