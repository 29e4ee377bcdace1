// SPDX-License-Identifier: GPL-3.0-or-later
#include "warmup.h"

#include <QFontDatabase>
#include <QSqlDatabase>
#include <functional>

namespace {

std::unique_ptr<QThread> started(const char *name, std::function<void()> work)
{
    std::unique_ptr<QThread> thread(QThread::create(std::move(work)));
    thread->setObjectName(QString::fromLatin1(name));
    thread->start();
    return thread;
}

} // namespace

WarmUp::WarmUp()
{
    // The driver first: the history opens before the first text is measured.
    m_database = started("warm-up database", [] {
        const QString name = QStringLiteral("wabench-warm-up");
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QSqlDatabase::removeDatabase(name);
    });
    m_fonts = started("warm-up fonts", [] { QFontDatabase::families(); });
}

WarmUp::~WarmUp()
{
    m_database->wait();
    m_fonts->wait();
}
