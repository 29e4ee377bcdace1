// SPDX-License-Identifier: GPL-3.0-or-later
#include "metacodes.h"

#include "providers/codetable.h"

namespace MetaCodes {

namespace {

const QHash<QString, const char *> &table()
{
    static const QHash<QString, const char *> codes = {
        {QStringLiteral("0"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Authentication failed: the access token could not be validated")},
        {QStringLiteral("3"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The app lacks the capability or permission for this call")},
        {QStringLiteral("10"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Permission denied: the permission is not granted or was removed")},
        {QStringLiteral("100"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Invalid parameter: a field is missing, misspelt or has a wrong value")},
        {QStringLiteral("190"), QT_TRANSLATE_NOOP("ErrorCodes", "The access token has expired or is invalid")},
        {QStringLiteral("368"), QT_TRANSLATE_NOOP("ErrorCodes", "Temporarily blocked for policy violations")},
        {QStringLiteral("130429"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Rate limit hit: too many messages per second for this number")},
        {QStringLiteral("130472"),
         QT_TRANSLATE_NOOP("ErrorCodes",
                           "The user's number is part of an experiment and was not sent this marketing message")},
        {QStringLiteral("131000"), QT_TRANSLATE_NOOP("ErrorCodes", "Something went wrong on Meta's side")},
        {QStringLiteral("131005"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Access denied: the permission is not granted or was removed")},
        {QStringLiteral("131008"), QT_TRANSLATE_NOOP("ErrorCodes", "A required parameter is missing")},
        {QStringLiteral("131009"),
         QT_TRANSLATE_NOOP("ErrorCodes", "A parameter value is not valid (for reactions: the message is older than 30 "
                                         "days, deleted, or a reaction)")},
        {QStringLiteral("131016"), QT_TRANSLATE_NOOP("ErrorCodes", "The service is temporarily unavailable")},
        {QStringLiteral("131021"), QT_TRANSLATE_NOOP("ErrorCodes", "The sender and recipient numbers are the same")},
        {QStringLiteral("131026"),
         QT_TRANSLATE_NOOP("ErrorCodes",
                           "The message is undeliverable: the recipient is not on WhatsApp or cannot receive it")},
        {QStringLiteral("131031"), QT_TRANSLATE_NOOP("ErrorCodes", "The business account has been locked")},
        {QStringLiteral("131042"),
         QT_TRANSLATE_NOOP("ErrorCodes", "There is a problem with the business account's payment method")},
        {QStringLiteral("131045"), QT_TRANSLATE_NOOP("ErrorCodes", "The phone number is not registered")},
        {QStringLiteral("131047"),
         QT_TRANSLATE_NOOP("ErrorCodes",
                           "More than 24 hours have passed since the recipient last replied; send a template")},
        {QStringLiteral("131048"),
         QT_TRANSLATE_NOOP("ErrorCodes",
                           "Spam rate limit hit: too many of this number's messages were blocked or flagged")},
        {QStringLiteral("131049"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Not delivered, to keep the ecosystem healthy (per-user marketing limit)")},
        {QStringLiteral("131050"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The recipient has stopped marketing messages from this business")},
        {QStringLiteral("131051"), QT_TRANSLATE_NOOP("ErrorCodes", "This message type is not supported")},
        {QStringLiteral("131052"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The media sent by the user could not be downloaded")},
        {QStringLiteral("131053"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The media could not be uploaded: unsupported type or unreachable link")},
        {QStringLiteral("131056"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Too many messages to the same recipient in a short time (pair rate limit)")},
        {QStringLiteral("131062"),
         QT_TRANSLATE_NOOP("ErrorCodes", "Authentication templates go to phone numbers only, not to business-scoped "
                                         "user ids")},
        {QStringLiteral("132000"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The number of template parameters does not match the template")},
        {QStringLiteral("132001"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The template does not exist in this language, or is not approved")},
        {QStringLiteral("132005"), QT_TRANSLATE_NOOP("ErrorCodes", "The translated template text is too long")},
        {QStringLiteral("132007"), QT_TRANSLATE_NOOP("ErrorCodes", "The template content violates a WhatsApp policy")},
        {QStringLiteral("132012"), QT_TRANSLATE_NOOP("ErrorCodes", "A template parameter has the wrong format")},
        {QStringLiteral("132015"), QT_TRANSLATE_NOOP("ErrorCodes", "The template is paused for low quality")},
        {QStringLiteral("132016"), QT_TRANSLATE_NOOP("ErrorCodes", "The template is disabled for low quality")},
        {QStringLiteral("133010"),
         QT_TRANSLATE_NOOP("ErrorCodes", "The phone number is not registered on the Cloud API")},
        {QStringLiteral("2046"), QT_TRANSLATE_NOOP("ErrorCodes", "Order status: the status transition is not allowed")},
        {QStringLiteral("2047"), QT_TRANSLATE_NOOP("ErrorCodes", "Order status: the order cannot be updated")},
    };
    return codes;
}

} // namespace

QString describe(const QString &code)
{
    return wordsFromTable(table(), code);
}

QStringList codes()
{
    return codesOfTable(table());
}

} // namespace MetaCodes
