// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Inputs of a given size in each family that once took time growing faster than their size: a long `to`,
// a long body, and many buttons, cards, rows or messages. Shared by the linearity test and the benchmark.
#include "cli/cli.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <ctime>

namespace LargeInputs {

inline QStringList families()
{
    return {QStringLiteral("to"),    QStringLiteral("body"), QStringLiteral("buttons"),
            QStringLiteral("cards"), QStringLiteral("rows"), QStringLiteral("messages")};
}

inline QJsonObject envelope(const QJsonObject &message)
{
    QJsonObject out = message;
    out.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    if (!out.contains(QStringLiteral("to")))
        out.insert(QStringLiteral("to"), QStringLiteral("+919876543210"));
    return out;
}

// `family` at size `n`: digits, characters, or items.
inline QByteArray make(const QString &family, qsizetype n)
{
    const auto interactive = [](const QString &type, const QJsonObject &action) {
        return envelope(
            {{QStringLiteral("type"), QStringLiteral("interactive")},
             {QStringLiteral("interactive"),
              QJsonObject{{QStringLiteral("type"), type},
                          {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}},
                          {QStringLiteral("action"), action}}}});
    };
    const auto text = [](const QString &to, const QString &body) {
        return envelope({{QStringLiteral("to"), to},
                         {QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}});
    };
    QJsonArray items;
    if (family == u"to")
        return QJsonDocument(text(QString(n, u'9'), QStringLiteral("hi"))).toJson(QJsonDocument::Compact);
    if (family == u"body")
        return QJsonDocument(text(QStringLiteral("+919876543210"), QString(n, u'a'))).toJson(QJsonDocument::Compact);
    for (qsizetype i = 0; i < n; ++i) {
        const QString id = QString::number(i);
        if (family == u"buttons")
            items.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("reply")},
                {QStringLiteral("reply"), QJsonObject{{QStringLiteral("id"), id},
                                                      {QStringLiteral("title"), QString(QStringLiteral("t") + id)}}}});
        else if (family == u"cards")
            items.append(QJsonObject{
                {QStringLiteral("card_index"), i},
                {QStringLiteral("type"), QStringLiteral("cta_url")},
                {QStringLiteral("header"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("image")},
                             {QStringLiteral("image"),
                              QJsonObject{{QStringLiteral("link"), QStringLiteral("https://e.com/a.png")}}}}},
                {QStringLiteral("body"), QJsonObject{{QStringLiteral("text"), QStringLiteral("b")}}},
                {QStringLiteral("action"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("cta_url")},
                             {QStringLiteral("parameters"),
                              QJsonObject{{QStringLiteral("display_text"), QStringLiteral("d")},
                                          {QStringLiteral("url"), QStringLiteral("https://e.com")}}}}}});
        else if (family == u"rows")
            items.append(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), QString(QStringLiteral("t") + id)}});
        else
            items.append(text(QStringLiteral("+919876543210"), QStringLiteral("hi ") + id));
    }
    if (family == u"buttons")
        return QJsonDocument(interactive(QStringLiteral("button"), {{QStringLiteral("buttons"), items}}))
            .toJson(QJsonDocument::Compact);
    if (family == u"cards")
        return QJsonDocument(interactive(QStringLiteral("carousel"), {{QStringLiteral("cards"), items}}))
            .toJson(QJsonDocument::Compact);
    if (family == u"rows")
        return QJsonDocument(interactive(QStringLiteral("list"),
                                         {{QStringLiteral("button"), QStringLiteral("b")},
                                          {QStringLiteral("sections"),
                                           QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("s")},
                                                                  {QStringLiteral("rows"), items}}}}}))
            .toJson(QJsonDocument::Compact);
    return QJsonDocument(items).toJson(QJsonDocument::Compact);
}

// Milliseconds of this thread's processor time (not the wall clock: what other processes on a busy machine
// take from it is not the check's) for `wabench COMMAND FILE` in this process, the best of `runs`, and what
// it printed.
inline double threadMilliseconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

inline double time(const QString &command, const QString &path, int runs, QString *printed = nullptr)
{
    double best = -1;
    for (int i = 0; i < runs; ++i) {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const double start = threadMilliseconds();
        Cli::run({command, path}, {outStream, errStream});
        outStream.flush();
        const double ms = threadMilliseconds() - start;
        best = best < 0 ? ms : qMin(best, ms);
        if (printed)
            *printed = out;
    }
    return best;
}

inline QString write(const QString &dir, const QString &family, qsizetype n)
{
    const QString path = dir + QStringLiteral("/%1-%2.json").arg(family).arg(n);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(make(family, n));
    return path;
}

} // namespace LargeInputs
