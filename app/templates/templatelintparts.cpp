// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's rules for a template's buttons, its limited-time offer and its carousel of cards. The sources, as
// in templatelint.cpp: [C] components, [LTO] limited-time offer templates, [CAR] media card carousel
// templates, [AUTH] authentication templates, [ONE-TAP] one-tap autofill authentication templates
// (.../authentication-templates/autofill-button-authentication-templates).
#include "templatelintdetail.h"
#include "templatevariables.h"

#include "message/text.h"

#include <QRegularExpression>

using JsonPointer::append;

namespace TemplateLintDetail {

namespace {

// The button kinds Meta documents, as a definition names them.
const QStringList &buttonTypes()
{
    static const QStringList types = {
        QStringLiteral("QUICK_REPLY"), QStringLiteral("URL"),     QStringLiteral("PHONE_NUMBER"),
        QStringLiteral("COPY_CODE"),   QStringLiteral("OTP"),     QStringLiteral("FLOW"),
        QStringLiteral("MPM"),         QStringLiteral("CATALOG"), QStringLiteral("SPM"),
        QStringLiteral("VOICE_CALL"),  QStringLiteral("APP")};
    return types;
}

void checkLabel(Context &context, const QJsonObject &button, const QString &pointer, bool required)
{
    const QString text = button.value(QStringLiteral("text")).toString();
    const QString at = append(pointer, QStringLiteral("text"));
    if (text.trimmed().isEmpty()) {
        if (required)
            context.error(at, TemplateText::tr("A button needs its label"));
        return;
    }
    // [C] "Button label text. 25 characters maximum."
    checkLength(context, text, at, 25, TemplateText::tr("The label"));
}

void checkUrlButton(Context &context, const QJsonObject &button, const QString &pointer)
{
    checkLabel(context, button, pointer, true);
    const QString url = button.value(QStringLiteral("url")).toString();
    const QString at = append(pointer, QStringLiteral("url"));
    if (url.isEmpty()) {
        context.error(at, TemplateText::tr("A URL button needs its url"));
        return;
    }
    // [C] "2000 characters maximum"; "Supports 1 variable, appended to the end of the URL string."
    checkLength(context, url, at, 2000, TemplateText::tr("The URL"));
    const TemplateVariables::Scan scan = TemplateVariables::scan(url);
    if (!url.startsWith(QStringLiteral("https://")) && !url.startsWith(QStringLiteral("http://")))
        context.error(at, TemplateText::tr("The URL starts with https:// or http://"));
    if (scan.variables.size() + scan.malformed.size() > 1) {
        context.error(at, TemplateText::tr("A URL takes one variable, at its end"));
        return;
    }
    if (!scan.malformed.isEmpty()) {
        context.error(at, TemplateText::tr("\"%1\" is not a variable: a URL's is {{1}}").arg(scan.malformed.first()));
        return;
    }
    if (scan.variables.isEmpty())
        return;
    const TemplateVariables::Variable &variable = scan.variables.first();
    if (variable.name != u"1")
        context.error(at, TemplateText::tr("A URL's variable is {{1}}"));
    if (variable.start + variable.length != url.size())
        context.error(at, TemplateText::tr("A URL's variable is at its end, as https://example.com/track/{{1}}"));
    // [C] "Required if <URL> contains a variable": "example": ["<EXAMPLE>"].
    const QJsonValue example = button.value(QStringLiteral("example"));
    const QString sample = example.isArray() ? example.toArray().first().toString() : example.toString();
    if (sample.isEmpty())
        context.error(pointer, TemplateText::tr("A URL with a variable needs an example: \"example\": "
                                                "[\"https://example.com/track/A1B2\"]"));
}

void checkOtpButton(Context &context, const QJsonObject &button, const QString &pointer)
{
    // [AUTH] one-time password buttons are for authentication templates.
    if (context.category != u"AUTHENTICATION")
        context.error(append(pointer, QStringLiteral("type")),
                      TemplateText::tr("An OTP button is for AUTHENTICATION templates"));
    const QString otpType = upper(button.value(QStringLiteral("otp_type")));
    const QString typePointer = append(pointer, QStringLiteral("otp_type"));
    if (otpType != u"COPY_CODE" && otpType != u"ONE_TAP" && otpType != u"ZERO_TAP") {
        context.error(typePointer, TemplateText::tr("otp_type is COPY_CODE, ONE_TAP or ZERO_TAP"));
        return;
    }
    // [ONE-TAP] copy code and autofill labels: "Maximum 25 characters."
    checkLabel(context, button, pointer, false);
    const QString autofill = button.value(QStringLiteral("autofill_text")).toString();
    if (!autofill.isEmpty())
        checkLength(context, autofill, append(pointer, QStringLiteral("autofill_text")), 25,
                    TemplateText::tr("The autofill label"));
    if (otpType == u"COPY_CODE")
        return;
    // [ONE-TAP] the apps that may receive the code: "up to 5 apps", each a package name ("at least two
    // segments ... each segment must start with a letter ... [a-zA-Z0-9_] ... Maximum 224 characters") and a
    // signing key hash ("[a-zA-Z0-9+/=] ... Must be exactly 11 characters").
    QJsonArray apps = button.value(QStringLiteral("supported_apps")).toArray();
    QString appsPointer = append(pointer, QStringLiteral("supported_apps"));
    if (apps.isEmpty() && button.contains(QStringLiteral("package_name"))) {
        // Graph API 20.0 and older: one app's name and hash on the button itself.
        apps.append(button);
        appsPointer.clear();
    }
    if (apps.isEmpty()) {
        context.error(pointer, TemplateText::tr("A %1 button needs supported_apps: your Android app's package_name "
                                                "and signature_hash")
                                   .arg(otpType));
    } else if (apps.size() > 5) {
        context.error(appsPointer, TemplateText::tr("At most 5 supported apps"));
    }
    static const QRegularExpression package(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,223}(\\.[A-Za-z][A-Za-z0-9_]{0,223})+$"));
    static const QRegularExpression hash(QStringLiteral("^[A-Za-z0-9+/=]{11}$"));
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const QJsonObject app = apps.at(i).toObject();
        const QString at = appsPointer.isEmpty() ? pointer : append(appsPointer, i);
        const QString name = app.value(QStringLiteral("package_name")).toString();
        if (name.size() > 224 || !package.match(name).hasMatch())
            context.error(append(at, QStringLiteral("package_name")),
                          TemplateText::tr("A package name is two or more parts joined by dots, each from a letter, "
                                           "of letters, digits and underscores, at most 224 characters, as "
                                           "com.example.shop"));
        if (!hash.match(app.value(QStringLiteral("signature_hash")).toString()).hasMatch())
            context.error(append(at, QStringLiteral("signature_hash")),
                          TemplateText::tr("A signing key hash is exactly 11 characters of letters, digits, +, / "
                                           "and =, as K8a/AINcGX7"));
    }
    // Zero-tap: the business accepts Meta's terms for it with "zero_tap_terms_accepted": true.
    if (otpType == u"ZERO_TAP" && !button.value(QStringLiteral("zero_tap_terms_accepted")).toBool())
        context.error(pointer, TemplateText::tr("A ZERO_TAP button needs \"zero_tap_terms_accepted\": true"));
}

} // namespace

