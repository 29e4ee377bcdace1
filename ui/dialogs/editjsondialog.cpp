// SPDX-License-Identifier: GPL-3.0-or-later
#include "editjsondialog.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EditJsonDialog::EditJsonDialog(const QString &json, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("editJsonDialog"));
    setWindowTitle(tr("Edit JSON"));
    auto *layout = new QVBoxLayout(this);
    auto *hint =
        new QLabel(tr("Edit the body, or paste a draft or any provider's request body. Fields the form does not "
                      "know are kept."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("jsonPlainTextEdit"));
    m_edit->setAccessibleName(tr("JSON"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlainText(json);
    layout->addWidget(m_edit, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(Theme::errorText(palette()));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { emit applyRequested(m_edit->toPlainText().toUtf8()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, m_error, &QLabel::hide);
    resize(720, 560);
}

QString EditJsonDialog::text() const
{
    return m_edit->toPlainText();
}

void EditJsonDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->show();
}
