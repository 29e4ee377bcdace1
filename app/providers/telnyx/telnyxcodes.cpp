// SPDX-License-Identifier: GPL-3.0-or-later
#include "telnyx.h"

#include "providers/codetable.h"
#include "providers/meta/metacodes.h"

namespace TelnyxCodes {

namespace {

const QHash<QString, const char *> &table()
{
    static const QHash<QString, const char *> codes = {
        {QStringLiteral("41000"),
         QT_TRANSLATE_NOOP("ErrorCodes", "WhatsApp error: Meta rejected the message; the details carry Meta's error")},
        {QStringLiteral("40008"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Undeliverable: the template could not be used (pending, rejected, paused or "
                                         "disabled), or Meta's catch-all")},
        {QStringLiteral("10015"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Invalid request: a field of the request is not valid")},
        {QStringLiteral("10009"), QT_TRANSLATE_NOOP("ErrorCodes", "Authentication failed: check the API key")},
        {QStringLiteral("40300"), QT_TRANSLATE_NOOP("ErrorCodes", "Blocked: the recipient has opted out")},
    };
    return codes;
}

} // namespace

QString describe(const QString &code)
{
    const QString known = wordsFromTable(table(), code);
    return known.isEmpty() ? MetaCodes::describe(code) : known;
}

QStringList codes()
{
    return codesOfTable(table());
}

} // namespace TelnyxCodes
