// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/issue.h"

#include <QColor>
#include <QSet>
#include <QWidget>

class DraftDocument;
class QLabel;
class QLineEdit;

// The recipients, one or many, separated by commas, spaces or new lines; each number is checked as
// it is typed, and what is wrong with it shows underneath.
class RecipientsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientsEdit(DraftDocument *document, QWidget *parent = nullptr);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Line
    {
        QString text;
        QColor colour; // invalid: the label's own
    };
    void refresh();
    void showLines();

    DraftDocument *m_document;
    QLineEdit *m_edit = nullptr;
    QLabel *m_issues = nullptr;
    QList<Line> m_lines;        // what m_issues says, whole
    QStringList m_typed;        // the recipients as typed in the field
    QStringList m_read;         // the same, as read (E.164)
    QSet<qsizetype> m_national; // those read as numbers of m_region (typed without a country code)
    QString m_region;           // where numbers without a country code were read: "US"
    bool m_regionIsSenders = false;
};
