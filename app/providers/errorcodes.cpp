// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcodes.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString lookup(const QHash<QString, const char *> &table, const QString &code)
{
    const char *text = table.value(code, nullptr);
    return text ? QCoreApplication::translate("ErrorCodes", text) : QString();
}

} // namespace

namespace ErrorCodes {

QString exotel(const QString &code)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("25001"), "EX_MESSAGE_DELIVERED: delivered"},
        {QStringLiteral("30001"), "EX_MESSAGE_SENT: sent to the user"},
        {QStringLiteral("30002"), "EX_MESSAGE_DELIVERED: delivered"},
        {QStringLiteral("30003"), "EX_MESSAGE_SEEN: seen by the user"},
        {QStringLiteral("30004"),
         "EX_SYSTEM_ERROR: a system issue (authentication, access token, permission or service unavailable)"},
        {QStringLiteral("30005"), "EX_NUMBER_ERROR: a problem with the phone number"},
        {QStringLiteral("30006"), "EX_SETUP_ERROR: the account is not set up correctly"},
        {QStringLiteral("30007"), "EX_RATE_LIMIT_HIT: the rate limit was breached"},
        {QStringLiteral("30008"), "EX_SPAM_RATE_LIMIT_HIT: the spam rate limit was breached"},
        {QStringLiteral("30009"), "EX_TOO_MANY_REQUEST: too many requests in a short span"},
        {QStringLiteral("30010"), "EX_INVALID_REQUEST: the request is invalid"},
        {QStringLiteral("30011"), "EX_UNKNOWN_ERROR: an unknown error"},
        {QStringLiteral("30012"), "EX_INVALID_RECIPIENT: the recipient is invalid"},
        {QStringLiteral("30013"), "EX_INCAPABLE_RECIPIENT: the recipient cannot receive this message"},
        {QStringLiteral("30014"), "EX_RECIPIENT_BLOCKED: the recipient is not in the allowed list"},
        {QStringLiteral("30015"), "EX_UNSUPPORTED_MESSAGE: this message type is not supported"},
        {QStringLiteral("30016"), "EX_MEDIA_DOWNLOAD_ERROR: WhatsApp could not download the media"},
        {QStringLiteral("30017"), "EX_MEDIA_UPLOAD_ERROR: the media type is not supported"},
        {QStringLiteral("30018"),
         "EX_REENGAGEMENT_ERROR: the 24-hour customer service window is over; send a template"},
        {QStringLiteral("30019"), "EX_INVALID_PARAM: invalid parameters"},
        {QStringLiteral("30020"), "EX_MISSING_PARAM: a mandatory parameter is missing"},
        {QStringLiteral("30021"), "EX_INVALID_PARAM_VALUE: a parameter has an invalid value"},
        {QStringLiteral("30022"), "EX_TEMPLATE_ERROR: the template's format character policy was violated"},
        {QStringLiteral("30023"), "EX_TEMPLATE_PARAM_ERROR: the number of template parameters does not match"},
        {QStringLiteral("30024"), "EX_TEMPLATE_NOT_FOUND: the template does not exist"},
        {QStringLiteral("30025"), "EX_TEMPLATE_TEXT_TOO_LONG: the translated template text is too long"},
        {QStringLiteral("30026"), "EX_INVALID_TEMPLATE_NAMESPACE: the template namespace is invalid"},
        {QStringLiteral("30027"), "EX_MESSAGE_PENDING_TOO_LONG: the message was pending too long"},
        {QStringLiteral("30028"), "EX_MESSAGE_EXPIRED: the message expired"},
        {QStringLiteral("30029"), "EX_MESSAGE_TOO_LONG: the text is longer than 4096 characters"},
        {QStringLiteral("30030"), "EX_WEBHOOK_ERROR: no webhook is configured"},
        {QStringLiteral("30031"), "EX_SECTION_COUNT_ERROR: invalid number of list sections"},
        {QStringLiteral("30032"), "EX_ROWS_COUNT_ERROR: invalid number of list rows"},
        {QStringLiteral("30033"), "EX_PRODUCT_COUNT_ERROR: invalid number of products"},
        {QStringLiteral("30034"), "EX_CATALOGUE_NOT_FOUND: the catalog id was not found"},
        {QStringLiteral("30035"), "EX_CATALOGUE_NOT_LINKED: the catalog is not linked to the number"},
        {QStringLiteral("30036"), "EX_MISSING_PRODUCT: a product is missing from the catalog"},
        {QStringLiteral("30037"), "EX_PRODUCT_NOT_FOUND: none of the products were found"},
        {QStringLiteral("30038"), "EX_PRODUCT_COMPLIANCE_ERROR: the products failed compliance"},
        {QStringLiteral("30039"), "EX_INVALID_HEADER: the header structure is invalid"},
        {QStringLiteral("30040"), "EX_MISSING_COMPLIANCE: compliance information is missing"},
        {QStringLiteral("30041"), "EX_CHAR_POLICY_VIOLATION: the character policy was violated"},
    };
    const QString known = lookup(table, code);
    return known.isEmpty() ? meta(code) : known;
}

