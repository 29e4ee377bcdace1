// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookwriter.h"

#include <QJsonArray>
#include <QJsonObject>

WebhookWriter::WebhookWriter(Written written, QObject *parent) : QObject(parent), m_written(std::move(written)) {}

WebhookWriter::~WebhookWriter() = default;

void WebhookWriter::submit(QList<WebhookJob> jobs, const Target &target)
{
    QMutexLocker lock(&m_inboxLock);
    m_inbox.append(std::move(jobs));
    m_target = target;
    if (m_draining)
        return; // taken with the next batch
    m_draining = true;
    lock.unlock();
    QMetaObject::invokeMethod(this, &WebhookWriter::drain, Qt::QueuedConnection);
}

void WebhookWriter::stop()
{
    m_stopped = true;
}

void WebhookWriter::drain()
{
    while (!m_stopped) {
        auto batch = std::make_shared<WebhookBatch>();
        Target target;
        {
            QMutexLocker lock(&m_inboxLock);
            if (m_inbox.isEmpty()) {
                m_draining = false;
                return;
            }
            if (m_inbox.size() <= MaxBatch) {
                batch->jobs = std::exchange(m_inbox, {});
            } else {
                batch->jobs = m_inbox.first(MaxBatch);
                m_inbox.remove(0, MaxBatch);
            }
            target = m_target;
        }
        write(*batch, target);
        m_written(batch);
    }
}

void WebhookWriter::write(WebhookBatch &batch, const Target &target)
{
    const WebhookRetention &retention = target.retention;
    const QString where = target.location.display();
    QString why;
    if (!m_history || m_where != where) {
        m_history = std::make_unique<HistoryStore>();
        m_history->setBusyTimeout(target.busyTimeoutMs);
        m_where = where;
        if (where.isEmpty() || !m_history->open(target.location, &why, target.password)) {
            m_history.reset();
            batch.why = where.isEmpty() ? tr("no history is open") : why;
            return;
        }
        // What this connection commits, noted for the receiver to say in the window's store.
        connect(m_history.get(), &HistoryStore::recordChanged, this, [this](qint64 id) {
            if (m_batch)
                m_batch->changed.append(id);
        });
        connect(m_history.get(), &HistoryStore::webhookRecorded, this, [this](qint64 id) {
            if (m_batch)
                m_batch->webhooks.append(id);
        });
        connect(m_history.get(), &HistoryStore::templatesChanged, this, [this] {
            if (m_batch)
                m_batch->templates = true;
        });
    }
    m_batch = &batch;
    batch.session = m_history->sessionId();
    bool stored = m_history->beginBatch(&why);
    QList<qint64> ids;
    if (stored) {
        ids = m_history->reserveWebhookIds(int(batch.jobs.size()), &why);
        stored = ids.size() == batch.jobs.size();
    }
    for (qsizetype i = 0; stored && i < batch.jobs.size(); ++i)
        stored = store(batch.jobs[i], ids.at(i), &why);
    // By age and count every 500 requests (by index); by size, which reads the length of every request
    // kept, once an eighth of the allowance has come in since it was last looked at (and then by age and
    // count as well).
    const bool bySize =
        m_bytesSinceSizePrune < 0 || m_bytesSinceSizePrune >= qint64(qMax(0, retention.maxMegabytes)) * 1024 * 1024 / 8;
    if (stored && (m_keptSincePrune < 0 || m_keptSincePrune >= 500 || bySize)) {
        stored = m_history->pruneWebhooks(retention, &why, bySize) >= 0;
        m_keptSincePrune = 0;
        if (bySize)
            m_bytesSinceSizePrune = 0;
    }
    if (stored && !m_history->commitBatch(&why))
        stored = false;
    if (stored) {
        m_keptSincePrune += int(batch.jobs.size());
        for (const WebhookJob &job : std::as_const(batch.jobs)) {
            m_bytesSinceSizePrune += job.record.body.size();
            for (const auto &[name, value] : job.record.headers)
                m_bytesSinceSizePrune += name.size() + value.size() + 4;
        }
        batch.stored = true;
        m_batch = nullptr;
        return;
    }
    // Nothing of the batch is stored: every callback of it is refused, so that its provider sends it again.
    // The requests themselves are kept if the history takes them now (it may not).
    m_history->rollbackBatch();
    batch.why = why;
    for (WebhookJob &job : batch.jobs) {
        job.results.clear();
        job.applied = 0;
        if (job.waiting) {
            job.record.verdict = WebhookVerdict::NotStored;
            job.record.status = 503;
            job.record.reason = tr("the history could not store this callback (%1); send it again").arg(why);
            job.record.outcome = {};
        }
    }
    if (m_history->beginBatch()) {
        bool kept = true;
        for (WebhookJob &job : batch.jobs) {
            job.record.id = 0; // the ids given were the rolled back transaction's
            kept = kept && (job.record.id = m_history->recordWebhook(job.record)) != 0;
        }
        if (!kept || !m_history->commitBatch())
            m_history->rollbackBatch();
    }
    m_batch = nullptr;
    // A workspace's connection may be what failed (the server restarted, the network went): the next batch
    // connects again rather than fail on a dead connection for good.
    if (m_history->postgres())
        m_history.reset();
}

