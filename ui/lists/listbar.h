// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lists/recipientlist.h"

#include <QWidget>
#include <memory>

class DraftDocument;
class QLabel;
class QSpinBox;
class QToolButton;

// Above the previews while a list is attached (File > Send to a List): the list's name, and which row the
// previews show, the raw text ("{{name}}") or row N's values; the phone follows. The draft's placeholders
// are checked against the list's columns, and against the values of the row shown.
class ListBar : public QWidget
{
    Q_OBJECT

public:
    explicit ListBar(DraftDocument *document, QWidget *parent = nullptr);

    // Attaches the list at `path`: false and why when it cannot be read or has no "to" column.
    bool attach(const QString &path, QString *why);
    // No list: the previews show the raw text, placeholders have no value.
    void detach();
    bool isAttached() const { return !m_path.isEmpty(); }
    QString listPath() const { return m_path; }
    // How many rows the list has, once a check has counted them (the row box stops there).
    void setRowCount(qint64 rows);
    // The row the previews show, 0 for the raw text.
    qint64 shownRow() const { return m_row; }
    void showRow(qint64 row);
    // While a campaign runs the list stays as it is.
    void setLocked(bool locked);

signals:
    void sendRequested();
    void detached();

private:
    bool readRow(qint64 row, RecipientList::Row *found, QString *why);
    void apply();

    DraftDocument *m_document;
    QLabel *m_name;
    QToolButton *m_raw;
    QSpinBox *m_rowBox;
    QLabel *m_note;
    QToolButton *m_send;
    QToolButton *m_close;
    QString m_path;
    QStringList m_columns;
    std::unique_ptr<RecipientList> m_list; // read forward; opened again to go back
    RecipientList::Row m_current;
    qint64 m_row = 0;
};
