// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a recipient list read whatever its bytes: the reader ends (with the end of the file or an
// error), counts rows and lines forwards, never reads past the input, and each row's values fill a
// draft's placeholders.
#include "lists/csvreader.h"
#include "lists/placeholders.h"

#include <QBuffer>
#include <QJsonArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QString error;
    if (!reader.readHeader(&error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    Draft draft;
    draft.message = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QString()}}}};
    QString body;
    for (const QString &name : reader.header())
        body += QStringLiteral("{{") + name + QStringLiteral("}} \\{{") + name + QStringLiteral("}} ");
    draft.message[QStringLiteral("text")] = QJsonObject{{QStringLiteral("body"), body}};
    const QList<Placeholders::Use> uses = Placeholders::find(draft);
    CsvReader::Record record;
    qint64 row = 0;
    qint64 line = 0;
    for (;;) {
        const CsvReader::Next next = reader.next(&record, &error);
        if (reader.position() > bytes.size())
            std::abort();
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Error) {
            if (error.isEmpty())
                std::abort();
            break;
        }
        if (record.row != row + 1 || record.line <= line || record.fields.isEmpty())
            std::abort();
        if (record.problem.isEmpty() && record.fields.size() != reader.header().size())
            std::abort();
        row = record.row;
        line = record.line;
        QHash<QString, QString> values;
        for (qsizetype i = 0; i < record.fields.size() && i < reader.header().size(); ++i)
            values.insert(reader.header().at(i), record.fields.at(i));
        QList<Placeholders::Use> missing;
        Placeholders::fill(draft, values, &missing);
        if (missing.size() > uses.size())
            std::abort();
    }
    return 0;
}