void checkButtons(Context &context, const QJsonObject &component, const QString &pointer, bool inCard)
{
    const QJsonArray buttons = component.value(QStringLiteral("buttons")).toArray();
    const QString buttonsPointer = append(pointer, QStringLiteral("buttons"));
    if (buttons.isEmpty()) {
        context.error(buttonsPointer, TemplateText::tr("A BUTTONS component needs its buttons"));
        return;
    }
    // [C] "up to 10 button components in total"; [CAR] a card has "up to two buttons".
    const qsizetype most = inCard ? 2 : 10;
    if (buttons.size() > most)
        context.error(buttonsPointer, TemplateText::tr("%1 buttons; at most %2 here").arg(buttons.size()).arg(most));
    QHash<QString, int> counts;
    QStringList kinds;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject button = buttons.at(i).toObject();
        const QString at = append(buttonsPointer, i);
        const QString type = upper(button.value(QStringLiteral("type")));
        kinds.append(type);
        if (!buttonTypes().contains(type)) {
            context.error(append(at, QStringLiteral("type")),
                          type.isEmpty() ? TemplateText::tr("A button needs its type")
                                         : TemplateText::tr("\"%1\" is not a button type: QUICK_REPLY, URL, "
                                                            "PHONE_NUMBER, COPY_CODE, OTP, FLOW, MPM, CATALOG, SPM, "
                                                            "VOICE_CALL or APP")
                                               .arg(button.value(QStringLiteral("type")).toString()));
            continue;
        }
        ++counts[type];
        // [CAR] a card's buttons "can be a mix of quick reply buttons, phone number buttons, and URL buttons".
        if (inCard && type != u"QUICK_REPLY" && type != u"URL" && type != u"PHONE_NUMBER") {
            context.error(append(at, QStringLiteral("type")),
                          TemplateText::tr("A card's buttons are QUICK_REPLY, URL or PHONE_NUMBER"));
            continue;
        }
        // [AUTH] an authentication template's one button is its OTP button.
        if (context.category == u"AUTHENTICATION" && type != u"OTP") {
            context.error(append(at, QStringLiteral("type")),
                          TemplateText::tr("An authentication template's button is its OTP button"));
            continue;
        }
        if (type == u"QUICK_REPLY" || type == u"FLOW" || type == u"VOICE_CALL") {
            checkLabel(context, button, at, true);
        } else if (type == u"URL") {
            checkUrlButton(context, button, at);
        } else if (type == u"PHONE_NUMBER") {
            checkLabel(context, button, at, true);
            // [C] "20 characters maximum."
            const QString number = button.value(QStringLiteral("phone_number")).toString();
            if (number.isEmpty())
                context.error(append(at, QStringLiteral("phone_number")),
                              TemplateText::tr("A phone number button needs its phone_number"));
            else
                checkLength(context, number, append(at, QStringLiteral("phone_number")), 20,
                            TemplateText::tr("The phone number"));
        } else if (type == u"COPY_CODE") {
            // [C] "String to be copied ... Maximum 15 characters."
            const QString example = button.value(QStringLiteral("example")).toString();
            if (example.isEmpty())
                context.error(at, TemplateText::tr("A copy code button needs an example code, as SAVE25"));
            else
                checkLength(context, example, append(at, QStringLiteral("example")), 15,
                            TemplateText::tr("The example code"));
        } else if (type == u"OTP") {
            checkOtpButton(context, button, at);
        }
    }
    // [C] one copy code button, one phone number button, two URL buttons, ten quick replies.
    const std::pair<const char *, int> limits[] = {
        {"COPY_CODE", 1}, {"PHONE_NUMBER", 1}, {"URL", 2}, {"QUICK_REPLY", 10}, {"OTP", 1}};
    for (const auto &[type, limit] : limits) {
        const QString name = QString::fromLatin1(type);
        if (counts.value(name) > limit)
            context.error(buttonsPointer, TemplateText::tr("%1 %2 buttons; a template has at most %3")
                                              .arg(counts.value(name))
                                              .arg(name)
                                              .arg(limit));
    }
    // [C] "buttons must be organized into two groups: quick reply buttons and non-quick reply buttons":
    // the quick replies side by side, before or after the others.
    qsizetype groups = 0;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (kinds.at(i) == u"QUICK_REPLY" && (i == 0 || kinds.at(i - 1) != u"QUICK_REPLY"))
            ++groups;
    }
    if (groups > 1)
        context.error(buttonsPointer, TemplateText::tr("Quick replies come together, before or after the other "
                                                       "buttons (Quick reply, Quick reply, URL; not Quick reply, "
                                                       "URL, Quick reply)"));
}

