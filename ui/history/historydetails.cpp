// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydetails.h"

#include "history/historystore.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "statestyle.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBrowser>

namespace {

// What the provider answered when the request went, not the state callbacks have brought the row to since.
QString answerAtTheTime(const HistoryRecord &record)
{
    if (record.state == DeliveryStatus::Sending)
        return HistoryDetails::tr("no answer yet");
    if (record.httpStatus >= 200 && record.httpStatus < 300)
        return record.state == DeliveryStatus::Rejected
                   ? HistoryDetails::tr("answered HTTP %1, refused").arg(record.httpStatus)
                   : HistoryDetails::tr("answered HTTP %1, accepted").arg(record.httpStatus);
    if (record.httpStatus > 0)
        return HistoryDetails::tr("answered HTTP %1, refused").arg(record.httpStatus);
    // Rows kept before answers' statuses were (history version 6), or no answer at all.
    if (!record.messageId.isEmpty())
        return HistoryDetails::tr("accepted");
    if (record.state == DeliveryStatus::Rejected)
        return HistoryDetails::tr("refused");
    return HistoryDetails::tr("no answer");
}

QString pretty(const QByteArray &body)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(body);
    if (parsed.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(parsed.toJson(QJsonDocument::Indented));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QPlainTextEdit *codeView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

HistoryDetails::HistoryDetails(const HistoryStore *store, QWidget *parent)
    : QTabWidget(parent), m_store(store), m_summary(new QTextBrowser(this)),
      m_request(codeView(QStringLiteral("historyRequestView"), this)),
      m_response(codeView(QStringLiteral("historyResponseView"), this))
{
    setObjectName(QStringLiteral("historyDetailsTabWidget"));
    setDocumentMode(true);
    m_summary->setObjectName(QStringLiteral("historySummaryBrowser"));
    m_summary->setOpenLinks(false);
    addTab(m_summary, tr("Status"));
    addTab(m_request, tr("Request"));
    addTab(m_response, tr("Response"));
}

QByteArray HistoryDetails::bodyOf(const QByteArray &request)
{
    const qsizetype blank = request.indexOf("\n\n");
    return blank < 0 ? QByteArray() : request.mid(blank + 2);
}

QString HistoryDetails::nothingChosen()
{
    return tr("Choose a message to see its request, the provider's answer and its status timeline.");
}

void HistoryDetails::showRecord(qint64 id)
{
    const std::optional<HistoryRecord> record = id ? m_store->record(id) : std::nullopt;
    if (!record) {
        m_summary->setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(nothingChosen().toHtmlEscaped()));
        m_request->clear();
        m_response->clear();
        return;
    }
    const Provider *provider = Providers::find(record->provider);
    const QString colour = StateStyle::colour(record->state).name();
    QString html =
        QStringLiteral("<p><span style='color:%1; font-weight:bold'>%2</span> — %3</p>")
            .arg(colour, escaped(StateStyle::label(record->state)), escaped(StateStyle::describe(record->state)));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>").arg(label, escaped(value));
    };
    row(tr("To"), record->recipient);
    row(tr("From"), record->sender);
    row(tr("Kind"), record->kind);
    row(tr("Provider"), provider ? provider->displayName() : record->provider);
    row(tr("Account"), record->account);
    row(tr("Message id"), record->messageId);
    row(tr("Sent"), QLocale().toString(record->created.toLocalTime(), QLocale::LongFormat));
    if (!record->sentBy.isEmpty())
        row(tr("Sent by"),
            record->desktop.isEmpty() ? record->sentBy : tr("%1, from %2").arg(record->sentBy, record->desktop));
    if (record->elapsedMs > 0)
        row(tr("Answered in"), tr("%1 ms").arg(record->elapsedMs));
    html += QStringLiteral("</table>");
    if (!record->error.isEmpty()) {
        html += QStringLiteral("<p style='color:%1'>%2</p>").arg(colour, escaped(record->error));
        const QString code = record->error.section(u':', 0, 0).trimmed();
        const QString meaning = provider ? provider->describeCode(code) : QString();
        if (!meaning.isEmpty() && !record->error.contains(meaning))
            html += QStringLiteral("<p>%1</p>").arg(escaped(meaning));
    }
    const QList<HistoryEvent> events = m_store->events(id);
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Timeline"));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += QStringLiteral("<tr><td style='color:gray'>%1</td><td>%2</td></tr>")
                .arg(QLocale().toString(record->created.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")),
                     escaped(tr("request sent; %1").arg(answerAtTheTime(*record))));
    for (const HistoryEvent &event : events) {
        QString what = StateStyle::label(event.status);
        if (!event.providerStatus.isEmpty() && event.providerStatus != Delivery::name(event.status))
            what += QStringLiteral(" (%1)").arg(event.providerStatus);
        if (!event.description.isEmpty())
            what += QStringLiteral(": ") + event.description;
        if (!event.applied)
            what += tr(" — arrived late; recorded, state unchanged");
        html += QStringLiteral("<tr><td style='color:gray'>%1</td><td><span style='color:%2'>●</span> %3</td></tr>")
                    .arg(QLocale().toString(event.time.toLocalTime(), QStringLiteral("HH:mm:ss.zzz")),
                         StateStyle::colour(event.status).name(), escaped(what));
    }
    html += QStringLiteral("</table>");
    if (events.isEmpty())
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("No status callbacks yet. They arrive through the webhook receiver."));
    m_summary->setHtml(html);

    const QByteArray body = bodyOf(record->request);
    m_request->setPlainText(QString::fromUtf8(record->request.left(record->request.size() - body.size())) +
                            pretty(body));
    // The answer as it came: its status line and headers (kept since the history's version 6), then its body.
    QString answer = QString::fromUtf8(record->responseHead);
    if (!answer.isEmpty())
        answer += QStringLiteral("\n\n");
    answer += pretty(record->response);
    m_response->setPlainText(record->response.isEmpty() && answer.isEmpty() ? tr("No answer was received.") : answer);
}
