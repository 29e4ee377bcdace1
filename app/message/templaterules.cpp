// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of template messages: buttons, carousels and limited-time offers.
#include "messagerules.h"
#include "ruledetail.h"

#include "text.h"

#include <QCoreApplication>
#include <QSet>

namespace MessageRules::Detail {

using JsonPointer::append;

namespace {

void checkTemplateButton(const QJsonObject &component, const QString &pointer, Issues &issues)
{
    static const QHash<QString, QString> parameterTypes = {
        {QStringLiteral("quick_reply"), QStringLiteral("payload")},
        {QStringLiteral("url"), QStringLiteral("text")},
        {QStringLiteral("copy_code"), QStringLiteral("coupon_code")},
        {QStringLiteral("flow"), QStringLiteral("action")},
        {QStringLiteral("catalog"), QStringLiteral("action")},
        {QStringLiteral("mpm"), QStringLiteral("action")},
    };
    const QString subType = component.value(QStringLiteral("sub_type")).toString();
    const QString expected = parameterTypes.value(subType);
    const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString type = parameters.at(i).toObject().value(QStringLiteral("type")).toString();
        if (!expected.isEmpty() && !type.isEmpty() && type != expected) {
            issues.append(Issue::error(
                append(append(append(pointer, QStringLiteral("parameters")), i), QStringLiteral("type")),
                RuleText::tr("A %1 button takes a \"%2\" parameter, not \"%3\"").arg(subType, expected, type)));
        }
    }
}

int indexOf(const QJsonValue &index)
{
    return index.isString() ? index.toString().toInt() : index.toInt(-1);
}

void checkTemplateCards(const QJsonArray &cards, const QString &pointer, Issues &issues)
{
    QString firstHeader;
    QSet<int> indexes;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject card = cards.at(i).toObject();
        const QString cardPointer = append(pointer, i);
        const int index = card.value(QStringLiteral("card_index")).toInt(-1);
        if (indexes.contains(index)) {
            issues.append(
                Issue::error(append(cardPointer, QStringLiteral("card_index")),
                             RuleText::tr("Card index %1 is used twice; each card needs its own").arg(index)));
        }
        indexes.insert(index);
        const QJsonArray components = card.value(QStringLiteral("components")).toArray();
        for (qsizetype c = 0; c < components.size(); ++c) {
            const QJsonObject component = components.at(c).toObject();
            const QString componentPointer = append(append(cardPointer, QStringLiteral("components")), c);
            if (component.value(QStringLiteral("type")).toString() == u"button") {
                checkTemplateButton(component, componentPointer, issues);
                continue;
            }
            if (component.value(QStringLiteral("type")).toString() != u"header")
                continue;
            const QJsonObject parameter = component.value(QStringLiteral("parameters")).toArray().first().toObject();
            const QString type = parameter.value(QStringLiteral("type")).toString();
            const QString parameterPointer = append(append(componentPointer, QStringLiteral("parameters")), 0);
            if (type.isEmpty())
                continue; // the schema says the type is missing; there is no header to compare yet
            MessageRules::checkMediaSource(parameter.value(type).toObject(), append(parameterPointer, type),
                                           RuleText::tr("Card header %1").arg(type), issues);
            if (firstHeader.isEmpty()) {
                firstHeader = type;
            } else if (type != firstHeader) {
                issues.append(
                    Issue::error(append(parameterPointer, QStringLiteral("type")),
                                 RuleText::tr("Card %1 has header type %2 but the first card has %3; all cards "
                                              "must use the same header type")
                                     .arg(i + 1)
                                     .arg(type, firstHeader)));
            }
        }
    }
}

} // namespace

