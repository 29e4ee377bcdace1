// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcodes.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// The tables' texts are in the catalogue's "ErrorCodes" context (QT_TRANSLATE_NOOP marks them for lupdate).
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
        {QStringLiteral("25001"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_DELIVERED: delivered")},
        {QStringLiteral("30001"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_SENT: sent to the user")},
        {QStringLiteral("30002"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_DELIVERED: delivered")},
        {QStringLiteral("30003"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_SEEN: seen by the user")},
        {QStringLiteral("30004"),
         QT_TRANSLATE_NOOP(
             "ErrorCodes",
             "EX_SYSTEM_ERROR: a system issue (authentication, access token, permission or service unavailable)")},
        {QStringLiteral("30005"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_NUMBER_ERROR: a problem with the phone number")},
        {QStringLiteral("30006"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_SETUP_ERROR: the account is not set up correctly")},
        {QStringLiteral("30007"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_RATE_LIMIT_HIT: the rate limit was breached")},
        {QStringLiteral("30008"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_SPAM_RATE_LIMIT_HIT: the spam rate limit was breached")},
        {QStringLiteral("30009"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_TOO_MANY_REQUEST: too many requests in a short span")},
        {QStringLiteral("30010"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_INVALID_REQUEST: the request is invalid")},
        {QStringLiteral("30011"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_UNKNOWN_ERROR: an unknown error")},
        {QStringLiteral("30012"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_INVALID_RECIPIENT: the recipient is invalid")},
        {QStringLiteral("30013"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_INCAPABLE_RECIPIENT: the recipient cannot receive this message")},
        {QStringLiteral("30014"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_RECIPIENT_BLOCKED: the recipient is not in the allowed list")},
        {QStringLiteral("30015"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_UNSUPPORTED_MESSAGE: this message type is not supported")},
        {QStringLiteral("30016"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MEDIA_DOWNLOAD_ERROR: WhatsApp could not download the media")},
        {QStringLiteral("30017"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MEDIA_UPLOAD_ERROR: the media type is not supported")},
        {QStringLiteral("30018"),
         QT_TRANSLATE_NOOP("ErrorCodes",
                           "EX_REENGAGEMENT_ERROR: the 24-hour customer service window is over; send a template")},
        {QStringLiteral("30019"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_INVALID_PARAM: invalid parameters")},
        {QStringLiteral("30020"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MISSING_PARAM: a mandatory parameter is missing")},
        {QStringLiteral("30021"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_INVALID_PARAM_VALUE: a parameter has an invalid value")},
        {QStringLiteral("30022"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_TEMPLATE_ERROR: the template's format character policy was violated")},
        {QStringLiteral("30023"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_TEMPLATE_PARAM_ERROR: the number of template parameters does not match")},
        {QStringLiteral("30024"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_TEMPLATE_NOT_FOUND: the template does not exist")},
        {QStringLiteral("30025"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_TEMPLATE_TEXT_TOO_LONG: the translated template text is too long")},
        {QStringLiteral("30026"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_INVALID_TEMPLATE_NAMESPACE: the template namespace is invalid")},
        {QStringLiteral("30027"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_PENDING_TOO_LONG: the message was pending too long")},
        {QStringLiteral("30028"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_EXPIRED: the message expired")},
        {QStringLiteral("30029"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MESSAGE_TOO_LONG: the text is longer than 4096 characters")},
        {QStringLiteral("30030"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_WEBHOOK_ERROR: no webhook is configured")},
        {QStringLiteral("30031"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_SECTION_COUNT_ERROR: invalid number of list sections")},
        {QStringLiteral("30032"), QT_TRANSLATE_NOOP("ErrorCodes", "EX_ROWS_COUNT_ERROR: invalid number of list rows")},
        {QStringLiteral("30033"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_PRODUCT_COUNT_ERROR: invalid number of products")},
        {QStringLiteral("30034"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_CATALOGUE_NOT_FOUND: the catalog id was not found")},
        {QStringLiteral("30035"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_CATALOGUE_NOT_LINKED: the catalog is not linked to the number")},
        {QStringLiteral("30036"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MISSING_PRODUCT: a product is missing from the catalog")},
        {QStringLiteral("30037"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_PRODUCT_NOT_FOUND: none of the products were found")},
        {QStringLiteral("30038"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_PRODUCT_COMPLIANCE_ERROR: the products failed compliance")},
        {QStringLiteral("30039"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_INVALID_HEADER: the header structure is invalid")},
        {QStringLiteral("30040"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_MISSING_COMPLIANCE: compliance information is missing")},
        {QStringLiteral("30041"),
         QT_TRANSLATE_NOOP("ErrorCodes", "EX_CHAR_POLICY_VIOLATION: the character policy was violated")},
    };
    const QString known = lookup(table, code);
    return known.isEmpty() ? meta(code) : known;
}

QString meta(const QString &code)
{
    static const QHash<QString, const char *> table = {
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
    return lookup(table, code);
}

QString telnyx(const QString &code)
{
    static const QHash<QString, const char *> table = {
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
    const QString known = lookup(table, code);
    return known.isEmpty() ? meta(code) : known;
}

QString kaleyra(const QString &code)
{
    static const QHash<QString, const char *> table = {
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
    const QString known = lookup(table, code);
    return known.isEmpty() ? meta(code) : known;
}

} // namespace ErrorCodes
