// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsepane.h"

#include "jsonhighlighter.h"
#include "providers/provider.h"
#include "stepper.h"
#include "transport/sender.h"
#include "ui/history/statestyle.h"
#include "ui/wrappedlabel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ResponsePane::ResponsePane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("responsePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_step = new Stepper(QStringLiteral("responseAnswerStepper"), this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("responseHeadlineLabel"));
    m_explanation = new WrappedLabel(this);
    m_explanation->setObjectName(QStringLiteral("responseExplanationLabel"));
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("responsePlainTextEdit"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new JsonHighlighter(m_view->document());
    layout->addWidget(m_step);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_view, 1);
    // Room for the headline and two wrapped lines of explanation, however small the splitter makes it.
    setMinimumHeight(layout->contentsMargins().top() + 2 * layout->spacing() + 3 * fontMetrics().lineSpacing());
    connect(m_step, &Stepper::indexChanged, this, &ResponsePane::showAnswer);
    clear();
}

void ResponsePane::clear()
{
    m_answers.clear();
    m_step->setCount(0);
    setHeadline(tr("Response"), Qt::PlainText);
    m_explanation->setText(tr("Nothing sent yet. Send (Ctrl+Return) shows the provider's answer here."));
    m_explanation->setStyleSheet(QString());
    m_explanation->setTextInteractionFlags(Qt::NoTextInteraction); // see setHeadline
    m_view->clear();
    m_view->hide();
}

void ResponsePane::showSending(int done, int total)
{
    if (done == 0) {
        m_answers.clear();
        m_step->setCount(0);
    }
    setHeadline(tr("Response — sending %1 of %2…").arg(qMin(done + 1, total)).arg(total), Qt::PlainText);
}

void ResponsePane::showOutcome(const Provider *provider, const HttpRequest &request, const SendOutcome &outcome)
{
    // The latest answer is shown as it comes, unless the person stepped back to an earlier one.
    const bool following = m_answers.isEmpty() || m_step->index() == int(m_answers.size()) - 1;
    m_answers.append({provider, request, outcome});
    m_step->setCount(int(m_answers.size()));
    const int shown = following ? int(m_answers.size()) - 1 : m_step->index();
    if (m_step->index() != shown)
        m_step->setIndex(shown); // shows it
    else
        show(m_answers.at(shown));
}

void ResponsePane::showAnswer(int index)
{
    if (index < 0 || index >= m_answers.size())
        return;
    m_step->setIndex(index);
    show(m_answers.at(index));
}

void ResponsePane::show(const Answer &answer)
{
    const Provider *provider = answer.provider;
    const HttpRequest &request = answer.request;
    const SendOutcome &outcome = answer.outcome;
    if (m_answers.size() > 1) {
        m_step->setText(tr("Answer %1 of %2 · to %3")
                            .arg(m_step->index() + 1)
                            .arg(m_answers.size())
                            .arg(Stepper::toWhom(request.recipients)));
    }
    // Accepted but not recorded is shown as unknown: the history cannot vouch for it.
    const DeliveryStatus shown = outcome.notRecorded.isEmpty() ? outcome.status : DeliveryStatus::Unknown;
    const QString state = StateStyle::label(shown);
    const QString colour = StateStyle::colour(shown).name();
    QString headline = outcome.httpStatus > 0 ? tr("HTTP %1").arg(outcome.httpStatus) : tr("No answer");
    headline = QStringLiteral("<b>%1</b> · %2 · <span style='color:%3; font-weight:bold'>%4</span>")
                   .arg(headline, tr("%1 ms").arg(outcome.elapsedMs), colour, state);
    if (request.recipients.size() > 1)
        headline += tr(" · %n message(s)", nullptr, int(request.recipients.size()));
    setHeadline(headline, Qt::RichText);

    // Each message's fate, the provider's code in plain words where there is one.
    QStringList lines;
    for (const MessageResult &result : outcome.results) {
        QString line = result.recipient.isEmpty() ? QString() : result.recipient + QStringLiteral(": ");
        if (result.status == DeliveryStatus::Accepted) {
            line += tr("accepted, id %1").arg(result.messageId);
        } else {
            QString detail = result.errorCode.isEmpty() ? result.errorText
                                                        : result.errorCode + QStringLiteral(" — ") + result.errorText;
            const QString meaning = provider ? provider->describeCode(result.errorCode) : QString();
            if (!meaning.isEmpty() && !detail.contains(meaning))
                detail += QStringLiteral(". ") + meaning;
            if (detail.isEmpty())
                detail = outcome.reason;
            line += Delivery::name(result.status) + QStringLiteral(": ") + detail;
        }
        lines << line.toHtmlEscaped();
    }
    // The provider answered, but the history does not show it: said first, with every id to keep.
    if (!outcome.notRecorded.isEmpty()) {
        QStringList ids;
        for (const MessageResult &result : outcome.results)
            ids << (result.messageId.isEmpty() ? result.recipient : result.messageId);
        lines.prepend(tr("Not recorded: the history could not store this answer (%1). Keep the message id: %2")
                          .arg(outcome.notRecorded, ids.join(QStringLiteral(", ")))
                          .toHtmlEscaped());
    }
    if (lines.isEmpty() && !outcome.reason.isEmpty())
        lines << outcome.reason.toHtmlEscaped();
    else if (!outcome.reason.isEmpty() && outcome.status != DeliveryStatus::Accepted &&
             !lines.join(QString()).contains(outcome.reason.toHtmlEscaped()))
        lines.prepend(outcome.reason.toHtmlEscaped());
    m_explanation->setText(lines.join(QStringLiteral("<br>")));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setStyleSheet(outcome.status == DeliveryStatus::Accepted && outcome.notRecorded.isEmpty()
                                     ? QString()
                                     : QStringLiteral("QLabel { color: %1; }").arg(colour));

    QString text;
    for (const auto &[name, value] : outcome.responseHeaders)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value) + u'\n';
    if (!text.isEmpty())
        text += u'\n';
    const QJsonDocument parsed = QJsonDocument::fromJson(outcome.responseBody);
    text += parsed.isNull() ? QString::fromUtf8(outcome.responseBody)
                            : QString::fromUtf8(parsed.toJson(QJsonDocument::Indented));
    m_view->setPlainText(text);
    m_view->setVisible(!text.trimmed().isEmpty());
}

// At rest and while sending, the headline is bold plain text; an answer's is rich text, its status in
// colour, and selectable, as the answer's explanation is. A label drawn as plain text and not selectable
// is only text; one that is rich or selectable lays its text out as a document, which the window's first
// paint would pay for the resting headline and explanation.
void ResponsePane::setHeadline(const QString &text, Qt::TextFormat format)
{
    QFont font = m_headline->font();
    font.setBold(format == Qt::PlainText);
    m_headline->setFont(font);
    m_headline->setTextFormat(format);
    m_headline->setTextInteractionFlags(format == Qt::RichText ? Qt::TextSelectableByMouse : Qt::NoTextInteraction);
    m_headline->setText(text);
}

QString ResponsePane::headline() const
{
    return m_headline->text();
}

QString ResponsePane::explanation() const
{
    return m_explanation->text();
}

QString ResponsePane::text() const
{
    return m_view->toPlainText();
}

void ResponsePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->rehighlight();
    QWidget::changeEvent(event);
}