void checkTemplate(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/template/components");
    const QJsonArray components = arrayAt(message, pointer);
    bool lto = false;
    bool copyCode = false;
    qsizetype buttons = 0;
    QSet<int> indexes;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        const QString type = component.value(QStringLiteral("type")).toString();
        const QString componentPointer = append(pointer, i);
        lto = lto || type == u"limited_time_offer";
        if (type == u"tap_target_configuration") {
            // The tap target opens its URL in the customer's browser: a whole http(s) address.
            const QJsonArray targets = component.value(QStringLiteral("parameters"))
                                           .toArray()
                                           .first()
                                           .toObject()
                                           .value(QStringLiteral("tap_target_configuration"))
                                           .toArray();
            const QString targetsPointer = append(append(append(componentPointer, QStringLiteral("parameters")), 0),
                                                  QStringLiteral("tap_target_configuration"));
            for (qsizetype t = 0; t < targets.size(); ++t) {
                const QJsonValue url = targets.at(t).toObject().value(QStringLiteral("url"));
                if (!url.isString())
                    continue;
                if (const QString problem = MessageRules::urlProblem(url.toString(), RuleText::tr("The tap target"));
                    !problem.isEmpty())
                    issues.append(Issue::error(append(append(targetsPointer, t), QStringLiteral("url")), problem));
            }
        } else if (type == u"header") {
            const QJsonObject parameter = component.value(QStringLiteral("parameters")).toArray().first().toObject();
            const QString parameterType = parameter.value(QStringLiteral("type")).toString();
            const QString parameterPointer = append(append(componentPointer, QStringLiteral("parameters")), 0);
            if (parameterType == u"location") {
                const QJsonObject location = parameter.value(QStringLiteral("location")).toObject();
                const QString locationPointer = append(parameterPointer, QStringLiteral("location"));
                MessageRules::checkCoordinate(location.value(QStringLiteral("latitude")),
                                              append(locationPointer, QStringLiteral("latitude")), true, issues);
                MessageRules::checkCoordinate(location.value(QStringLiteral("longitude")),
                                              append(locationPointer, QStringLiteral("longitude")), false, issues);
            } else if (parameterType != u"text" && !parameterType.isEmpty()) {
                const QJsonObject media = parameter.value(parameterType).toObject();
                MessageRules::checkMediaSource(media, append(parameterPointer, parameterType),
                                               RuleText::tr("Header %1").arg(parameterType), issues);
                checkMediaFormat(media, append(parameterPointer, parameterType), parameterType, issues);
            }
        } else if (type == u"button") {
            ++buttons;
            copyCode = copyCode || component.value(QStringLiteral("sub_type")).toString() == u"copy_code";
            const int index = indexOf(component.value(QStringLiteral("index")));
            if (indexes.contains(index)) {
                issues.append(
                    Issue::error(append(componentPointer, QStringLiteral("index")),
                                 RuleText::tr("Button index %1 is used twice; each button has its own").arg(index)));
            }
            indexes.insert(index);
            checkTemplateButton(component, componentPointer, issues);
        } else if (type == u"carousel") {
            checkTemplateCards(component.value(QStringLiteral("cards")).toArray(),
                               append(componentPointer, QStringLiteral("cards")), issues);
        }
    }
    if (buttons > 10)
        issues.append(Issue::error(pointer, RuleText::tr("The template has %1 buttons; the limit is 10").arg(buttons)));
    if (!lto)
        return;

    // Limited-time offers: the URL button sits behind the copy-code button when there is one.
    const int urlIndex = copyCode ? 1 : 0;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        if (component.value(QStringLiteral("type")).toString() != u"button")
            continue;
        const QString subType = component.value(QStringLiteral("sub_type")).toString();
        const QString componentPointer = append(pointer, i);
        if (subType == u"url" && indexOf(component.value(QStringLiteral("index"))) != urlIndex) {
            issues.append(
                Issue::error(append(componentPointer, QStringLiteral("index")),
                             copyCode ? RuleText::tr("In a limited-time offer with a copy-code button the URL button's "
                                                     "index must be 1; it is %1")
                                            .arg(indexOf(component.value(QStringLiteral("index"))))
                                      : RuleText::tr("In a limited-time offer without a copy-code button the URL "
                                                     "button's index must be 0; it is %1")
                                            .arg(indexOf(component.value(QStringLiteral("index"))))));
        }
        if (subType == u"copy_code") {
            const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
            for (qsizetype p = 0; p < parameters.size(); ++p) {
                const QString code = parameters.at(p).toObject().value(QStringLiteral("coupon_code")).toString();
                if (Text::characterCount(code) > 15) {
                    issues.append(Issue::error(
                        append(append(append(componentPointer, QStringLiteral("parameters")), p),
                               QStringLiteral("coupon_code")),
                        RuleText::tr("Offer code is %1 characters; the limit in a limited-time offer is 15")
                            .arg(Text::characterCount(code))));
                }
            }
        }
    }
}

} // namespace MessageRules::Detail

bool MessageRules::looksLikeAuthentication(const QJsonObject &message)
{
    const auto is = [](const QJsonValue &value, QStringView word) {
        return value.toString().compare(word, Qt::CaseInsensitive) == 0;
    };
    const auto texts = [&is](const QJsonObject &component) {
        QStringList out;
        const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
        for (const QJsonValue &parameter : parameters) {
            if (is(parameter.toObject().value(QStringLiteral("type")), u"text"))
                out << parameter.toObject().value(QStringLiteral("text")).toString();
        }
        return out;
    };
    QStringList body;
    QStringList button;
    const QJsonArray components =
        message.value(QStringLiteral("template")).toObject().value(QStringLiteral("components")).toArray();
    for (const QJsonValue &each : components) {
        const QJsonObject component = each.toObject();
        if (is(component.value(QStringLiteral("type")), u"body"))
            body << texts(component);
        else if (is(component.value(QStringLiteral("type")), u"button") &&
                 is(component.value(QStringLiteral("sub_type")), u"url"))
            button << texts(component);
    }
    return body.size() == 1 && button.size() == 1 && !body.constFirst().isEmpty() && body == button;
}