bool WebhookWriter::store(WebhookJob &job, qint64 id, QString *why)
{
    job.record.id = id; // its events name it; it is written once they are applied
    if (!job.waiting)
        return m_history->recordWebhook(job.record, why) != 0; // answered already: kept as it was
    const QString provider = job.record.provider;
    QJsonArray outcome;
    bool anyNew = false;
    bool anyUnmatched = false;
    for (const CallbackEvent &event : std::as_const(job.events)) {
        if (event.kind == CallbackEvent::Kind::Inbound) {
            const HistoryStore::Stored result = m_history->recordInbound(provider, event, why, id);
            if (result == HistoryStore::Stored::Failed)
                return false;
            anyNew = anyNew || result == HistoryStore::Stored::New;
            job.results.append({result == HistoryStore::Stored::New ? HistoryStore::Applied::Recorded
                                                                    : HistoryStore::Applied::Duplicate,
                                0});
            outcome.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("inbound")},
                                       {QStringLiteral("message_id"), event.messageId},
                                       {QStringLiteral("from"), event.from},
                                       {QStringLiteral("type"), event.inboundType},
                                       {QStringLiteral("result"), result == HistoryStore::Stored::New
                                                                      ? QStringLiteral("new")
                                                                      : QStringLiteral("duplicate")}});
            continue;
        }
        qint64 record = 0;
        const HistoryStore::Applied result = m_history->applyEvent(provider, event, &record, why, id, job.again);
        if (result == HistoryStore::Applied::Failed)
            return false;
        job.results.append({result, record});
        job.applied += result == HistoryStore::Applied::Updated ? 1 : 0;
        anyNew = anyNew || result == HistoryStore::Applied::Updated || result == HistoryStore::Applied::Recorded;
        anyUnmatched = anyUnmatched || result == HistoryStore::Applied::Unmatched;
        static const QHash<HistoryStore::Applied, QString> words{
            {HistoryStore::Applied::Updated, QStringLiteral("updated")},
            {HistoryStore::Applied::Recorded, QStringLiteral("recorded")},
            {HistoryStore::Applied::Duplicate, QStringLiteral("duplicate")},
            {HistoryStore::Applied::Unmatched, QStringLiteral("unmatched")}};
        QJsonObject done{{QStringLiteral("kind"), QStringLiteral("status")},
                         {QStringLiteral("message_id"), event.messageId},
                         {QStringLiteral("status"), Delivery::name(event.status)},
                         {QStringLiteral("result"), words.value(result)}};
        if (record != 0)
            done.insert(QStringLiteral("record"), record);
        outcome.append(done);
    }
    for (const QJsonObject &status : std::as_const(job.templateStatuses)) {
        int changed = 0;
        if (!m_history->setTemplateStatus(status, &changed, why))
            return false;
        anyNew = anyNew || changed > 0;
        outcome.append(QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("template")},
            {QStringLiteral("name"), status.value(QStringLiteral("name"))},
            {QStringLiteral("status"), status.value(QStringLiteral("status"))},
            {QStringLiteral("result"), changed > 0 ? QStringLiteral("updated") : QStringLiteral("unmatched")}});
    }
    job.record.verdict = anyNew         ? WebhookVerdict::Applied
                         : anyUnmatched ? WebhookVerdict::Unmatched
                                        : WebhookVerdict::Duplicate;
    job.record.status = 200;
    job.record.outcome = outcome;
    return m_history->recordWebhook(job.record, why) != 0;
}
