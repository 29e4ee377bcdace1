// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"

class QIODevice;

// The history written out for spreadsheets (CSV, one row per message) and for programs (JSON, every
// message with its request, response and status events). Written a page at a time, so a million rows
// export in constant memory. Requests are stored with secrets masked, and exported as stored.
namespace HistoryExport {

enum class Format
{
    Csv,
    Json
};

// Every record `query` selects, up to `limit` (negative: all); returns how many were written.
qint64 write(const HistoryStore &store, const HistoryQuery &query, Format format, QIODevice *out, qint64 limit = -1);
// These records, in this order.
qint64 write(const HistoryStore &store, const QList<qint64> &ids, Format format, QIODevice *out);

// A CSV field, quoted when it must be (RFC 4180).
QByteArray csvField(const QString &value);

} // namespace HistoryExport
