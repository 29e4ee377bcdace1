// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"

#include <QSet>
#include <QWidget>

class DraftDocument;
class JsonHighlighter;
class QPlainTextEdit;
class QTabBar;
struct HttpRequest;

// What will be sent, as the draft changes: the body (highlighted, with the lines of fields that have
// issues marked), the whole HTTP request with secrets masked, and the same request as cURL, Python
// and Node code. Each tab has a copy button.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        Body,
        Http,
        Curl,
        Python,
        Node
    };

    explicit PreviewPane(DraftDocument *document, QWidget *parent = nullptr);
    QString text(Tab tab) const;
    void copy(Tab tab) const;
    // The account whose settings (never secrets) the requests are shown with.
    void setAccount(const Account &account);
    // Updates every tab from the document; called on each change.
    void refresh();

protected:
    // The JSON colours follow the palette (light or dark) when the desktop changes it.
    void changeEvent(QEvent *event) override;

private:
    // Keeps a tab's text; the one view shows the current tab's (laying out text is what costs).
    void setText(Tab tab, const QString &text);
    void showCurrent();
    void markIssues(const HttpRequest &request);

    DraftDocument *m_document;
    QTabBar *m_tabs = nullptr;
    QPlainTextEdit *m_view = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QList<QString> m_texts;
    QSet<int> m_errorLines;
    QSet<int> m_warningLines;
    Account m_account;
};
