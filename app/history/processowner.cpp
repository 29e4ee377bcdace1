// SPDX-License-Identifier: GPL-3.0-or-later
#include "processowner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString bootId()
{
    static const QString id = QString::fromLatin1(readAll(QStringLiteral("/proc/sys/kernel/random/boot_id")).trimmed());
    return id;
}

} // namespace

QString ProcessOwner::startOf(qint64 pid)
{
    // /proc/<pid>/stat: "pid (comm) state ..."; the command may hold spaces and parentheses, so fields are
    // counted after the last ')'. The start time is field 22, the 20th after it.
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return {};
    return bootId() + u'/' + QString::fromLatin1(fields.at(19));
}

const ProcessOwner &ProcessOwner::current()
{
    static const ProcessOwner self = [] {
        ProcessOwner owner;
        owner.host = QSysInfo::machineHostName();
        owner.pid = QCoreApplication::applicationPid();
        owner.started = startOf(owner.pid);
        if (const passwd *account = ::getpwuid(::getuid()); account && account->pw_name)
            owner.user = QString::fromLocal8Bit(account->pw_name);
        else
            owner.user = qEnvironmentVariable("USER");
        return owner;
    }();
    return self;
}

bool ProcessOwner::isGone() const
{
    if (host != current().host || pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    // A process with that id runs: it is the owner unless it started at another time (the id was reused).
    const QString now = startOf(pid);
    return !started.isEmpty() && !now.isEmpty() && now != started;
}
