// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

// The rows of a campaign that failed, written out of its list as a list of their own: the same columns and
// values, and the error each met in a last column, ready to be mended and sent again as a new campaign.
class FailedRows
{
    Q_DECLARE_TR_FUNCTIONS(FailedRows)

public:
    // Writes the rows of the list at `listPath` whose numbers are keys of `errors` to `outPath` as CSV (UTF-8,
    // commas, quoted as RFC 4180 says, CRLF), with an "error" column last ("wabench_error" when the list
    // has an "error" column of its own). The number of rows written, or -1 and why; nothing is left at
    // `outPath` when it fails.
    static qint64 write(const QString &listPath, const QHash<qint64, QString> &errors, const QString &outPath,
                        QString *why);
    // One field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break, or spaces at
    // either end.
    static QByteArray field(const QString &value);
};
