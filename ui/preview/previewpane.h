// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class DraftDocument;
class JsonHighlighter;
class QPlainTextEdit;
class QTabWidget;
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
    void showTab(Tab tab);
    void copy(Tab tab) const;
    // Updates every tab from the document; called on each change.
    void refresh();

private:
    QPlainTextEdit *addTab(Tab tab, const QString &title, const QString &objectName);
    // Puts a tab's text in its view; hidden tabs get theirs when shown (laying out text is costly).
    void setText(Tab tab, const QString &text);
    void showPending();
    void markIssues(const HttpRequest &request);

    DraftDocument *m_document;
    QTabWidget *m_tabs = nullptr;
    QList<QPlainTextEdit *> m_views;
    QList<QString> m_texts;
    JsonHighlighter *m_bodyHighlighter = nullptr;
    JsonHighlighter *m_httpHighlighter = nullptr;
};