void checkLimitedTimeOffer(Context &context, const QJsonArray &components, qsizetype index)
{
    const QString pointer = append(QStringLiteral("/components"), index);
    const QJsonObject offer = components.at(index).toObject().value(QStringLiteral("limited_time_offer")).toObject();
    const QString offerPointer = append(pointer, QStringLiteral("limited_time_offer"));
    // [LTO] "Only templates categorized as MARKETING are supported."
    if (context.category != u"MARKETING")
        context.error(append(pointer, QStringLiteral("type")),
                      TemplateText::tr("A limited-time offer is for MARKETING templates"));
    // [LTO] "Offer details text. Maximum 16 characters."
    const QString text = offer.value(QStringLiteral("text")).toString();
    if (text.trimmed().isEmpty())
        context.error(append(offerPointer, QStringLiteral("text")),
                      TemplateText::tr("The offer needs its text, as Expiring offer!"));
    else
        checkLength(context, text, append(offerPointer, QStringLiteral("text")), 16,
                    TemplateText::tr("The offer's text"));
    const QJsonValue expiration = offer.value(QStringLiteral("has_expiration"));
    if (!expiration.isUndefined() && !expiration.isBool())
        context.error(append(offerPointer, QStringLiteral("has_expiration")),
                      TemplateText::tr("has_expiration is true or false"));
    // [LTO] the header, when there is one, is an image or a video.
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        if (upper(component.value(QStringLiteral("type"))) != u"HEADER")
            continue;
        const QString format = upper(component.value(QStringLiteral("format")));
        if (format != u"IMAGE" && format != u"VIDEO")
            context.error(append(append(QStringLiteral("/components"), i), QStringLiteral("format")),
                          TemplateText::tr("A limited-time offer's header is an IMAGE or a VIDEO"));
    }
}

