// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignrun.h"

#include "history/historystore.h"
#include "message/kinds.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "transport/sender.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// Rows read and put on record ahead of their turn, in one transaction each time.
constexpr int ReadAhead = 256;
// Qt's HTTP/1.1 connections to one host for one network access manager.
constexpr int ConnectionsPerManager = 6;
// After a refusal for rate the pace comes back a tenth of the rate asked every this long without one.
constexpr qint64 RecoveryMs = 2000;

} // namespace

CampaignRun::CampaignRun(QNetworkAccessManager *network, HistoryStore *history, QObject *parent)
    : QObject(parent), m_network(network), m_history(history)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &CampaignRun::pump);
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &CampaignRun::flush);
}

CampaignRun::~CampaignRun() = default;

QString CampaignRun::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg((seconds + 30) / 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 30) / 60);
}

QString CampaignRun::Counts::summary(const QString &campaign) const
{
    QString text =
        CampaignRun::tr("Campaign \"%1\": %L2 accepted, %L3 rejected, %L4 unknown, %L5 sent before, %L6 skipped for "
                        "errors.")
            .arg(campaign)
            .arg(accepted)
            .arg(rejected)
            .arg(unknown)
            .arg(sentBefore)
            .arg(skipped);
    if (leftQueued > 0)
        text += u' ' + CampaignRun::tr(
                           "%Ln row(s) refused for rate time after time are left queued: sending the campaign again "
                           "under the same name sends them.",
                           nullptr, int(std::min<qint64>(leftQueued, std::numeric_limits<int>::max())));
    if (unknown > 0)
        text += u' ' + CampaignRun::tr(
                           "A row whose fate is unknown may have reached the provider: it is never sent again on its "
                           "own.");
    return text;
}

bool CampaignRun::start(const Options &options, QString *why)
{
    m_options = options;
    m_provider = Providers::find(options.draft.provider);
    if (!m_provider) {
        *why = tr("Unknown provider \"%1\"").arg(options.draft.provider);
        return false;
    }
    if (!m_history || !m_history->isOpen()) {
        *why = tr("The history is not open; nothing is sent without a record of it");
        return false;
    }
    if (!m_list.open(options.list, options.draft, why))
        return false;
    Campaign campaign;
    campaign.name = options.campaign;
    campaign.provider = m_provider->id();
    campaign.account = options.account.name;
    campaign.list = options.list;
    campaign.draft = options.draft.toJson();
    campaign.rate = options.rate;
    if (!m_history->saveCampaign(campaign, why))
        return false;
    const auto rows = m_history->campaignRows(options.campaign, why);
    if (!rows)
        return false;
    m_onRecord.clear();
    for (auto it = rows->constBegin(); it != rows->constEnd(); ++it)
        m_onRecord.insert(it.key(), int(it.value()));
    m_pace = std::max(0.0, options.rate);
    m_maxInFlight = options.inFlight > 0 ? options.inFlight
                    : m_pace > 0         ? std::clamp(int(std::ceil(m_pace / 4)), 4, 64)
                                         : 32;
    m_fullInFlight = m_maxInFlight;
    // Qt keeps at most six HTTP/1.1 connections to a host for each network access manager (a request
    // beyond them waits its turn): as many managers as the requests in flight need, each set as the
    // session's, the rows spread over them.
    qDeleteAll(m_extraNetworks);
    m_extraNetworks.clear();
    for (int i = 1; i < (m_maxInFlight + ConnectionsPerManager - 1) / ConnectionsPerManager; ++i) {
        auto *network = new QNetworkAccessManager(this);
        network->setProxy(m_network->proxy());
        network->setRedirectPolicy(m_network->redirectPolicy());
        network->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
        m_extraNetworks.append(network);
    }
    m_sent = 0;
    m_lastRefusal = -1;
    m_counts = {};
    m_ahead.clear();
    m_retry.clear();
    m_fileDone = m_cancelled = m_paused = false;
    m_error.clear();
    m_running = true;
    m_clock.start();
    m_refilled = 0;
    m_tokens = 1;
    QTimer::singleShot(0, this, &CampaignRun::pump);
    return true;
}

void CampaignRun::pause()
{
    m_paused = true;
    m_timer.stop();
}

void CampaignRun::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pump();
}

void CampaignRun::cancel()
{
    m_cancelled = true;
    m_timer.stop();
    finishIfDone();
}

void CampaignRun::schedule(qint64 ms)
{
    if (!m_timer.isActive() || m_timer.remainingTime() > ms)
        m_timer.start(int(std::max<qint64>(ms, 1)));
}

bool CampaignRun::topUp(QString *error)
{
    QList<QPair<qint64, QString>> queue;
    RecipientList::Row row;
    for (int read = 0; read < ReadAhead && !m_fileDone; ++read) {
        const CsvReader::Next next = m_list.next(&row, error);
        if (next == CsvReader::Next::Error)
            return false;
        if (next == CsvReader::Next::End) {
            m_fileDone = true;
            break;
        }
        if (m_options.skip.contains(row.row) || !row.problem.isEmpty() || row.recipient.isEmpty()) {
            ++m_counts.skipped;
            continue;
        }
        const auto state = m_onRecord.constFind(row.row);
        if (state != m_onRecord.constEnd() && *state == int(HistoryStore::RowState::Sent)) {
            ++m_counts.sentBefore;
            continue;
        }
        if (state == m_onRecord.constEnd())
            queue.append({row.row, row.recipient});
        m_ahead.append({row, 0, 0});
    }
    return queue.isEmpty() || m_history->queueRows(m_options.campaign, queue, error);
}

