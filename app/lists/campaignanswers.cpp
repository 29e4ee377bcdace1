// SPDX-License-Identifier: GPL-3.0-or-later
// CampaignRun's answers: each recorded with the rows taken next in one commit, a refusal for rate put
// off (and the pace slowed), a server error unknown, then said.
#include "campaignrun.h"

#include "history/historystore.h"
#include "providers/provider.h"
#include "transport/sendjob.h"

#include <algorithm>

namespace {

// A row refused for rate this many times in one run is left queued for a later run.
constexpr int MaxAttempts = 5;

qint64 retryAfterMs(const SendOutcome &outcome, int attempts)
{
    for (const auto &[name, value] : outcome.responseHeaders) {
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const double seconds = value.trimmed().toDouble(&ok);
            if (ok && seconds >= 0)
                return qint64(std::min(seconds, 3600.0) * 1000);
        }
    }
    // None given: a second, doubling with each refusal of the same row, up to a minute.
    return std::min<qint64>(1000LL << std::min(attempts - 1, 6), 60000);
}

} // namespace

void CampaignRun::flush()
{
    // The answers that came in one turn of the event loop, recorded together with the next rows taken,
    // in one commit; each row is said to be done (or put off) only once its answer is stored.
    const QList<Answer> answers = std::exchange(m_answers, {});
    m_inFlight -= int(answers.size());
    enum class Fate
    {
        Done,
        Retry,
        LeftQueued
    };
    struct Decided
    {
        const Answer *answer;
        Fate fate = Fate::Done;
        SendOutcome outcome;
        Waiting again;
        qint64 after = 0;
        QString reason;
    };
    QList<Decided> decided;
    QString why;
    bool stored = m_history->beginBatch(&why);
    const qint64 now = m_clock.elapsed();
    for (const Answer &answer : answers) {
        Decided d{&answer, Fate::Done, answer.outcome, answer.waiting, 0, {}};
        const MessageResult first = d.outcome.results.value(0);
        if (d.outcome.httpStatus > 0 && m_provider->refusedForRate(d.outcome.httpStatus, first)) {
            // The provider did not take it: on record as refused, queued again.
            ++d.again.attempts;
            d.after = retryAfterMs(d.outcome, d.again.attempts);
            const QString said =
                first.errorCode.isEmpty() ? first.errorText : first.errorCode + QStringLiteral(": ") + first.errorText;
            d.reason = tr("HTTP %1, %2").arg(d.outcome.httpStatus).arg(said.isEmpty() ? d.outcome.reason : said);
            d.fate = d.again.attempts > MaxAttempts ? Fate::LeftQueued : Fate::Retry;
            if (d.fate == Fate::Retry) {
                // Slower for a while, from the rows taken next: half the pace (or half the requests at
                // once, when there is no pace).
                if (m_options.rate > 0)
                    m_pace = std::max(std::min(m_pace, m_options.rate) / 2, 0.5);
                else
                    m_maxInFlight = std::max(1, m_maxInFlight / 2);
                m_lastRefusal = now;
            }
            if (stored) {
                d.outcome = recordOutcome(m_history, {answer.id}, d.outcome);
                stored = d.outcome.notRecorded.isEmpty() &&
                         m_history->requeueRow(m_options.campaign, answer.waiting.row.row, &why);
                if (!d.outcome.notRecorded.isEmpty())
                    why = d.outcome.notRecorded;
            }
        } else {
            // A server error says nothing of whether the message was taken: unknown, and never sent again.
            if (d.outcome.httpStatus >= 500) {
                d.outcome.status = DeliveryStatus::Unknown;
                for (MessageResult &result : d.outcome.results) {
                    result.status = DeliveryStatus::Unknown;
                    result.errorText =
                        tr("HTTP %1: the provider may have taken it; it is not sent again").arg(d.outcome.httpStatus) +
                        (result.errorText.isEmpty() ? QString() : QStringLiteral(" (") + result.errorText + u')');
                }
            }
            if (stored) {
                d.outcome = recordOutcome(m_history, {answer.id}, d.outcome);
                stored = d.outcome.notRecorded.isEmpty();
                if (!stored)
                    why = d.outcome.notRecorded;
            }
        }
        decided.append(d);
    }
    // The next rows, taken in the same commit.
    QList<Taken> taken;
    if (stored && m_running && !m_paused && !m_cancelled && !takeTurn(&taken)) {
        stored = false; // takeTurn rolled the batch back and said why the run stopped
        why = m_error;
    }
    if (stored)
        stored = m_history->commitBatch(&why);
    else
        m_history->rollbackBatch();
    if (!stored)
        taken.clear();
    // On record as sent, so they leave now, before anything said below can stop the run (a row on record
    // as sent that never left would be reported unknown).
    launch(taken);

    for (Decided &d : decided) {
        const Answer &answer = *d.answer;
        if (!stored) {
            // Answered, and the history could not keep it: never said to be anything else.
            d.outcome.records = {answer.id};
            d.outcome.notRecorded = why;
            ++m_counts.unknown;
            emit rowFinished(answer.waiting.row.row, answer.waiting.row.recipient, d.outcome);
            continue;
        }
        if (d.fate == Fate::LeftQueued) {
            ++m_counts.leftQueued;
            emit rowDeferred(answer.waiting.row.row, answer.waiting.row.recipient, -1, d.reason);
            continue;
        }
        if (d.fate == Fate::Retry) {
            ++m_counts.retried;
            d.again.dueMs = now + d.after;
            const auto at = std::upper_bound(m_retry.cbegin(), m_retry.cend(), d.again.dueMs,
                                             [](qint64 due, const Waiting &w) { return due < w.dueMs; });
            m_retry.insert(at - m_retry.cbegin(), d.again);
            schedule(d.after);
            emit rowDeferred(answer.waiting.row.row, answer.waiting.row.recipient, d.after, d.reason);
            continue;
        }
        const SendOutcome &outcome = d.outcome;
        switch (outcome.results.value(0).status == DeliveryStatus::Unknown ? outcome.status
                                                                           : outcome.results.value(0).status) {
        case DeliveryStatus::Accepted:
            ++m_counts.accepted;
            break;
        case DeliveryStatus::Unknown:
            ++m_counts.unknown;
            break;
        default:
            ++m_counts.rejected;
            break;
        }
        emit rowFinished(answer.waiting.row.row, answer.waiting.row.recipient, outcome);
    }
    if (!stored)
        halt(tr("The answers could not be recorded: %1").arg(why));
    emit progress(m_counts.done(), m_options.total);
    finishIfDone();
}
