// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/templatelibrary.h"

#include <QJsonObject>
#include <QWidget>

class DraftDocument;
class FormView;
class IssueListView;
class PhoneView;
class QLabel;
class QPushButton;

// One template definition being written: its form (made from the definition's schema, as a message's is
// from its kind's), its issues under Meta's rules, and beside it the phone showing the template filled
// with its own examples, as Meta's reviewers and then the customers see it.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    // Edits `definition`, kept for `account` ("" the local library), or not kept yet (a new one).
    void edit(const QJsonObject &definition, const QString &account, bool kept = true);
    // Nothing to edit: says how to start.
    void clear();
    QJsonObject definition() const;
    QString account() const { return m_account; }
    bool isKept() const { return m_kept; }
    // The definition as it was when edit() began, or last saved.
    QJsonObject original() const { return m_original; }
    bool isModified() const;
    bool isEditing() const { return m_editing; }
    // The definition is kept now as it is (for `account`).
    void markSaved(const QString &account);

    DraftDocument *document() const { return m_document; }
    FormView *form() const { return m_form; }
    PhoneView *phone() const { return m_phone; }

signals:
    void saveRequested();
    void modifiedChanged(bool modified);

private:
    void updateSample();

    DraftDocument *m_document;
    DraftDocument *m_sample; // the template sent with its examples, which the phone shows
    TemplateLibrary m_sampleLibrary;
    QLabel *m_heading = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_editor = nullptr;
    FormView *m_form = nullptr;
    IssueListView *m_issues = nullptr;
    PhoneView *m_phone = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QJsonObject m_original;
    QString m_account;
    bool m_editing = false;
    bool m_kept = false;
};
