// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

class DraftDocument;

// Every issue of the draft, errors first; choosing one takes you to its field.
class IssueListView : public QListWidget
{
    Q_OBJECT

public:
    explicit IssueListView(DraftDocument *document, QWidget *parent = nullptr);

    // Where an issue is, in words: "interactive › action › buttons #1 › reply › title".
    static QString where(const QString &pointer);

signals:
    // The pointer (into the draft file) of the issue chosen.
    void issueChosen(const QString &pointer);

private:
    void refresh();

    DraftDocument *m_document;
};
