// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/account.h"
#include "providers/httprequest.h"

#include <QSet>
#include <QWidget>

class DraftDocument;
class JsonHighlighter;
class PhoneView;
class TemplateLibrary;
class QNetworkAccessManager;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;
class QTabBar;
class Stepper;

// What will be sent, as the draft changes: the body (highlighted, with the lines of fields that have
// issues marked), the whole HTTP request with secrets masked, and the same request as cURL, Python
// and Node code. Each tab has a copy button. A draft sent as several requests shows one at a time.
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
        Node,
        Phone // the message as the customer's phone shows it
    };

    // `network` fetches the Phone tab's pictures (none: placeholders only); the Phone tab shows a template
    // message with its definition's texts when `templates` holds it.
    explicit PreviewPane(DraftDocument *document, QNetworkAccessManager *network = nullptr,
                         const TemplateLibrary *templates = nullptr, QWidget *parent = nullptr);
    QString text(Tab tab) const;
    void copy(Tab tab) const;
    // The account whose settings (never secrets) the requests are shown with.
    void setAccount(const Account &account);
    // Builds the requests from the document and renders the tab in view; called on each change.
    void refresh();
    // The requests the draft goes as, and the one the tabs show (-1 when there is none).
    int requestCount() const;
    int currentRequest() const;
    // The Phone tab's view, made when the tab is first shown (nullptr until then).
    PhoneView *phone() const { return m_phone; }
    void showTab(Tab tab);

signals:
    // A part of the phone picture was clicked: the field it shows ("/message/...").
    void fieldChosen(const QString &pointer);

protected:
    // The JSON colours follow the palette (light or dark) when the desktop changes it.
    void changeEvent(QEvent *event) override;

private:
    // The one view shows the current tab's text (laying out text is what costs).
    void showCurrent();
    QString render(Tab tab) const;
    void markIssues();
    const HttpRequest &current() const;
    void describeRequest();

    DraftDocument *m_document;
    QTabBar *m_tabs = nullptr;
    Stepper *m_step = nullptr;
    QPlainTextEdit *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    PhoneView *m_phone = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    const TemplateLibrary *m_templates = nullptr;
    QToolButton *m_wrap = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QList<HttpRequest> m_requests; // what the draft sends, or none (m_notice says why)
    QString m_notice;
    mutable QList<QString> m_texts;
    mutable QSet<int> m_stale; // tabs whose text is not rendered yet
    bool m_marksStale = true;
    QSet<int> m_errorLines;
    QSet<int> m_warningLines;
    Account m_account;
};
