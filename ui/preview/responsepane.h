// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class JsonHighlighter;
class Provider;
class QLabel;
class QPlainTextEdit;
struct HttpRequest;
struct SendOutcome;

// The provider's answer to the last send: HTTP status and time taken at a glance, each message's fate
// with the provider's error in plain words, then the headers and the pretty-printed body.
class ResponsePane : public QWidget
{
    Q_OBJECT

public:
    explicit ResponsePane(QWidget *parent = nullptr);

    void showOutcome(const Provider *provider, const HttpRequest &request, const SendOutcome &outcome);
    void showSending(int done, int total);
    void clear();
    QString headline() const;
    QString explanation() const;
    QString text() const;

protected:
    // The JSON colours follow the palette (light or dark) when the desktop changes it.
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_headline = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_view = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
};
