// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "providers/httprequest.h"
#include "transport/sender.h"

class JsonHighlighter;
class Provider;
class QLabel;
class QPlainTextEdit;
class Stepper;

// The provider's answers to the last send: HTTP status and time taken at a glance, each message's fate
// with the provider's error in plain words, then the headers and the pretty-printed body. A send of
// several requests keeps every answer; the latest is shown, and the others a step away.
class ResponsePane : public QWidget
{
    Q_OBJECT

public:
    explicit ResponsePane(QWidget *parent = nullptr);

    // Adds the answer to one request of the send under way, and shows it.
    void showOutcome(const Provider *provider, const HttpRequest &request, const SendOutcome &outcome);
    // A send's progress; its start (done 0) forgets the previous send's answers.
    void showSending(int done, int total);
    void clear();
    int answerCount() const { return int(m_answers.size()); }
    QString headline() const;
    QString explanation() const;
    QString text() const;

protected:
    // The JSON colours follow the palette (light or dark) when the desktop changes it.
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        const Provider *provider = nullptr;
        HttpRequest request;
        SendOutcome outcome;
    };
    void showAnswer(int index);
    void show(const Answer &answer);
    void setHeadline(const QString &text, Qt::TextFormat format);

    QList<Answer> m_answers;
    Stepper *m_step = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_view = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
};
