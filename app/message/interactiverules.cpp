// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of interactive messages: lists, multi-product lists, carousels and flows.
#include "messagerules.h"
#include "phonenumbers.h"
#include "ruledetail.h"

#include "text.h"

#include <QCoreApplication>
#include <QSet>

namespace MessageRules::Detail {

using JsonPointer::append;

namespace {

// One card's action: what its type asks for. Returns how many buttons it has.
qsizetype checkCarouselCardAction(const QJsonObject &card, const QString &cardPointer, const QString &type,
                                  Issues &issues)
{
    const QJsonObject action = card.value(QStringLiteral("action")).toObject();
    const QString actionPointer = append(cardPointer, QStringLiteral("action"));
    if (type == u"product") {
        if (!action.contains(QStringLiteral("product_retailer_id")) || !action.contains(QStringLiteral("catalog_id")))
            issues.append(Issue::error(actionPointer,
                                       RuleText::tr("A product card needs its catalog id and product retailer id")));
        return 0;
    }
    if (!card.contains(QStringLiteral("header")))
        issues.append(Issue::error(cardPointer, RuleText::tr("A media card needs an image or video header")));
    if (type == u"cta_url") {
        if (!action.contains(QStringLiteral("parameters")))
            issues.append(
                Issue::error(actionPointer, RuleText::tr("A call-to-action card needs its button text and URL")));
        return 1;
    }
    const QJsonArray replies = action.value(QStringLiteral("buttons")).toArray();
    if (replies.isEmpty())
        issues.append(Issue::error(actionPointer, RuleText::tr("A quick-reply card needs at least one button")));
    checkReplyButtons(replies, append(actionPointer, QStringLiteral("buttons")), issues);
    return replies.size();
}

} // namespace

void checkList(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/sections");
    const QJsonArray sections = arrayAt(message, pointer);
    qsizetype rows = 0;
    QList<QPair<QString, QString>> ids;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QJsonObject section = sections.at(s).toObject();
        const QString sectionPointer = append(pointer, s);
        if (sections.size() > 1 && section.value(QStringLiteral("title")).toString().isEmpty()) {
            issues.append(Issue::error(
                sectionPointer, RuleText::tr("Section %1 has no title; titles are required when there is more than one "
                                             "section")
                                    .arg(s + 1)));
        }
        const QJsonArray sectionRows = section.value(QStringLiteral("rows")).toArray();
        rows += sectionRows.size();
        for (qsizetype r = 0; r < sectionRows.size(); ++r) {
            const QString idPointer =
                append(append(append(sectionPointer, QStringLiteral("rows")), r), QStringLiteral("id"));
            const QString id = sectionRows.at(r).toObject().value(QStringLiteral("id")).toString();
            checkIdSpaces(id, idPointer, RuleText::tr("Row id"), issues);
            ids.append({idPointer, id});
        }
    }
    if (rows > 10)
        issues.append(
            Issue::error(pointer, RuleText::tr("The list has %1 rows in all sections; the limit is 10").arg(rows)));
    checkUnique(ids, RuleText::tr("Row id"), issues);
}

void checkProductList(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/sections");
    qsizetype products = 0;
    const QJsonArray sections = arrayAt(message, pointer);
    for (const QJsonValue &section : sections)
        products += section.toObject().value(QStringLiteral("product_items")).toArray().size();
    if (products > 30)
        issues.append(Issue::error(
            pointer, RuleText::tr("The message has %1 products in all sections; the limit is 30").arg(products)));
}

