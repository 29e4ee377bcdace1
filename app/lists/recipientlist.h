// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "message/draft.h"
#include "placeholders.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>

class ProviderRules;
class TemplateLibrary;

// A list to send a draft to: a CSV or TSV file with a header row, a recipient column ("to", in any case)
// read the way the To field reads one recipient, and a column for each of the draft's placeholders. Read
// a row at a time, never whole.
class RecipientList
{
    Q_DECLARE_TR_FUNCTIONS(RecipientList)

public:
    static QString recipientColumn() { return QStringLiteral("to"); }

    // Opens the file and reads its header: false and why (with the file's name) when it cannot be read, has
    // no recipient column, or lacks a column for one of `draft`'s placeholders.
    // With RecipientOnly, placeholders without a column are not an error here (the composer shows them).
    enum class Columns
    {
        All,
        RecipientOnly
    };
    bool open(const QString &path, const Draft &draft, QString *error, Columns columnsNeeded = Columns::All);
    // The delimiter a list's file is read with: a tab for .tsv and .tab, else the one its header uses.
    static char delimiterFor(const QString &path);
    const QStringList &columns() const { return m_reader->header(); }
    qint64 size() const { return m_file.size(); }
    qint64 position() const { return m_reader ? m_reader->position() : 0; }

    struct Row
    {
        qint64 row = 0;
        qint64 line = 0;
        QString recipient; // as the To field reads it
        QHash<QString, QString> values;
        QString problem; // the file's: a ragged row, bytes that are not UTF-8
    };
    // The next row; End at the end of the file; Error (and why) when the rest cannot be read.
    CsvReader::Next next(Row *row, QString *error);
    // The draft for one row: its placeholders filled, sent to the row's recipient; those the row leaves
    // empty in `missing`.
    Draft draftFor(const Row &row, QList<Placeholders::Use> *missing = nullptr) const;

    // Every row checked before anything is sent: the file's problems, a missing recipient, each row's
    // draft as the validator sees it (with `rules` and `templates`), and recipients met before.
    struct Finding
    {
        qint64 row = 0;
        qint64 line = 0;
        QString recipient;
        QStringList problems; // errors: the row cannot be sent
        QString duplicateOf;  // "row 3" when the recipient came before
    };
    struct Check
    {
        qint64 rows = 0;
        QSet<qint64> invalid; // rows with errors
        qint64 duplicates = 0;
        QList<Finding> findings; // the first MaxFindings rows with errors or duplicates
        qint64 findingsLeftOut = 0;
        QString error;          // the file could not be read to its end: nothing may be sent
        bool cancelled = false; // stopped before the end: nothing may be sent
    };
    static constexpr int MaxFindings = 10000;
    // Every row checked; `progress` is told how far it is (bytes) now and then, and stops it by
    // answering false.
    Check check(const ProviderRules *rules, const TemplateLibrary *templates,
                const std::function<bool(qint64 done, qint64 total)> &progress = {});

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<CsvReader> m_reader;
    qsizetype m_recipientColumn = -1;
    Draft m_draft;
    QString m_region;
};
