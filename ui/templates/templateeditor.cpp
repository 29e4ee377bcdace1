// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateeditor.h"

#include "document/draftdocument.h"
#include "templates/templatedefinition.h"
#include "templates/templateuse.h"
#include "ui/composer/formview.h"
#include "ui/composer/issuelistview.h"
#include "ui/preview/phoneview.h"
#include "ui/theme.h"
#include "ui/wrappedlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

// The issues of a definition kept in a draft's message, where the form looks for them.
Issues definitionIssues(const Draft &draft)
{
    Issues issues = TemplateDefinition::check(draft.message);
    for (Issue &issue : issues)
        issue.pointer.prepend(QStringLiteral("/message"));
    return issues;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent), m_document(new DraftDocument(this)), m_sample(new DraftDocument(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_document->setValidation(definitionIssues);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty = new WrappedLabel(tr("Choose a template on the left, or start one with New."), this);
    m_empty->setObjectName(QStringLiteral("emptyTemplateLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    m_editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_heading = Theme::boldLabel(QString(), m_editor);
    m_heading->setObjectName(QStringLiteral("templateHeadingLabel"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_heading, 1);
    m_revert = new QPushButton(tr("&Revert"), m_editor);
    m_revert->setObjectName(QStringLiteral("revertTemplatePushButton"));
    m_revert->setToolTip(tr("Back to the definition as it was kept"));
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), m_editor);
    m_save->setObjectName(QStringLiteral("saveTemplatePushButton"));
    m_save->setShortcut(QKeySequence::Save);
    top->addWidget(m_revert);
    top->addWidget(m_save);
    editorLayout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, m_editor);
    split->setChildrenCollapsible(false);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new FormView(m_document, left);
    m_form->setSchema(TemplateDefinition::schemaId(), QStringLiteral("/message"));
    m_form->setHints(FormHints::templateDefinitions());
    m_issues = new IssueListView(m_document, left);
    leftLayout->addWidget(m_form, 1);
    leftLayout->addWidget(m_issues);
    m_phone = new PhoneView(m_sample, nullptr, split);
    m_phone->setTemplates(&m_sampleLibrary);
    connect(m_sample, &DraftDocument::changed, m_phone, &PhoneView::refresh);
    split->addWidget(left);
    split->addWidget(m_phone);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    editorLayout->addWidget(split, 1);
    layout->addWidget(m_editor, 1);

    connect(m_issues, &IssueListView::issueChosen, this,
            [this](const QString &pointer) { m_form->focusField(pointer.mid(int(qstrlen("/message")))); });
    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { edit(m_original, m_account, m_kept); });
    connect(m_document, &DraftDocument::changed, this, [this] {
        updateSample();
        m_revert->setEnabled(isModified() && m_kept);
        emit modifiedChanged(isModified());
    });
    clear();
}

void TemplateEditor::edit(const QJsonObject &definition, const QString &account, bool kept)
{
    m_original = definition;
    m_account = account;
    m_kept = kept;
    m_editing = true;
    Draft draft;
    draft.message = definition;
    m_document->setDraft(draft);
    m_document->markClean();
    m_empty->hide();
    m_editor->show();
    updateSample();
    m_revert->setEnabled(false);
    emit modifiedChanged(isModified());
}

void TemplateEditor::clear()
{
    m_editing = false;
    m_kept = false;
    m_original = {};
    m_account.clear();
    m_document->setDraft(Draft{});
    m_editor->hide();
    m_empty->show();
    emit modifiedChanged(false);
}

QJsonObject TemplateEditor::definition() const
{
    return m_document->draft().message;
}

bool TemplateEditor::isModified() const
{
    // A new definition, not kept yet, is a change until it is.
    return m_editing && (!m_kept || definition() != m_original);
}

void TemplateEditor::markSaved(const QString &account)
{
    m_original = definition();
    m_account = account;
    m_kept = true;
    m_document->markClean();
    m_revert->setEnabled(false);
    emit modifiedChanged(false);
}

void TemplateEditor::updateSample()
{
    const QJsonObject definition = this->definition();
    const QString name = definition.value(QStringLiteral("name")).toString();
    const QString language = definition.value(QStringLiteral("language")).toString();
    m_heading->setText(name.isEmpty() ? tr("New template") : tr("%1 (%2)").arg(name, language));
    // The phone shows the definition as written, whatever a provider last said of it.
    QJsonObject shown = definition;
    shown.remove(QStringLiteral("status"));
    m_sampleLibrary = TemplateLibrary();
    m_sampleLibrary.add(shown);
    Draft sample;
    sample.message = TemplateUse::message(shown, TemplateUse::Values::Examples);
    m_sample->setDraft(sample);
}