QString meta(const QString &code)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("0"), "Authentication failed: the access token could not be validated"},
        {QStringLiteral("3"), "The app lacks the capability or permission for this call"},
        {QStringLiteral("10"), "Permission denied: the permission is not granted or was removed"},
        {QStringLiteral("100"), "Invalid parameter: a field is missing, misspelt or has a wrong value"},
        {QStringLiteral("190"), "The access token has expired or is invalid"},
        {QStringLiteral("368"), "Temporarily blocked for policy violations"},
        {QStringLiteral("130429"), "Rate limit hit: too many messages per second for this number"},
        {QStringLiteral("130472"),
         "The user's number is part of an experiment and was not sent this marketing message"},
        {QStringLiteral("131000"), "Something went wrong on Meta's side"},
        {QStringLiteral("131005"), "Access denied: the permission is not granted or was removed"},
        {QStringLiteral("131008"), "A required parameter is missing"},
        {QStringLiteral("131009"),
         "A parameter value is not valid (for reactions: the message is older than 30 days, deleted, or a reaction)"},
        {QStringLiteral("131016"), "The service is temporarily unavailable"},
        {QStringLiteral("131021"), "The sender and recipient numbers are the same"},
        {QStringLiteral("131026"),
         "The message is undeliverable: the recipient is not on WhatsApp or cannot receive it"},
        {QStringLiteral("131031"), "The business account has been locked"},
        {QStringLiteral("131042"), "There is a problem with the business account's payment method"},
        {QStringLiteral("131045"), "The phone number is not registered"},
        {QStringLiteral("131047"), "More than 24 hours have passed since the recipient last replied; send a template"},
        {QStringLiteral("131048"), "Spam rate limit hit: too many of this number's messages were blocked or flagged"},
        {QStringLiteral("131049"), "Not delivered, to keep the ecosystem healthy (per-user marketing limit)"},
        {QStringLiteral("131050"), "The recipient has stopped marketing messages from this business"},
        {QStringLiteral("131051"), "This message type is not supported"},
        {QStringLiteral("131052"), "The media sent by the user could not be downloaded"},
        {QStringLiteral("131053"), "The media could not be uploaded: unsupported type or unreachable link"},
        {QStringLiteral("131056"), "Too many messages to the same recipient in a short time (pair rate limit)"},
        {QStringLiteral("132000"), "The number of template parameters does not match the template"},
        {QStringLiteral("132001"), "The template does not exist in this language, or is not approved"},
        {QStringLiteral("132005"), "The translated template text is too long"},
        {QStringLiteral("132007"), "The template content violates a WhatsApp policy"},
        {QStringLiteral("132012"), "A template parameter has the wrong format"},
        {QStringLiteral("132015"), "The template is paused for low quality"},
        {QStringLiteral("132016"), "The template is disabled for low quality"},
        {QStringLiteral("133010"), "The phone number is not registered on the Cloud API"},
        {QStringLiteral("2046"), "Order status: the status transition is not allowed"},
        {QStringLiteral("2047"), "Order status: the order cannot be updated"},
    };
    return lookup(table, code);
}

QString telnyx(const QString &code)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("41000"), "WhatsApp error: Meta rejected the message; the details carry Meta's error"},
        {QStringLiteral("40008"),
         "Undeliverable: the template could not be used (pending, rejected, paused or disabled), or Meta's catch-all"},
        {QStringLiteral("10015"), "Invalid request: a field of the request is not valid"},
        {QStringLiteral("10009"), "Authentication failed: check the API key"},
        {QStringLiteral("40300"), "Blocked: the recipient has opted out"},
    };
    const QString known = lookup(table, code);
    return known.isEmpty() ? meta(code) : known;
}

QString kaleyra(const QString &code)
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("WA202"), "Request accepted"},
        {QStringLiteral("RBC001"), "Incorrect SID or API key"},
        {QStringLiteral("WA401"), "The phone number is not present or does not belong to the account"},
        {QStringLiteral("WA-401"),
         "The API is not available for this customer, or the number is on another version of the WhatsApp API"},
        {QStringLiteral("WA400"), "The payload format is not correct"},
        {QStringLiteral("WA500"), "Kaleyra had a server error; try again later"},
        {QStringLiteral("E110"), "The account's balance is too low"},
        {QStringLiteral("NOT-SENT"), "Kaleyra did not send the message"},
    };
    const QString known = lookup(table, code);
    return known.isEmpty() ? meta(code) : known;
}

} // namespace ErrorCodes
