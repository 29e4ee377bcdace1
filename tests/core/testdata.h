// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/jsondocument.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QString>
#include <QTest>

// The test vectors of tests/data/vectors: {provider, kind, payload, valid?, pointer?, ...}.
namespace TestData {

inline QString path(const QString &name)
{
    return QStringLiteral(WABENCH_TEST_DATA "/") + name;
}

inline QJsonObject readObject(const QString &file)
{
    const JsonParseResult parsed = JsonDocument::readFile(file);
    if (!parsed.ok())
        qFatal("%s: %s", qPrintable(file), qPrintable(parsed.error));
    return parsed.document.object();
}

inline QStringList vectorNames()
{
    QStringList names =
        QDir(path(QStringLiteral("vectors"))).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(5);
    return names;
}

inline QJsonObject vector(const QString &name)
{
    return readObject(path(QStringLiteral("vectors/") + name + QStringLiteral(".json")));
}

// Writes `bytes` to `name` in `dir` and returns its path; a test cannot go on without it.
inline QString writeFile(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString file = dir.filePath(name);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

} // namespace TestData
