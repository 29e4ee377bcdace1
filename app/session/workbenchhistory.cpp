// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "historysource.h"
#include "settings/settings.h"

#include <QFileInfo>
#include <QLocale>
#include <QThread>

// The history itself: copying another one in, and how long it keeps messages.

namespace {

// What a copy did, in words.
QString copied(const HistoryImport &done, const QString &from)
{
    if (done.total() == 0)
        return Workbench::tr("Nothing new to copy from %1: everything in it is here already").arg(from);
    const QLocale locale;
    QStringList parts;
    const auto part = [&](int count, const QString &words) {
        if (count > 0)
            parts << words.arg(locale.toString(count));
    };
    part(done.messages, Workbench::tr("%1 messages"));
    part(done.events, Workbench::tr("%1 statuses"));
    part(done.inbound, Workbench::tr("%1 customers' messages"));
    part(done.webhooks, Workbench::tr("%1 webhook requests"));
    part(done.templates, Workbench::tr("%1 templates"));
    part(done.campaigns, Workbench::tr("%1 campaigns"));
    return Workbench::tr("Copied from %1: %2").arg(from, parts.join(QStringLiteral(", ")));
}

} // namespace

bool Workbench::importHistory(const QString &source, QString *why)
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!m_history.isOpen())
        return refuse(m_historyError.isEmpty() ? tr("The history is not open") : m_historyError);
    if (m_import)
        return refuse(tr("A copy is under way already"));
    QString error;
    const std::optional<DatabaseLocation> from = DatabaseLocation::parse(source, &error);
    if (!from)
        return refuse(error);
    // A file that is not there is not made: a mistyped path would copy an empty history.
    if (from->kind() == DatabaseLocation::Kind::SQLite && !QFileInfo(from->path()).isFile())
        return refuse(tr("%1: there is no history there").arg(from->path()));
    if (from->key() == m_historyLocation.key())
        return refuse(tr("That is the history in use"));
    // On connections of its own, in its own thread: the window goes on meanwhile.
    m_import =
        QThread::create([this, target = m_historyLocation, password = m_history.connectionPassword(), from = *from] {
            QString reason;
            std::optional<HistoryImport> done;
            {
                HistoryStore into;
                HistoryStore copiedFrom;
                if (into.open(target, &reason, password) && copiedFrom.open(from, &reason))
                    done = into.importHistory(copiedFrom, &reason);
            }
            const QString summary = done ? copied(*done, from.display()) : reason;
            QMetaObject::invokeMethod(
                this,
                [this, ok = done.has_value(), summary, changed = done && done->total() > 0] {
                    m_import->wait();
                    delete std::exchange(m_import, nullptr);
                    if (changed) {
                        m_history.reloadViews();
                        loadTemplates();
                    }
                    emit historyImported(ok, summary);
                },
                Qt::QueuedConnection);
        });
    m_import->start();
    return true;
}

HistoryRetention Workbench::retention() const
{
    return HistorySource::retention(m_history, m_settings);
}

bool Workbench::setRetention(const HistoryRetention &retention, QString *why)
{
    if (m_historyLocation.kind() != DatabaseLocation::Kind::PostgreSQL) {
        Settings(m_settings).setHistoryRetention(retention);
    } else {
        const auto number = [](int value) { return value > 0 ? QString::number(value) : QString(); };
        QString error;
        if (!m_history.isOpen() ||
            !m_history.setWorkspaceSetting(QLatin1String(WorkspaceSettings::RetentionDays), number(retention.days),
                                           &error) ||
            !m_history.setWorkspaceSetting(QLatin1String(WorkspaceSettings::RetentionCount), number(retention.count),
                                           &error)) {
            if (why)
                *why = tr("The team workspace did not keep the retention: %1")
                           .arg(error.isEmpty() ? m_historyError : error);
            return false;
        }
    }
    applyRetention();
    return true;
}

void Workbench::applyRetention()
{
    if (!m_history.isOpen())
        return;
    const auto failed = [this](const QString &why) {
        emit notice(tr("Old messages were not removed yet: %1").arg(why));
    };
    if (std::exchange(m_pruning, true))
        HistorySource::pruneNow(&m_history, m_settings, failed); // a new rule, at once
    else
        HistorySource::keepPruned(&m_history, m_settings, this, failed);
}
