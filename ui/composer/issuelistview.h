// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

class DraftDocument;

// Every issue of the draft, errors first, one line each; choosing one takes you to its field. Its height is
// the same whatever the count (a few lines, then it scrolls), so that the form above it never moves as
// issues come and go while someone types.
class IssueListView : public QListWidget
{
    Q_OBJECT

public:
    explicit IssueListView(DraftDocument *document, QWidget *parent = nullptr);

    // Where an issue is, in words: "interactive › action › buttons #1 › reply › title".
    static QString where(const QString &pointer);
    // The lines it shows before it scrolls.
    static constexpr int Lines = 3;

signals:
    // The pointer (into the draft file) of the issue chosen.
    void issueChosen(const QString &pointer);

private:
    void refresh();

    DraftDocument *m_document;
    int m_rowHeight = 0;
};
