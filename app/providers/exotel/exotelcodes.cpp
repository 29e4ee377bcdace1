// SPDX-License-Identifier: GPL-3.0-or-later
#include "exotel.h"

#include "providers/codetable.h"
#include "providers/meta/metacodes.h"

namespace ExotelCodes {

namespace {

const QHash<QString, const char *> &table()
{
    static const QHash<QString, const char *> codes = {
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

QString detailedStatus(const QString &code)
{
    const char *text = table().value(code, nullptr);
    return text ? QString::fromLatin1(text).section(u':', 0, 0) : QString();
}

} // namespace ExotelCodes