void CampaignRun::pump()
{
    if (!m_running || m_paused || m_cancelled) {
        finishIfDone();
        return;
    }
    QList<Taken> taken;
    if (takeTurn(&taken))
        launch(taken);
    emit progress(m_counts.done(), m_options.total);
    finishIfDone();
}

bool CampaignRun::choose(QList<Waiting> *batch, QString *error)
{
    const qint64 now = m_clock.elapsed();
    // The pace (without one, the requests at once) comes back towards what was asked while no refusal comes.
    if (m_lastRefusal >= 0 && now - m_lastRefusal >= RecoveryMs) {
        if (m_options.rate > 0 && m_pace < m_options.rate)
            m_pace = std::min(m_options.rate, m_pace + m_options.rate / 10);
        else if (m_options.rate <= 0 && m_maxInFlight < m_fullInFlight)
            m_maxInFlight = std::min(m_fullInFlight, m_maxInFlight + std::max(1, m_fullInFlight / 10));
        m_lastRefusal = now;
    }
    if (m_pace > 0) {
        // Up to a tenth of a second of messages at once, so that a timer that fires late costs no pace.
        const double burst = std::max(2.0, m_pace / 10);
        m_tokens = std::min(burst, m_tokens + double(now - m_refilled) * m_pace / 1000);
    }
    m_refilled = now;
    while (m_inFlight + batch->size() < m_maxInFlight) {
        if (m_pace > 0 && m_tokens < 1) {
            schedule(qint64(std::ceil((1 - m_tokens) * 1000 / m_pace)));
            break;
        }
        // (Rows an earlier run sent are passed over: reading goes on until some wait or the file ends.)
        while (m_ahead.size() < ReadAhead / 4 && !m_fileDone) {
            if (!topUp(error))
                return false;
        }
        std::optional<Waiting> next;
        if (!m_retry.isEmpty() && m_retry.constFirst().dueMs <= now)
            next = m_retry.takeFirst();
        else if (!m_ahead.isEmpty())
            next = m_ahead.takeFirst();
        if (!next) {
            if (!m_retry.isEmpty())
                schedule(m_retry.constFirst().dueMs - now);
            break;
        }
        if (m_pace > 0)
            m_tokens -= 1;
        batch->append(*next);
    }
    return true;
}

bool CampaignRun::takeTurn(QList<Taken> *taken)
{
    QList<Waiting> batch;
    QString why;
    if (!choose(&batch, &why)) {
        halt(why); // what was recorded before stays: the list could not be read on, the history is fine
        return true;
    }
    if (batch.isEmpty())
        return true;
    // Every row of the batch on record as sent, its message "sending", committed before any leaves.
    const bool own = !m_history->inBatch();
    if (own && !m_history->beginBatch(&why)) {
        halt(tr("Nothing more was sent: the history could not record the rows about to leave (%1)").arg(why));
        return false;
    }
    for (const Waiting &waiting : std::as_const(batch)) {
        const Draft draft = m_list.draftFor(waiting.row);
        HistoryRecord record;
        record.provider = m_provider->id();
        record.account = m_options.account.name;
        record.sender = draft.sender;
        record.recipient = waiting.row.recipient;
        record.kind = Kinds::of(draft.message);
        record.correlation = draft.options.value(QStringLiteral("custom_data"))
                                 .toString(draft.message.value(QStringLiteral("biz_opaque_callback_data")).toString());
        // One recipient, one request: a list row is one message.
        const QList<HttpRequest> requests = m_provider->build(draft, m_options.account).mid(0, 1);
        record.request = requests.value(0).text(true).toUtf8(); // secrets masked
        record.campaign = m_options.campaign;
        record.campaignRow = waiting.row.row;
        bool elsewhere = false;
        const qint64 id = m_history->takeRow(record, &why, &elsewhere);
        if (id == 0 && elsewhere) {
            ++m_counts.sentBefore; // another process took it
            continue;
        }
        if (id == 0) {
            m_history->rollbackBatch();
            taken->clear();
            halt(tr("Row %1 was not sent: the history could not record it (%2)").arg(waiting.row.row).arg(why));
            return false;
        }
        taken->append({waiting, requests, id});
    }
    if (own && !m_history->commitBatch(&why)) {
        taken->clear();
        halt(tr("Nothing more was sent: the history could not record the rows about to leave (%1)").arg(why));
        return false;
    }
    return true;
}

void CampaignRun::launch(const QList<Taken> &taken)
{
    for (const Taken &row : taken) {
        const qint64 turn = m_sent++ % (m_extraNetworks.size() + 1);
        auto *sender = new Sender(turn == 0 ? m_network : m_extraNetworks.at(turn - 1), this);
        sender->setTimeout(m_options.timeoutMs);
        connect(sender, &Sender::requestFinished, this,
                [this, waiting = row.waiting, id = row.id](int, const SendOutcome &outcome) {
                    m_answers.append({waiting, id, outcome});
                    if (!m_flush.isActive())
                        m_flush.start();
                });
        connect(sender, &Sender::finished, sender, &QObject::deleteLater);
        ++m_inFlight;
        sender->send(m_provider, row.requests);
    }
}

void CampaignRun::halt(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    m_cancelled = true;
    m_timer.stop();
}

void CampaignRun::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    const bool allGone = m_fileDone && m_ahead.isEmpty() && m_retry.isEmpty();
    if (!m_cancelled && !allGone)
        return;
    m_running = false;
    m_timer.stop();
    emit progress(m_counts.done(), m_options.total);
    emit finished(m_error);
}
