// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QStringList>

class QIODevice;

// A recipient list's rows as RFC 4180 writes them, read from a device a block at a time, never whole: a
// header row of column names, then one record per row; fields separated by commas (or tabs, or
// semicolons: the one the header row uses most), quoted with '"' where they hold a separator, a quote
// (doubled) or a line break; lines ending in CRLF, LF or CR; UTF-8 with or without a BOM. Blank lines are
// passed over. A record with the wrong number of fields, or bytes that are not UTF-8, is still returned,
// with its problem: the caller reports the row and goes on. What makes the rest unreadable (a quote never
// closed, a record over the size limit) ends the reading with an error that says the line.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // The delimiter to read with; Detect: the one of ',', '\t' and ';' the header row uses most.
    static constexpr char Detect = 0;
    // A record longer than this is an error (it is most often a quote that was never closed).
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

    explicit CsvReader(QIODevice *device, char delimiter = Detect);

    // Reads the header row: false, and the reason, when there is none or it is not usable (an empty or
    // repeated column name).
    bool readHeader(QString *error);
    const QStringList &header() const { return m_header; }
    char delimiter() const { return m_delimiter; }

    struct Record
    {
        qint64 row = 0;  // 1 for the first row after the header
        qint64 line = 0; // the line of the file where it starts
        QStringList fields;
        QString problem; // a row that cannot be used as it is: why, in words
    };
    enum class Next
    {
        Record,
        End,
        Error
    };
    // The next record, the end of the file, or an error (with the reason) after which nothing more is read.
    Next next(Record *record, QString *error);
    // How far into the device the reading is, in bytes (for progress against its size).
    qint64 position() const { return m_consumed; }

private:
    // One record's fields as bytes, or false at the end of the file; `error` set when it cannot be read.
    bool readFields(QList<QByteArray> *fields, qint64 *line, QString *error);
    bool fill();
    int peek();
    int take();

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_row = 0;
    bool m_atEnd = false;
    QStringList m_header;
};
