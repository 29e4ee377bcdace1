// SPDX-License-Identifier: GPL-3.0-or-later
#include "warmup.h"

#include "settings/appidentity.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
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
        // Then the image plugins: the first image Qt reads for the window (a line edit's clear button)
        // asks each plugin whether it knows the file, loading them all; reading one image here does it.
        QImage(QStringLiteral(":/hicolor/16x16/apps/%1.png").arg(AppIdentity::id()));
    });
    m_fonts = started("warm-up fonts", [] {
        QFontDatabase::families();
        // The fonts the window writes in, plain and bold: their fallback lists are shared by every thread
        // once known (each thread opens its own font files, so the GUI thread still does that part).
        for (QFont font : {QGuiApplication::font(), QFontDatabase::systemFont(QFontDatabase::FixedFont)}) {
            QFontMetrics(font).height();
            font.setBold(true);
            QFontMetrics(font).height();
        }
    });
}

WarmUp::~WarmUp()
{
    m_database->wait();
    m_fonts->wait();
}
