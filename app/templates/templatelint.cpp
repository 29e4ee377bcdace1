// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's rules for writing a template: the whole, its header, body and footer, and the variables in their
// texts. Beside each rule, the page of Meta's that states it:
//   [F]    Template fundamentals (names, categories, parameter formats):
//          https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
//   [C]    Template components:
//          https://developers.facebook.com/docs/whatsapp/business-management-api/message-templates/components
//   [LTO]  Limited-time offer templates: .../message-templates/limited-time-offer-templates
//   [CAR]  Media card carousel templates: .../message-templates/media-card-carousel-templates
//   [AUTH] Authentication templates: .../business-management-api/authentication-templates
//   [R]    Template review, common rejection reasons, and the Graph API's error subcodes for them:
//          https://developers.facebook.com/docs/whatsapp/message-templates/guidelines
#include "templatelint.h"
#include "templatelintdetail.h"
#include "templatevariables.h"

#include "message/text.h"

#include <QRegularExpression>
#include <QSet>

using JsonPointer::append;

namespace TemplateLintDetail {

QString upper(const QJsonValue &value)
{
    return value.toString().toUpper();
}

void checkLength(Context &context, const QString &text, const QString &pointer, qsizetype limit, const QString &what)
{
    const qsizetype length = Text::characterCount(text);
    if (length > limit)
        context.error(pointer,
                      TemplateText::tr("%1 is %2 characters; Meta takes at most %3").arg(what).arg(length).arg(limit));
}

void checkVariables(Context &context, const QString &text, const QString &pointer, const QJsonObject &component,
                    const QString &componentPointer, int most, const QString &positionalKey, const QString &namedKey)
{
    const TemplateVariables::Scan scan = TemplateVariables::scan(text);
    // [R] "Variable parameters are missing or have mismatched curly braces. The correct format is {{1}}."
    for (const QString &bad : scan.malformed) {
        context.error(pointer, TemplateText::tr("\"%1\" is not a variable: write {{1}}, {{2}}, ... or, with named "
                                                "parameters, {{a_name}} in lowercase letters, digits and underscores")
                                   .arg(bad));
    }
    // (Whatever else is said would follow from the broken braces.)
    if (scan.variables.isEmpty() || !scan.malformed.isEmpty())
        return;
    // [C] a text header "supports 1 parameter".
    if (most >= 0 && scan.variables.size() > most)
        context.error(pointer, TemplateText::tr("%n variable(s) at most here", nullptr, most));
    // [F] a template's parameters are all positional or all named, as its parameter_format says.
    QStringList order;
    for (const TemplateVariables::Variable &variable : scan.variables) {
        if (variable.positional() == context.named) {
            context.error(pointer, context.named
                                       ? TemplateText::tr("{{%1}} is positional, but parameter_format is NAMED: name "
                                                          "it, as {{first_name}}")
                                             .arg(variable.name)
                                       : TemplateText::tr("{{%1}} is named, but parameter_format is POSITIONAL (the "
                                                          "default): number it, or set parameter_format to NAMED")
                                             .arg(variable.name));
            return;
        }
        if (!order.contains(variable.name))
            order.append(variable.name);
    }
    // [R] "Variable parameters are not sequential": {{1}}, {{2}}, ... each number from 1 up, none missing.
    if (!context.named) {
        QList<int> numbers;
        for (const QString &name : std::as_const(order))
            numbers.append(name.toInt());
        std::sort(numbers.begin(), numbers.end());
        for (qsizetype i = 0; i < numbers.size(); ++i) {
            if (numbers.at(i) != i + 1) {
                context.error(pointer, TemplateText::tr("The variables are numbered from {{1}} up without a gap: "
                                                        "{{%1}} is missing")
                                           .arg(i + 1));
                break;
            }
        }
    }
    // [R] error subcode 2388299: "Variables can't be at the start or end of the template."
    const QString trimmed = text.trimmed();
    const qsizetype lead = text.indexOf(trimmed);
    const TemplateVariables::Variable &first = scan.variables.constFirst();
    const TemplateVariables::Variable &last = scan.variables.constLast();
    if (first.start == lead || last.start + last.length == lead + trimmed.size()) {
        Issue issue = Issue::error(pointer, TemplateText::tr("A text cannot start or end with a variable: Meta "
                                                             "refuses it (write words before and after it)"));
        issue.code = QStringLiteral("2388299");
        context.issues.append(issue);
    }
    // [C] "If this string contains a parameter, you must include the example property": one example each.
    const QJsonObject example = component.value(QStringLiteral("example")).toObject();
    const QString examplePointer = append(componentPointer, QStringLiteral("example"));
    if (context.named) {
        const QString at = append(examplePointer, namedKey);
        const QJsonArray given = example.value(namedKey).toArray();
        QSet<QString> named;
        for (qsizetype i = 0; i < given.size(); ++i) {
            const QJsonObject entry = given.at(i).toObject();
            const QString name = entry.value(QStringLiteral("param_name")).toString();
            if (!order.contains(name))
                context.error(append(append(at, i), QStringLiteral("param_name")),
                              TemplateText::tr("No {{%1}} in the text for this example").arg(name));
            if (entry.value(QStringLiteral("example")).toString().isEmpty())
                context.error(append(append(at, i), QStringLiteral("example")),
                              TemplateText::tr("The example of {{%1}} is empty").arg(name));
            named.insert(name);
        }
        for (const QString &name : std::as_const(order)) {
            if (!named.contains(name))
                context.error(example.contains(namedKey) ? at : componentPointer,
                              TemplateText::tr("{{%1}} needs an example in %2 (Meta reviews the template with it)")
                                  .arg(name, namedKey));
        }
        return;
    }
    // Positional: "body_text": [["a", "b"]] as Meta writes it, or the values in one array, or a single string.
    const QJsonValue given = example.value(positionalKey);
    QJsonArray values = given.toArray();
    if (values.size() == 1 && values.first().isArray())
        values = values.first().toArray();
    const qsizetype count = given.isString() ? 1 : values.size();
    if (count != order.size()) {
        context.error(example.contains(positionalKey) ? append(examplePointer, positionalKey) : componentPointer,
                      TemplateText::tr("%n variable(s) in the text, so %n example(s) in %1 (Meta reviews the template "
                                       "with them); there are %2",
                                       nullptr, int(order.size()))
                          .arg(positionalKey)
                          .arg(count));
    }
}

namespace {

// [C] "Markdown special characters are not supported in this component"; a header is one plain line.
void checkHeaderText(Context &context, const QJsonObject &component, const QString &pointer)
{
    const QString text = component.value(QStringLiteral("text")).toString();
    const QString textPointer = append(pointer, QStringLiteral("text"));
    if (text.trimmed().isEmpty()) {
        context.error(textPointer, TemplateText::tr("A text header needs its text"));
        return;
    }
    // [C] "Maximum 60 characters."
    checkLength(context, text, textPointer, 60, TemplateText::tr("The header"));
    checkVariables(context, text, textPointer, component, pointer, 1, QStringLiteral("header_text"),
                   QStringLiteral("header_text_named_params"));
    // (The variables' own underscores are not formatting.)
    QString words = text;
    const QList<TemplateVariables::Variable> variables = TemplateVariables::scan(text).variables;
    for (auto variable = variables.crbegin(); variable != variables.crend(); ++variable)
        words.remove(variable->start, variable->length);
    static const QRegularExpression markdown(QStringLiteral("[*_~`]"));
    if (markdown.match(words).hasMatch())
        context.warning(textPointer, TemplateText::tr("A header shows *, _, ~ and ` as they are: no formatting"));
    if (text.contains(u'\n'))
        context.error(textPointer, TemplateText::tr("A header is one line"));
}

void checkBody(Context &context, const QJsonObject &component, const QString &pointer, qsizetype limit)
{
    const QString textPointer = append(pointer, QStringLiteral("text"));
    // [AUTH] the body's text is preset ("<CODE> is your verification code."): only the security
    // recommendation may be asked for.
    if (context.category == u"AUTHENTICATION") {
        if (component.contains(QStringLiteral("text")))
            context.error(textPointer, TemplateText::tr("An authentication template's text is Meta's own (\"123456 is "
                                                        "your verification code.\"): leave text out"));
        const QJsonValue security = component.value(QStringLiteral("add_security_recommendation"));
        if (!security.isUndefined() && !security.isBool())
            context.error(append(pointer, QStringLiteral("add_security_recommendation")),
                          TemplateText::tr("add_security_recommendation is true or false"));
        return;
    }
    const QString text = component.value(QStringLiteral("text")).toString();
    if (text.trimmed().isEmpty()) {
        context.error(textPointer, TemplateText::tr("The body needs its text"));
        return;
    }
    checkLength(context, text, textPointer, limit, TemplateText::tr("The body"));
    checkVariables(context, text, textPointer, component, pointer, -1, QStringLiteral("body_text"),
                   QStringLiteral("body_text_named_params"));
}

void checkFooter(Context &context, const QJsonObject &component, const QString &pointer)
{
    // [AUTH] an authentication template's footer is the code's expiry: "Minimum 1, maximum 90."
    if (context.category == u"AUTHENTICATION") {
        const QJsonValue minutes = component.value(QStringLiteral("code_expiration_minutes"));
        const QString at = append(pointer, QStringLiteral("code_expiration_minutes"));
        if (component.contains(QStringLiteral("text")))
            context.error(append(pointer, QStringLiteral("text")),
                          TemplateText::tr("An authentication template's footer is Meta's own (\"This code expires "
                                           "in 10 minutes.\"): give code_expiration_minutes, not text"));
        if (!minutes.isUndefined() && (!minutes.isDouble() || minutes.toDouble() != std::floor(minutes.toDouble()) ||
                                       minutes.toInt() < 1 || minutes.toInt() > 90))
            context.error(at, TemplateText::tr("code_expiration_minutes is a whole number of minutes from 1 to 90"));
        return;
    }
    const QString text = component.value(QStringLiteral("text")).toString();
    const QString textPointer = append(pointer, QStringLiteral("text"));
    if (text.trimmed().isEmpty()) {
        context.error(textPointer, TemplateText::tr("A footer needs its text"));
        return;
    }
    // [C] "60 characters maximum"; footers are text only, with no variables.
    checkLength(context, text, textPointer, 60, TemplateText::tr("The footer"));
    if (!TemplateVariables::scan(text).variables.isEmpty())
        context.error(textPointer, TemplateText::tr("A footer takes no variables"));
}

} // namespace

void checkHeader(Context &context, const QJsonObject &component, const QString &pointer, bool inCard)
{
    const QString format = upper(component.value(QStringLiteral("format")));
    const QString formatPointer = append(pointer, QStringLiteral("format"));
    // [C] text, image, video, gif, document or location; [CAR] a card's header is an image or a video.
    static const QStringList formats = {QStringLiteral("TEXT"), QStringLiteral("IMAGE"),    QStringLiteral("VIDEO"),
                                        QStringLiteral("GIF"),  QStringLiteral("DOCUMENT"), QStringLiteral("LOCATION")};
    if (!formats.contains(format)) {
        context.error(formatPointer, format.isEmpty() ? TemplateText::tr("A header needs its format")
                                                      : TemplateText::tr("\"%1\" is not a header format: TEXT, IMAGE, "
                                                                         "VIDEO, GIF, DOCUMENT or LOCATION")
                                                            .arg(component.value(QStringLiteral("format")).toString()));
        return;
    }
    if (inCard && format != u"IMAGE" && format != u"VIDEO") {
        context.error(formatPointer, TemplateText::tr("A card's header is an IMAGE or a VIDEO"));
        return;
    }
    if (format == u"TEXT") {
        checkHeaderText(context, component, pointer);
        return;
    }
    // [C] location headers "can only be used in templates categorized as UTILITY or MARKETING".
    if (format == u"LOCATION") {
        if (context.category == u"AUTHENTICATION")
            context.error(formatPointer, TemplateText::tr("A location header is for UTILITY and MARKETING templates"));
        return;
    }
    // [C] "Gifs are currently only available for Marketing Messages API for WhatsApp."
    if (format == u"GIF" && context.category != u"MARKETING")
        context.error(formatPointer, TemplateText::tr("A GIF header is for MARKETING templates"));
    // [C] media headers: "example": {"header_handle": ["<HEADER_HANDLE>"]}, an uploaded asset's handle.
    const QJsonArray handles =
        component.value(QStringLiteral("example")).toObject().value(QStringLiteral("header_handle")).toArray();
    if (handles.isEmpty() || handles.first().toString().trimmed().isEmpty())
        context.error(append(pointer, QStringLiteral("example")),
                      TemplateText::tr("A %1 header needs an example: {\"header_handle\": [\"4::...\"]}, the handle "
                                       "of a file uploaded with Meta's Resumable Upload API")
                          .arg(format.toLower()));
}

} // namespace TemplateLintDetail

