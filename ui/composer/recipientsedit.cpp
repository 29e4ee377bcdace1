// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientsedit.h"
#include "ui/theme.h"

#include "document/draftdocument.h"
#include "message/jsonpointer.h"
#include "message/phonenumbers.h"
#include "message/recipients.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

RecipientsEdit::RecipientsEdit(DraftDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("recipientsLineEdit"));
    m_edit->setAccessibleName(tr("Recipients"));
    m_edit->setPlaceholderText(tr("+919876543210, +16502530000, ..."));
    m_edit->setToolTip(tr("Phone numbers with their country code, or (Meta only) the business-scoped user id of a "
                          "customer who keeps their number to themselves, such as US.13491208655302741918; "
                          "separated by commas, semicolons or lines"));
    m_edit->setClearButtonEnabled(true);
    layout->addWidget(m_edit);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("recipientIssuesLabel"));
    m_issues->setWordWrap(false);
    m_issues->setTextFormat(Qt::RichText);
    // As wide as the field above, never wider: each line is cut to fit (showLines).
    m_issues->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_issues->hide();
    layout->addWidget(m_issues);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Numbers without a country code are the sender's country's, or else this computer's region's.
        const QString senders = PhoneNumbers::regionOf(m_document->draft().sender);
        m_regionIsSenders = !senders.isEmpty();
        m_region = m_regionIsSenders ? senders : Recipients::regionFor(QString(), QLocale());
        m_typed = Recipients::pieces(text);
        m_read.clear();
        m_national.clear();
        for (const QString &piece : std::as_const(m_typed)) {
            m_read << Recipients::normalised(piece, m_region);
            if (m_read.last() != Recipients::normalised(piece))
                m_national.insert(m_read.size() - 1);
        }
        m_document->setRecipients(m_read);
    });
    connect(document, &DraftDocument::changed, this, &RecipientsEdit::refresh);
    refresh();
}

void RecipientsEdit::refresh()
{
    const QStringList recipients = m_document->draft().recipients;
    // What was typed stays as typed while it reads as the draft's recipients; the draft holds them in E.164.
    // (Read once per edit of the field, not on every change of the draft.)
    if (m_read != recipients) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setText(recipients.join(QStringLiteral(", ")));
        m_typed = recipients;
        m_read = recipients;
        m_national.clear();
    }
    QList<Line> lines;
    bool error = false;
    QSet<qsizetype> spoken; // recipients with an issue of their own
    Issues own;
    for (const Issue &issue : m_document->issues()) {
        if (!JsonPointer::within(issue.pointer, QStringLiteral("/recipients")))
            continue;
        error = error || issue.isError();
        spoken.insert(issue.pointer.section(u'/', 2, 2).toLongLong());
        own.append(issue);
    }
    // The first few, errors first: many recipients' problems would push the form out of a small window, and
    // the problems list below the form has them all.
    std::stable_partition(own.begin(), own.end(), [](const Issue &issue) { return issue.isError(); });
    constexpr qsizetype Shown = 2;
    for (qsizetype i = 0; i < std::min(own.size(), Shown); ++i) {
        const Issue &issue = own.at(i);
        lines.append({(issue.isError() ? QStringLiteral("● ") : QStringLiteral("▲ ")) + issue.message,
                      Theme::issue(palette(), issue.isError())});
    }
    if (own.size() > Shown)
        lines.append({tr("…and %n more in the problems list", nullptr, int(own.size() - Shown)), QColor()});
    // Each recipient as it will be sent, when it was typed otherwise ("+91 98765 43210" is +919876543210);
    // a business-scoped user id said to be one, since it reads like neither a number nor a name.
    QStringList readAs;
    QStringList ids;
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        if (spoken.contains(i))
            continue;
        if (Recipients::isBusinessScopedId(recipients.at(i)))
            ids << recipients.at(i);
        else if (m_typed.value(i) != recipients.at(i))
            readAs << QStringLiteral("✓ ") + recipients.at(i);
    }
    if (!ids.isEmpty())
        lines.prepend(
            {tr("%1: a customer's business-scoped user id, sent in Meta's recipient field", nullptr, int(ids.size()))
                 .arg(ids.join(QStringLiteral(", "))),
             QColor()});
    if (!readAs.isEmpty()) {
        QString line = tr("Sent as %1").arg(readAs.join(QStringLiteral(", ")));
        if (!m_national.isEmpty()) {
            const QString country = QLocale::territoryToString(QLocale::codeToTerritory(m_region));
            line +=
                m_regionIsSenders
                    ? tr(" (without a country code, a number is read as one of %1, the sender's country)").arg(country)
                    : tr(" (without a country code, a number is read as one of %1, this computer's region; "
                         "a sender's number sets it)")
                          .arg(country);
        }
        lines.prepend({line, QColor()});
    }
    // Until there is a message, an empty recipient list is not yet a problem worth red.
    if (m_document->draft().message.isEmpty()) {
        lines.clear();
        error = false;
    }
    m_lines = lines;
    showLines();
    m_issues->setVisible(!lines.isEmpty());
    Theme::setErrorEdge(m_edit, error);
}

void RecipientsEdit::showLines()
{
    // One line each, cut to the width with "…": wrapped lines would take height a small window does not
    // have (a splitter gives no more for them). The tooltip has every line whole.
    const QFontMetrics metrics(m_issues->font());
    // The field's width: the label's own is not known while it is hidden.
    const int width = std::max(1, m_edit->width());
    QStringList shown;
    QStringList whole;
    for (const Line &line : std::as_const(m_lines)) {
        const QString text = metrics.elidedText(line.text, Qt::ElideRight, width).toHtmlEscaped();
        shown << (line.colour.isValid()
                      ? QStringLiteral("<span style='color:%1'>%2</span>").arg(line.colour.name(), text)
                      : text);
        whole << line.text;
    }
    m_issues->setText(shown.join(QStringLiteral("<br>")));
    m_issues->setToolTip(whole.join(u'\n'));
}

void RecipientsEdit::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showLines();
}