// Every card like the first: same header type, same card type, same number of buttons.
void checkCarousel(const QJsonObject &message, Issues &issues)
{
    // The carousel is its body and its cards (Meta, "Interactive media carousel messages": no header,
    // footer or buttons outside the cards).
    const QJsonObject interactive = message.value(QStringLiteral("interactive")).toObject();
    if (interactive.contains(QStringLiteral("header")))
        issues.append(Issue::error(QStringLiteral("/interactive/header"),
                                   RuleText::tr("A carousel takes no header of its own: each card has its header")));
    if (interactive.contains(QStringLiteral("footer")))
        issues.append(
            Issue::error(QStringLiteral("/interactive/footer"), RuleText::tr("A carousel takes no footer; remove it")));
    const QString pointer = QStringLiteral("/interactive/action/cards");
    const QJsonArray cards = arrayAt(message, pointer);
    QString firstHeader;
    QString firstType;
    qsizetype firstButtons = 0;
    QSet<int> indexes;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QJsonObject card = cards.at(i).toObject();
        const QString cardPointer = append(pointer, i);
        const QJsonObject header = card.value(QStringLiteral("header")).toObject();
        const QString headerType = header.value(QStringLiteral("type")).toString();
        checkMediaHeader(header, append(cardPointer, QStringLiteral("header")), issues);
        const int index = card.value(QStringLiteral("card_index")).toInt(-1);
        if (indexes.contains(index)) {
            issues.append(
                Issue::error(append(cardPointer, QStringLiteral("card_index")),
                             RuleText::tr("Card index %1 is used twice; each card needs its own").arg(index)));
        }
        indexes.insert(index);
        const QString body = card.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString();
        if (Text::lineBreakCount(body) > 2) {
            issues.append(Issue::error(
                append(append(cardPointer, QStringLiteral("body")), QStringLiteral("text")),
                RuleText::tr("Card text has %1 line breaks; the limit is 2").arg(Text::lineBreakCount(body))));
        }
        const QString type = card.value(QStringLiteral("type")).toString(QStringLiteral("cta_url"));
        const qsizetype buttons = checkCarouselCardAction(card, cardPointer, type, issues);
        if (i == 0) {
            firstHeader = headerType;
            firstType = type;
            firstButtons = buttons;
            continue;
        }
        if (!headerType.isEmpty() && !firstHeader.isEmpty() && headerType != firstHeader) {
            issues.append(
                Issue::error(append(append(cardPointer, QStringLiteral("header")), QStringLiteral("type")),
                             RuleText::tr("Card %1 has header type %2 but card 1 has %3; all cards must use the "
                                          "same header type")
                                 .arg(i + 1)
                                 .arg(headerType, firstHeader)));
        }
        // An empty card type is the schema's to report; compared, it would read "a  card".
        if (!type.isEmpty() && !firstType.isEmpty() && (type != firstType || buttons != firstButtons)) {
            issues.append(Issue::error(
                append(cardPointer, QStringLiteral("type")),
                RuleText::tr("Card %1 is a %2 card with %3 button(s), card 1 a %4 card with %5; every card "
                             "needs the same type and number of buttons")
                    .arg(i + 1)
                    .arg(type)
                    .arg(buttons)
                    .arg(firstType)
                    .arg(firstButtons)));
        }
    }
}

void checkFlow(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    const QJsonObject parameters = objectAt(message, pointer);
    const bool id = parameters.contains(QStringLiteral("flow_id"));
    const bool name = parameters.contains(QStringLiteral("flow_name"));
    if (id == name)
        issues.append(Issue::error(pointer, id ? RuleText::tr("Give the flow's id or its name, not both")
                                               : RuleText::tr("The flow needs its id or its name")));
    const QString cta = parameters.value(QStringLiteral("flow_cta")).toString();
    if (Text::hasEmoji(cta)) {
        issues.append(Issue::warning(append(pointer, QStringLiteral("flow_cta")),
                                     RuleText::tr("Meta advises button text without emoji")));
    }
    if (Text::characterCount(cta) > 30) {
        issues.append(Issue::warning(
            append(pointer, QStringLiteral("flow_cta")),
            RuleText::tr("Button text is %1 characters; Meta advises 30 or fewer").arg(Text::characterCount(cta))));
    }
}

// Meta, Address messages: an address's phone number must be a valid one; saved addresses are told apart by
// their ids; a validation error is about a value the customer gave, sent back with it.
void checkAddressMessage(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    const QJsonObject parameters = objectAt(message, pointer);
    const auto checkPhone = [&issues](const QJsonObject &address, const QString &addressPointer) {
        const QJsonValue phone = address.value(QStringLiteral("phone_number"));
        if (!phone.isString())
            return;
        if (auto issue = PhoneNumbers::check(phone.toString(), RuleText::tr("The address's phone number")))
            issues.append(issue->at(append(addressPointer, QStringLiteral("phone_number"))));
    };
    const QJsonObject values = parameters.value(QStringLiteral("values")).toObject();
    checkPhone(values, append(pointer, QStringLiteral("values")));
    const QJsonArray saved = parameters.value(QStringLiteral("saved_addresses")).toArray();
    QList<QPair<QString, QString>> ids;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        const QString itemPointer = append(append(pointer, QStringLiteral("saved_addresses")), i);
        const QJsonObject item = saved.at(i).toObject();
        checkPhone(item.value(QStringLiteral("value")).toObject(), append(itemPointer, QStringLiteral("value")));
        ids.append({append(itemPointer, QStringLiteral("id")), item.value(QStringLiteral("id")).toString()});
    }
    checkUnique(ids, RuleText::tr("Saved address id"), issues);
    const QJsonObject errors = parameters.value(QStringLiteral("validation_errors")).toObject();
    for (auto it = errors.constBegin(); it != errors.constEnd(); ++it) {
        if (!values.contains(it.key())) {
            issues.append(Issue::warning(
                append(append(pointer, QStringLiteral("validation_errors")), it.key()),
                RuleText::tr("A validation error for %1, but no value for it: send back what the customer entered")
                    .arg(it.key())));
        }
    }
}

} // namespace MessageRules::Detail
