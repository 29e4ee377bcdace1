// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QHash>
#include <QIODevice>
#include <QStringDecoder>

namespace {

constexpr qint64 BlockBytes = 64 * 1024;

// `bytes` as text, or a null string when they are not UTF-8.
QString decoded(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return {};
    return text.isNull() ? QStringLiteral("") : text;
}

QString shown(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return CsvReader::tr("tabs");
    case ';':
        return CsvReader::tr("semicolons");
    default:
        return CsvReader::tr("commas");
    }
}

} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter) : m_device(device), m_delimiter(delimiter) {}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    // What is not read yet stays; what is, goes.
    if (m_at > 0) {
        m_buffer.remove(0, m_at);
        m_at = 0;
    }
    const QByteArray more = m_device->read(BlockBytes);
    if (more.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_buffer.append(more);
    return true;
}

int CsvReader::peek()
{
    if (m_at >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_at));
}

int CsvReader::take()
{
    const int c = peek();
    if (c >= 0) {
        ++m_at;
        ++m_consumed;
    }
    return c;
}

bool CsvReader::readHeader(QString *error)
{
    // A UTF-8 byte order mark is not part of the first name.
    if (peek() == 0xEF) {
        while (m_buffer.size() - m_at < 3 && fill()) {
        }
        if (m_buffer.mid(m_at, 3) == "\xEF\xBB\xBF") {
            m_at += 3;
            m_consumed += 3;
        }
    }
    if (m_delimiter == Detect) {
        // The separator the header row uses most, outside quotes.
        QHash<char, int> counts;
        bool quoted = false;
        for (qsizetype k = 0;; ++k) {
            if (m_at + k >= m_buffer.size() && !fill())
                break;
            if (k > MaxRecordBytes)
                break;
            const char c = m_buffer.at(m_at + k);
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r'))
                break;
            else if (!quoted && (c == ',' || c == '\t' || c == ';'))
                ++counts[c];
        }
        m_delimiter = ',';
        for (const char candidate : {'\t', ';'}) {
            if (counts.value(candidate) > counts.value(m_delimiter))
                m_delimiter = candidate;
        }
    }
    QList<QByteArray> fields;
    qint64 line = 0;
    if (!readFields(&fields, &line, error) || !error->isEmpty()) {
        if (error->isEmpty())
            *error = tr("The file is empty: it needs a header row that names the columns");
        return false;
    }
    m_header.clear();
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = decoded(fields.at(i)).trimmed();
        if (decoded(fields.at(i)).isNull()) {
            *error = tr("Line %1, the header: column %2's name is not UTF-8 text").arg(line).arg(i + 1);
            return false;
        }
        if (name.isEmpty()) {
            *error = tr("Line %1, the header: column %2 has no name (columns are separated by %3)")
                         .arg(line)
                         .arg(i + 1)
                         .arg(shown(m_delimiter));
            return false;
        }
        if (seen.contains(name)) {
            *error = tr("Line %1, the header: columns %2 and %3 are both named \"%4\"")
                         .arg(line)
                         .arg(seen.value(name) + 1)
                         .arg(i + 1)
                         .arg(name);
            return false;
        }
        seen.insert(name, int(i));
        m_header.append(name);
    }
    return true;
}

CsvReader::Next CsvReader::next(Record *record, QString *error)
{
    QList<QByteArray> fields;
    qint64 line = 0;
    QString why;
    if (!readFields(&fields, &line, &why)) {
        if (why.isEmpty())
            return Next::End;
        if (error)
            *error = why;
        return Next::Error;
    }
    record->row = ++m_row;
    record->line = line;
    record->fields.clear();
    record->problem = why; // a quoted field with text after its closing quote
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString text = decoded(fields.at(i));
        if (text.isNull() && record->problem.isEmpty())
            record->problem = tr("Column %1 is not UTF-8 text").arg(i + 1);
        record->fields.append(text.isNull() ? QString::fromUtf8(fields.at(i)) : text);
    }
    if (record->problem.isEmpty() && fields.size() != m_header.size())
        record->problem = tr("%n field(s) where the header has %1", nullptr, int(fields.size())).arg(m_header.size());
    return Next::Record;
}

bool CsvReader::readFields(QList<QByteArray> *fields, qint64 *line, QString *error)
{
    error->clear();
    // Blank lines are passed over.
    for (int c = peek();; c = peek()) {
        if (c < 0)
            return false;
        if (c == '\n') {
            take();
            ++m_line;
        } else if (c == '\r') {
            take();
            if (peek() == '\n')
                take();
            ++m_line;
        } else {
            break;
        }
    }
    *line = m_line;
    fields->clear();
    const qint64 start = m_consumed;
    const auto tooLong = [&] {
        if (m_consumed - start <= MaxRecordBytes)
            return false;
        *error = tr("Line %1: the record starting there is longer than %2 MiB; is a quote never closed?")
                     .arg(*line)
                     .arg(MaxRecordBytes >> 20);
        return true;
    };
    QString problem;
    for (;;) {
        QByteArray field;
        if (peek() == '"') {
            take();
            const qint64 opened = m_line;
            for (;;) {
                const int c = take();
                if (c < 0) {
                    *error = tr("Line %1: a quoted field opened there is never closed").arg(opened);
                    return false;
                }
                if (c == '"') {
                    if (peek() != '"')
                        break;
                    take();
                } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    ++m_line;
                }
                field.append(char(c));
                if (tooLong())
                    return false;
            }
            const int after = peek();
            if (after >= 0 && after != m_delimiter && after != '\n' && after != '\r' && problem.isEmpty())
                problem = tr("Line %1: text follows a quoted field's closing quote (a quote inside a quoted "
                             "field is written twice)")
                              .arg(m_line);
        }
        // Unquoted text, or what follows a closing quote, up to the separator or the line's end.
        for (int c = peek(); c >= 0 && c != m_delimiter && c != '\n' && c != '\r'; c = peek()) {
            field.append(char(take()));
            if (tooLong())
                return false;
        }
        fields->append(field);
        const int c = take();
        if (c == m_delimiter)
            continue;
        if (c == '\r' && peek() == '\n')
            take();
        if (c >= 0)
            ++m_line;
        *error = problem;
        return true;
    }
}
