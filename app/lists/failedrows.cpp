// SPDX-License-Identifier: GPL-3.0-or-later
#include "failedrows.h"

#include "csvreader.h"
#include "recipientlist.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

QByteArray FailedRows::field(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    const bool quoted = bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r') ||
                        (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quoted)
        return bytes;
    return '"' + bytes.replace("\"", "\"\"") + '"';
}

qint64 FailedRows::write(const QString &listPath, const QHash<qint64, QString> &errors, const QString &outPath,
                         QString *why)
{
    const QString name = QFileInfo(listPath).fileName();
    QFile list(listPath);
    if (!list.open(QIODevice::ReadOnly)) {
        *why = tr("%1 cannot be read: %2").arg(name, list.errorString());
        return -1;
    }
    CsvReader reader(&list, RecipientList::delimiterFor(listPath));
    if (!reader.readHeader(why)) {
        *why = tr("%1: %2").arg(name, *why);
        return -1;
    }
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *why = tr("%1 cannot be written: %2").arg(QFileInfo(outPath).fileName(), out.errorString());
        return -1;
    }
    const auto line = [&out](const QStringList &fields) {
        QByteArray bytes;
        for (qsizetype i = 0; i < fields.size(); ++i)
            bytes += (i > 0 ? "," : "") + field(fields.at(i));
        out.write(bytes + "\r\n");
    };
    QStringList header = reader.header();
    header.append(header.contains(QStringLiteral("error"), Qt::CaseInsensitive) ? QStringLiteral("wabench_error")
                                                                                : QStringLiteral("error"));
    line(header);
    qint64 written = 0;
    CsvReader::Record record;
    for (;;) {
        QString error;
        const CsvReader::Next next = reader.next(&record, &error);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Error) {
            *why = tr("%1: %2").arg(name, error);
            out.cancelWriting();
            return -1;
        }
        const auto found = errors.constFind(record.row);
        if (found == errors.constEnd())
            continue;
        QStringList fields = record.fields;
        while (fields.size() < reader.header().size())
            fields.append(QString());
        fields.resize(reader.header().size());
        fields.append(*found);
        line(fields);
        ++written;
    }
    if (!out.commit()) {
        *why = tr("%1 cannot be written: %2").arg(QFileInfo(outPath).fileName(), out.errorString());
        return -1;
    }
    return written;
}