void checkCarousel(Context &context, const QJsonObject &component, const QString &pointer)
{
    const QJsonArray cards = component.value(QStringLiteral("cards")).toArray();
    const QString cardsPointer = append(pointer, QStringLiteral("cards"));
    // [CAR] "minimum 2 and maximum 10" cards, fixed when the template is created.
    if (cards.size() < 2 || cards.size() > 10) {
        context.error(cardsPointer,
                      TemplateText::tr("A carousel has 2 to 10 cards; this one has %1").arg(cards.size()));
        if (cards.isEmpty())
            return;
    }
    // [CAR] "All cards defined on a template must have the same components": the same kinds in the same order,
    // the same header format and the same buttons; "If any card ... includes a card body text, then all cards
    // must include a card body text".
    const auto shape = [](const QJsonObject &card) {
        QStringList parts;
        const QJsonArray components = card.value(QStringLiteral("components")).toArray();
        for (const QJsonValue &value : components) {
            const QJsonObject part = value.toObject();
            QString kind = upper(part.value(QStringLiteral("type")));
            if (kind == u"HEADER")
                kind += u':' + upper(part.value(QStringLiteral("format")));
            if (kind == u"BUTTONS") {
                const QJsonArray buttons = part.value(QStringLiteral("buttons")).toArray();
                for (const QJsonValue &button : buttons)
                    kind += u':' + upper(button.toObject().value(QStringLiteral("type")));
            }
            parts.append(kind);
        }
        return parts.join(u", ");
    };
    const QString first = shape(cards.first().toObject());
    for (qsizetype c = 0; c < cards.size(); ++c) {
        const QJsonObject card = cards.at(c).toObject();
        const QString cardPointer = append(cardsPointer, c);
        if (c > 0 && shape(card) != first)
            context.error(append(cardPointer, QStringLiteral("components")),
                          TemplateText::tr("Every card has the same parts as the first (%1); this one has %2")
                              .arg(first, shape(card)));
        bool header = false;
        const QJsonArray parts = card.value(QStringLiteral("components")).toArray();
        for (qsizetype p = 0; p < parts.size(); ++p) {
            const QJsonObject part = parts.at(p).toObject();
            const QString partPointer = append(append(cardPointer, QStringLiteral("components")), p);
            const QString type = upper(part.value(QStringLiteral("type")));
            if (type == u"HEADER") {
                header = true;
                checkHeader(context, part, partPointer, true);
            } else if (type == u"BODY") {
                // [CAR] the card body's variables count "against the card body text limit of 160 characters".
                const QString text = part.value(QStringLiteral("text")).toString();
                checkLength(context, text, append(partPointer, QStringLiteral("text")), 160,
                            TemplateText::tr("A card's body"));
                checkVariables(context, text, append(partPointer, QStringLiteral("text")), part, partPointer, -1,
                               QStringLiteral("body_text"), QStringLiteral("body_text_named_params"));
            } else if (type == u"BUTTONS") {
                checkButtons(context, part, partPointer, true);
            } else {
                context.error(append(partPointer, QStringLiteral("type")),
                              TemplateText::tr("A card has a HEADER, a BODY and BUTTONS, not %1")
                                  .arg(part.value(QStringLiteral("type")).toString()));
            }
        }
        // [CAR] "Each card in the template has an image or video header asset".
        if (!header)
            context.error(append(cardPointer, QStringLiteral("components")),
                          TemplateText::tr("A card needs its HEADER, an image or a video"));
    }
}

} // namespace TemplateLintDetail
