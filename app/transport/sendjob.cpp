// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendjob.h"

#include "history/historystore.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"

SendJob::SendJob(QNetworkAccessManager *network, HistoryStore *history, QObject *parent)
    : QObject(parent), m_sender(network), m_history(history)
{
    connect(&m_sender, &Sender::progress, this, &SendJob::progress);
    connect(&m_sender, &Sender::requestFinished, this, &SendJob::record);
    connect(&m_sender, &Sender::finished, this, &SendJob::finished);
}

bool SendJob::start(const Draft &draft, const Account &account, QString *error)
{
    const Provider *provider = Providers::find(draft.provider);
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!provider)
        return fail(tr("Unknown provider \"%1\"").arg(draft.provider));
    if (!m_history || !m_history->isOpen())
        return fail(tr("The history is not open; nothing is sent without a record of it"));
    if (m_sender.isBusy())
        return fail(tr("A send is already under way"));
    m_requests = provider->build(draft, account);
    if (m_requests.isEmpty())
        return fail(tr("There is no one to send to"));

    // Each request's recipients go on record just before it leaves: a kill at any moment leaves at most
    // one request as "sending", and none of those that never left.
    m_rows = QList<QList<qint64>>(m_requests.size());
    HistoryRecord row;
    row.provider = provider->id();
    row.account = account.name;
    row.sender = draft.sender;
    row.kind = Kinds::of(draft.message);
    row.correlation = draft.options.value(QStringLiteral("custom_data"))
                          .toString(draft.message.value(QStringLiteral("biz_opaque_callback_data")).toString());
    m_sender.setGate([this, row](int index, QString *why) mutable {
        const HttpRequest &request = m_requests.at(index);
        row.request = request.text(true).toUtf8(); // secrets masked
        for (const QString &recipient : request.recipients) {
            row.recipient = recipient;
            const qint64 id = m_history->insertSending(row, why);
            if (id == 0) {
                *why = tr("the history could not record it (%1)").arg(*why);
                return false;
            }
            m_rows[index].append(id);
        }
        return true;
    });
    m_sender.send(provider, m_requests);
    return true;
}

void SendJob::record(int index, const SendOutcome &answer)
{
    emit requestFinished(index, recordOutcome(m_history, m_rows.value(index), answer));
}

SendOutcome recordOutcome(HistoryStore *history, const QList<qint64> &ids, const SendOutcome &answer)
{
    SendOutcome outcome = answer;
    outcome.records = ids;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const MessageResult result = outcome.results.value(i);
        const DeliveryStatus status =
            result.status == DeliveryStatus::Unknown && outcome.status != DeliveryStatus::Unknown ? outcome.status
                                                                                                  : result.status;
        QString error = result.errorText;
        if (!result.errorCode.isEmpty())
            error = result.errorCode + QStringLiteral(": ") + error;
        if (error.isEmpty() && status != DeliveryStatus::Accepted)
            error = outcome.reason;
        // A refusal says its HTTP status where a person reads the row, whatever the provider's words.
        if (outcome.httpStatus >= 400 && !error.contains(QStringLiteral("HTTP %1").arg(outcome.httpStatus)))
            error = error.isEmpty() ? QStringLiteral("HTTP %1").arg(outcome.httpStatus)
                                    : QStringLiteral("%1 (HTTP %2)").arg(error).arg(outcome.httpStatus);
        QString why;
        if (!history->recordOutcome(ids.at(i), status, result.messageId, error, outcome.responseBody, outcome.elapsedMs,
                                    &why, {outcome.httpStatus, outcome.responseHead}))
            outcome.notRecorded = why;
    }
    return outcome;
}
