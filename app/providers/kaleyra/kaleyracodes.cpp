// SPDX-License-Identifier: GPL-3.0-or-later
#include "kaleyra.h"

#include "providers/codetable.h"
#include "providers/meta/metacodes.h"

namespace KaleyraCodes {

namespace {

const QHash<QString, const char *> &table()
{
    static const QHash<QString, const char *> codes = {
        {QStringLiteral("WA202"), QT_TRANSLATE_NOOP("ErrorCodes", "Request accepted")},
        {QStringLiteral("RBC001"), QT_TRANSLATE_NOOP("ErrorCodes", "Incorrect SID or API key")},
        {QStringLiteral("WA401"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The phone number is not present or does not belong to the account")},
        {QStringLiteral("WA-401"),
         QT_TRANSLATE_NOOP(
             "ErrorCodes",
             "The API is not available for this customer, or the number is on another version of the WhatsApp API")},
        {QStringLiteral("WA400"), QT_TRANSLATE_NOOP("ErrorCodes", "The payload format is not correct")},
        {QStringLiteral("WA500"), QT_TRANSLATE_NOOP("ErrorCodes", "Kaleyra had a server error; try again later")},
        {QStringLiteral("E110"), QT_TRANSLATE_NOOP("ErrorCodes", "The account's balance is too low")},
        {QStringLiteral("NOT-SENT"), QT_TRANSLATE_NOOP("ErrorCodes", "Kaleyra did not send the message")},
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

} // namespace KaleyraCodes
