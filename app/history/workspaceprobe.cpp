// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspaceprobe.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <memory>

void WorkspaceProbe::reach(const DatabaseLocation &location, const QString &password, QObject *context,
                           const std::function<void(bool reached, const QString &why)> &done)
{
    struct Answer
    {
        bool reached = false;
        QString why;
    };
    auto answer = std::make_shared<Answer>();
    QThread *thread = QThread::create([location, password, answer] {
        const QString name = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(location.driver(), name);
            location.apply(db, password);
            answer->reached = db.open();
            if (!answer->reached)
                answer->why = db.lastError().databaseText().simplified();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    // Said in the context's thread, unless the context is gone: the connection goes with it.
    QObject::connect(thread, &QThread::finished, context, [answer, done] { done(answer->reached, answer->why); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