namespace TemplateLint {

using namespace TemplateLintDetail;

Issues check(const QJsonObject &definition)
{
    Context context;
    // [F] names: at most 512 characters, lowercase letters, digits and underscores.
    const QString name = definition.value(QStringLiteral("name")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9_]{1,512}$"));
    if (name.isEmpty())
        context.error(QStringLiteral("/name"), TemplateText::tr("A template needs its name"));
    else if (Text::characterCount(name) > 512)
        checkLength(context, name, QStringLiteral("/name"), 512, TemplateText::tr("The name"));
    else if (!namePattern.match(name).hasMatch())
        context.error(QStringLiteral("/name"), TemplateText::tr("A template's name is lowercase letters, digits and "
                                                                "underscores only, as order_update_2"));
    // Meta's answers name the language; a definition to create names one too.
    if (definition.value(QStringLiteral("language")).toString().isEmpty())
        context.error(QStringLiteral("/language"), TemplateText::tr("A template needs its language, as en_US"));
    // [F] categories.
    context.category = upper(definition.value(QStringLiteral("category")));
    static const QStringList categories = {QStringLiteral("MARKETING"), QStringLiteral("UTILITY"),
                                           QStringLiteral("AUTHENTICATION")};
    if (!categories.contains(context.category)) {
        context.error(QStringLiteral("/category"),
                      context.category.isEmpty()
                          ? TemplateText::tr("A template needs its category: MARKETING, UTILITY or AUTHENTICATION")
                          : TemplateText::tr("\"%1\" is not a category: MARKETING, UTILITY or AUTHENTICATION")
                                .arg(definition.value(QStringLiteral("category")).toString()));
    }
    // [F] parameter_format: POSITIONAL (the default) or NAMED.
    const QString format = upper(definition.value(QStringLiteral("parameter_format")));
    if (!format.isEmpty() && format != u"POSITIONAL" && format != u"NAMED")
        context.error(QStringLiteral("/parameter_format"), TemplateText::tr("parameter_format is POSITIONAL or NAMED"));
    context.named = format == u"NAMED";

    const QJsonArray components = definition.value(QStringLiteral("components")).toArray();
    if (components.isEmpty()) {
        context.error(QStringLiteral("/components"), TemplateText::tr("A template needs its components, a body at "
                                                                      "least"));
        return context.issues;
    }
    static const QStringList types = {QStringLiteral("HEADER"),
                                      QStringLiteral("BODY"),
                                      QStringLiteral("FOOTER"),
                                      QStringLiteral("BUTTONS"),
                                      QStringLiteral("LIMITED_TIME_OFFER"),
                                      QStringLiteral("CAROUSEL")};
    QHash<QString, qsizetype> seen;
    bool offer = false;
    bool carousel = false;
    for (const QJsonValue &value : components) {
        offer = offer || upper(value.toObject().value(QStringLiteral("type"))) == u"LIMITED_TIME_OFFER";
        carousel = carousel || upper(value.toObject().value(QStringLiteral("type"))) == u"CAROUSEL";
    }
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        const QString pointer = append(QStringLiteral("/components"), i);
        const QString type = upper(component.value(QStringLiteral("type")));
        if (!types.contains(type)) {
            context.error(append(pointer, QStringLiteral("type")),
                          type.isEmpty() ? TemplateText::tr("A component needs its type")
                                         : TemplateText::tr("\"%1\" is not a component: HEADER, BODY, FOOTER, BUTTONS, "
                                                            "LIMITED_TIME_OFFER or CAROUSEL")
                                               .arg(component.value(QStringLiteral("type")).toString()));
            continue;
        }
        // [C] "Templates are limited to one body component", one footer; one of each other component too.
        if (seen.contains(type)) {
            context.error(append(pointer, QStringLiteral("type")),
                          TemplateText::tr("A template has one %1 component; the first is components/%2")
                              .arg(type)
                              .arg(seen.value(type)));
            continue;
        }
        seen.insert(type, i);
        if (type == u"HEADER") {
            // [AUTH] an authentication template is its preset text, expiry and button: no header.
            if (context.category == u"AUTHENTICATION")
                context.error(append(pointer, QStringLiteral("type")),
                              TemplateText::tr("An authentication template has no header"));
            else
                checkHeader(context, component, pointer, false);
        } else if (type == u"BODY") {
            // [LTO] "Maximum 600 characters"; [C] otherwise "Maximum of 1024 characters".
            checkBody(context, component, pointer, offer ? 600 : 1024);
        } else if (type == u"FOOTER") {
            // [LTO] "Footer components are not supported."
            if (offer)
                context.error(append(pointer, QStringLiteral("type")),
                              TemplateText::tr("A limited-time offer template has no footer"));
            else
                checkFooter(context, component, pointer);
        } else if (type == u"BUTTONS") {
            checkButtons(context, component, pointer, false);
        } else if (type == u"LIMITED_TIME_OFFER") {
            checkLimitedTimeOffer(context, components, i);
        } else if (type == u"CAROUSEL") {
            checkCarousel(context, component, pointer);
        }
    }
    // [C] "The only required component is the body component."
    if (!seen.contains(QStringLiteral("BODY")))
        context.error(QStringLiteral("/components"), TemplateText::tr("A template needs a BODY component"));
    // [AUTH] "Either a one-tap autofill button, a copy code button, or no button at all if using zero-tap":
    // the OTP button is what makes the template one.
    if (context.category == u"AUTHENTICATION" && !seen.contains(QStringLiteral("BUTTONS")))
        context.error(QStringLiteral("/components"),
                      TemplateText::tr("An authentication template needs a BUTTONS component with its OTP button"));
    // [CAR] "carousel cards are only available for marketing template messages".
    if (carousel && context.category != u"MARKETING" && !context.category.isEmpty())
        context.error(QStringLiteral("/category"), TemplateText::tr("A carousel template is a MARKETING template"));
    return context.issues;
}

} // namespace TemplateLint
