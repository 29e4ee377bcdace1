// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

// Help > About Wabench: the version, what it was built with, where its settings and data live, and the
// licence, whose full text opens below on request.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &settingsPath, const QString &dataPath, QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_licence = nullptr;
};
