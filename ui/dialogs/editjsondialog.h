// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// Edits the request body (or any draft or provider body) as JSON text. Apply reads it back into the
// draft; JSON that is broken or not a message says where and keeps the dialog, and the draft, as is.
class EditJsonDialog : public QDialog
{
    Q_OBJECT

public:
    EditJsonDialog(const QString &json, QWidget *parent = nullptr);
    QString text() const;
    // Shows why the text could not be read; the dialog stays open.
    void showError(const QString &error);

signals:
    void applyRequested(const QByteArray &json);

private:
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
};
