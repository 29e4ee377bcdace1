// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerules.h"

#include "jsonpointer.h"
#include "text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageRules", text);
}

using JsonPointer::append;

QJsonObject at(const QJsonObject &object, const QString &pointer)
{
    return JsonPointer::get(object, pointer).toObject();
}

QJsonArray arrayAt(const QJsonObject &object, const QString &pointer)
{
    return JsonPointer::get(object, pointer).toArray();
}

// Money as Meta sends it: {value, offset} with offset 100 meaning paise.
double amountOf(const QJsonObject &parent, const QString &key)
{
    const QJsonObject amount = parent.value(key).toObject();
    const double offset = amount.value(QStringLiteral("offset")).toDouble(100);
    return offset > 0 ? amount.value(QStringLiteral("value")).toDouble() / offset : 0;
}

QString rupees(double value)
{
    return QString::number(value, 'f', 2);
}

// Ids and titles that must be unique: the second and later holders of a value get the issue.
void checkUnique(const QList<QPair<QString, QString>> &values, const QString &what, Issues &issues)
{
    QSet<QString> seen;
    for (const auto &[pointer, value] : values) {
        if (value.isEmpty())
            continue;
        if (seen.contains(value))
            issues.append(Issue::error(pointer, tr("%1 \"%2\" is used twice; each must be unique").arg(what, value)));
        seen.insert(value);
    }
}

void checkIdSpaces(const QString &id, const QString &pointer, const QString &what, Issues &issues)
{
    if (Text::hasOuterSpace(id))
        issues.append(Issue::error(pointer, tr("%1 \"%2\" starts or ends with a space; ids must not").arg(what, id)));
}

// The formats WhatsApp takes, by the file extension a link ends in (providers.md §2.3).
void checkMediaFormat(const QJsonObject &media, const QString &pointer, const QString &type, Issues &issues)
{
    struct Format
    {
        QStringList extensions;
        const char *what;
    };
    static const QHash<QString, Format> formats = {
        {QStringLiteral("image"),
         {{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png")}, "JPEG and PNG images up to 5 MB"}},
        {QStringLiteral("video"),
         {{QStringLiteral("mp4"), QStringLiteral("3gp"), QStringLiteral("3gpp")}, "MP4 and 3GP videos up to 16 MB"}},
        {QStringLiteral("audio"),
         {{QStringLiteral("aac"), QStringLiteral("amr"), QStringLiteral("mp3"), QStringLiteral("m4a"),
           QStringLiteral("ogg"), QStringLiteral("opus")},
          "AAC, AMR, MP3, M4A and OGG (OPUS) audio up to 16 MB"}},
        {QStringLiteral("document"),
         {{QStringLiteral("txt"), QStringLiteral("pdf"), QStringLiteral("doc"), QStringLiteral("docx"),
           QStringLiteral("xls"), QStringLiteral("xlsx"), QStringLiteral("ppt"), QStringLiteral("pptx")},
          "TXT, PDF and Office documents up to 100 MB"}},
        {QStringLiteral("sticker"),
         {{QStringLiteral("webp")}, "WebP stickers (static up to 100 KB, animated up to 500 KB)"}},
    };
    const auto format = formats.constFind(type);
    const QString file = QUrl(media.value(QStringLiteral("link")).toString()).path().section(u'/', -1);
    if (format == formats.constEnd() || !file.contains(u'.'))
        return;
    const QString extension = file.section(u'.', -1).toLower();
    if (!format->extensions.contains(extension)) {
        issues.append(Issue::warning(append(pointer, QStringLiteral("link")),
                                     tr("The link ends in .%1; WhatsApp takes %2").arg(extension, tr(format->what))));
    }
}

void checkMediaHeader(const QJsonObject &header, const QString &pointer, Issues &issues)
{
    const QString type = header.value(QStringLiteral("type")).toString();
    if (type == u"image" || type == u"video" || type == u"document") {
        const QJsonObject media = header.value(type).toObject();
        MessageRules::checkMediaSource(media, append(pointer, type), tr("Header %1").arg(type), issues);
        checkMediaFormat(media, append(pointer, type), type, issues);
    }
}

void checkReplyButtons(const QJsonArray &buttons, const QString &pointer, Issues &issues)
{
    QList<QPair<QString, QString>> ids;
    QList<QPair<QString, QString>> titles;
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const QJsonObject reply = buttons.at(i).toObject().value(QStringLiteral("reply")).toObject();
        const QString base = append(append(pointer, i), QStringLiteral("reply"));
        const QString id = reply.value(QStringLiteral("id")).toString();
        checkIdSpaces(id, append(base, QStringLiteral("id")), tr("Button id"), issues);
        ids.append({append(base, QStringLiteral("id")), id});
        titles.append({append(base, QStringLiteral("title")), reply.value(QStringLiteral("title")).toString()});
    }
    checkUnique(ids, tr("Button id"), issues);
    checkUnique(titles, tr("Button title"), issues);
}

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
            issues.append(Issue::error(sectionPointer,
                                       tr("Section %1 has no title; titles are required when there is more than one "
                                          "section")
                                           .arg(s + 1)));
        }
        const QJsonArray sectionRows = section.value(QStringLiteral("rows")).toArray();
        rows += sectionRows.size();
        for (qsizetype r = 0; r < sectionRows.size(); ++r) {
            const QString idPointer =
                append(append(append(sectionPointer, QStringLiteral("rows")), r), QStringLiteral("id"));
            const QString id = sectionRows.at(r).toObject().value(QStringLiteral("id")).toString();
            checkIdSpaces(id, idPointer, tr("Row id"), issues);
            ids.append({idPointer, id});
        }
    }
    if (rows > 10)
        issues.append(Issue::error(pointer, tr("The list has %1 rows in all sections; the limit is 10").arg(rows)));
    checkUnique(ids, tr("Row id"), issues);
}

void checkProductList(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/sections");
    qsizetype products = 0;
    for (const QJsonValue &section : arrayAt(message, pointer))
        products += section.toObject().value(QStringLiteral("product_items")).toArray().size();
    if (products > 30)
        issues.append(
            Issue::error(pointer, tr("The message has %1 products in all sections; the limit is 30").arg(products)));
}

// One card's action: what its type asks for. Returns how many buttons it has.
qsizetype checkCarouselCardAction(const QJsonObject &card, const QString &cardPointer, const QString &type,
                                  Issues &issues)
{
    const QJsonObject action = card.value(QStringLiteral("action")).toObject();
    const QString actionPointer = append(cardPointer, QStringLiteral("action"));
    if (type == u"product") {
        if (!action.contains(QStringLiteral("product_retailer_id")) || !action.contains(QStringLiteral("catalog_id")))
            issues.append(
                Issue::error(actionPointer, tr("A product card needs its catalog id and product retailer id")));
        return 0;
    }
    if (!card.contains(QStringLiteral("header")))
        issues.append(Issue::error(cardPointer, tr("A media card needs an image or video header")));
    if (type == u"cta_url") {
        if (!action.contains(QStringLiteral("parameters")))
            issues.append(Issue::error(actionPointer, tr("A call-to-action card needs its button text and URL")));
        return 1;
    }
    const QJsonArray replies = action.value(QStringLiteral("buttons")).toArray();
    if (replies.isEmpty())
        issues.append(Issue::error(actionPointer, tr("A quick-reply card needs at least one button")));
    checkReplyButtons(replies, append(actionPointer, QStringLiteral("buttons")), issues);
    return replies.size();
}

// Every card like the first: same header type, same card type, same number of buttons.
void checkCarousel(const QJsonObject &message, Issues &issues)
{
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
            issues.append(Issue::error(append(cardPointer, QStringLiteral("card_index")),
                                       tr("Card index %1 is used twice; each card needs its own").arg(index)));
        }
        indexes.insert(index);
        const QString body = card.value(QStringLiteral("body")).toObject().value(QStringLiteral("text")).toString();
        if (Text::lineBreakCount(body) > 2) {
            issues.append(
                Issue::error(append(append(cardPointer, QStringLiteral("body")), QStringLiteral("text")),
                             tr("Card text has %1 line breaks; the limit is 2").arg(Text::lineBreakCount(body))));
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
            issues.append(Issue::error(append(append(cardPointer, QStringLiteral("header")), QStringLiteral("type")),
                                       tr("Card %1 has a %2 header but card 1 has a %3 header; all cards must use the "
                                          "same header type")
                                           .arg(i + 1)
                                           .arg(headerType, firstHeader)));
        }
        if (type != firstType || buttons != firstButtons) {
            issues.append(
                Issue::error(append(cardPointer, QStringLiteral("type")),
                             tr("Card %1 is a %2 card with %3 button(s), card 1 a %4 card with %5; every card "
                                "needs the same type and number of buttons")
                                 .arg(i + 1)
                                 .arg(type)
                                 .arg(buttons)
                                 .arg(firstType)
                                 .arg(firstButtons)));
        }
    }
}

void checkOrderDetails(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    const QJsonObject parameters = at(message, pointer);
    const QJsonObject order = parameters.value(QStringLiteral("order")).toObject();
    const QString orderPointer = append(pointer, QStringLiteral("order"));

    const double subtotal = amountOf(order, QStringLiteral("subtotal"));
    const double tax = amountOf(order, QStringLiteral("tax"));
    const double shipping = amountOf(order, QStringLiteral("shipping"));
    const double discount = amountOf(order, QStringLiteral("discount"));
    const double total = amountOf(parameters, QStringLiteral("total_amount"));
    const double expected = subtotal + tax + shipping - discount;
    if (parameters.contains(QStringLiteral("total_amount")) && qAbs(total - expected) > 0.001) {
        issues.append(Issue::error(append(pointer, QStringLiteral("total_amount")),
                                   tr("Total is ₹%1 but subtotal ₹%2 + tax ₹%3 + shipping ₹%4 − discount ₹%5 = ₹%6")
                                       .arg(rupees(total), rupees(subtotal), rupees(tax), rupees(shipping),
                                            rupees(discount), rupees(expected))));
    }

    const QJsonArray items = order.value(QStringLiteral("items")).toArray();
    double itemsSum = 0;
    bool images = false;
    const bool catalog = !order.value(QStringLiteral("catalog_id")).toString().isEmpty();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        // A sale price, where there is one, is what the customer pays.
        const QString price =
            item.contains(QStringLiteral("sale_amount")) ? QStringLiteral("sale_amount") : QStringLiteral("amount");
        itemsSum += amountOf(item, price) * item.value(QStringLiteral("quantity")).toDouble(1);
        images = images || item.contains(QStringLiteral("image"));
        if (!catalog) {
            for (const char *field : {"country_of_origin", "importer_name", "importer_address"}) {
                if (!item.contains(QLatin1String(field))) {
                    issues.append(Issue::warning(append(append(orderPointer, QStringLiteral("items")), i),
                                                 tr("Item %1 has no %2; without a catalog_id Meta asks for country of "
                                                    "origin and importer details")
                                                     .arg(i + 1)
                                                     .arg(QLatin1String(field))));
                    break;
                }
            }
        }
    }
    if (!items.isEmpty() && order.contains(QStringLiteral("subtotal")) && qAbs(itemsSum - subtotal) > 0.001) {
        issues.append(Issue::warning(append(orderPointer, QStringLiteral("subtotal")),
                                     tr("Subtotal is ₹%1 but the items add up to ₹%2 (amount × quantity)")
                                         .arg(rupees(subtotal), rupees(itemsSum))));
    }
    if (images && items.size() > 10) {
        issues.append(Issue::error(append(orderPointer, QStringLiteral("items")),
                                   tr("%1 items with images; items with images are limited to 10").arg(items.size())));
    }

    const QJsonValue timestamp =
        order.value(QStringLiteral("expiration")).toObject().value(QStringLiteral("timestamp"));
    if (!timestamp.isUndefined()) {
        bool ok = timestamp.isDouble();
        const qint64 seconds = ok ? qint64(timestamp.toDouble()) : timestamp.toString().toLongLong(&ok);
        const QString timestampPointer =
            append(append(orderPointer, QStringLiteral("expiration")), QStringLiteral("timestamp"));
        if (!ok) {
            issues.append(Issue::warning(timestampPointer,
                                         tr("Expiration %1 is not a UNIX time in seconds").arg(timestamp.toString())));
        } else if (seconds < QDateTime::currentSecsSinceEpoch() + 300) {
            issues.append(Issue::warning(
                timestampPointer, tr("The order expires less than 5 minutes from now; Meta needs at least 300 s")));
        }
    }

    const bool legacy = parameters.contains(QStringLiteral("payment_type")) ||
                        parameters.contains(QStringLiteral("payment_configuration"));
    if (legacy) {
        issues.append(Issue::warning(append(pointer, QStringLiteral("payment_type")),
                                     tr("payment_type and payment_configuration are Meta's legacy fields; "
                                        "payment_settings replaces them")));
    } else if (!parameters.contains(QStringLiteral("payment_settings"))) {
        issues.append(Issue::error(pointer, tr("Order details need payment settings (a payment gateway or UPI)")));
    }
    const bool upi = parameters.value(QStringLiteral("payment_type")).toString() == u"upi" ||
                     parameters.value(QStringLiteral("payment_settings"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("type"))
                             .toString() == u"upi";
    if (upi && total > 500000) {
        issues.append(
            Issue::warning(append(pointer, QStringLiteral("total_amount")),
                           tr("UPI payments are limited to ₹5,00,000; this order is ₹%1").arg(rupees(total))));
    }
}

void checkFlow(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    const QJsonObject parameters = at(message, pointer);
    const bool id = parameters.contains(QStringLiteral("flow_id"));
    const bool name = parameters.contains(QStringLiteral("flow_name"));
    if (id == name)
        issues.append(Issue::error(pointer, id ? tr("Give the flow's id or its name, not both")
                                               : tr("The flow needs its id or its name")));
    const QString cta = parameters.value(QStringLiteral("flow_cta")).toString();
    if (Text::hasEmoji(cta)) {
        issues.append(
            Issue::warning(append(pointer, QStringLiteral("flow_cta")), tr("Meta advises button text without emoji")));
    }
    if (Text::characterCount(cta) > 30) {
        issues.append(Issue::warning(
            append(pointer, QStringLiteral("flow_cta")),
            tr("Button text is %1 characters; Meta advises 30 or fewer").arg(Text::characterCount(cta))));
    }
}

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
            issues.append(
                Issue::error(append(append(append(pointer, QStringLiteral("parameters")), i), QStringLiteral("type")),
                             tr("A %1 button takes a \"%2\" parameter, not \"%3\"").arg(subType, expected, type)));
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
            issues.append(Issue::error(append(cardPointer, QStringLiteral("card_index")),
                                       tr("Card index %1 is used twice; each card needs its own").arg(index)));
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
            MessageRules::checkMediaSource(parameter.value(type).toObject(), append(parameterPointer, type),
                                           tr("Card header %1").arg(type), issues);
            if (firstHeader.isEmpty()) {
                firstHeader = type;
            } else if (type != firstHeader) {
                issues.append(Issue::error(append(parameterPointer, QStringLiteral("type")),
                                           tr("Card %1 has a %2 header but the first card has a %3 header; all cards "
                                              "must use the same header type")
                                               .arg(i + 1)
                                               .arg(type, firstHeader)));
            }
        }
    }
}

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
        if (type == u"header") {
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
                                               tr("Header %1").arg(parameterType), issues);
                checkMediaFormat(media, append(parameterPointer, parameterType), parameterType, issues);
            }
        } else if (type == u"button") {
            ++buttons;
            copyCode = copyCode || component.value(QStringLiteral("sub_type")).toString() == u"copy_code";
            const int index = indexOf(component.value(QStringLiteral("index")));
            if (indexes.contains(index)) {
                issues.append(Issue::error(append(componentPointer, QStringLiteral("index")),
                                           tr("Button index %1 is used twice; each button has its own").arg(index)));
            }
            indexes.insert(index);
            checkTemplateButton(component, componentPointer, issues);
        } else if (type == u"carousel") {
            checkTemplateCards(component.value(QStringLiteral("cards")).toArray(),
                               append(componentPointer, QStringLiteral("cards")), issues);
        }
    }
    if (buttons > 10)
        issues.append(Issue::error(pointer, tr("The template has %1 buttons; the limit is 10").arg(buttons)));
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
            issues.append(Issue::error(append(componentPointer, QStringLiteral("index")),
                                       copyCode ? tr("In a limited-time offer with a copy-code button the URL button's "
                                                     "index must be 1; it is %1")
                                                      .arg(indexOf(component.value(QStringLiteral("index"))))
                                                : tr("In a limited-time offer without a copy-code button the URL "
                                                     "button's index must be 0; it is %1")
                                                      .arg(indexOf(component.value(QStringLiteral("index"))))));
        }
        if (subType == u"copy_code") {
            const QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
            for (qsizetype p = 0; p < parameters.size(); ++p) {
                const QString code = parameters.at(p).toObject().value(QStringLiteral("coupon_code")).toString();
                if (Text::characterCount(code) > 15) {
                    issues.append(
                        Issue::error(append(append(append(componentPointer, QStringLiteral("parameters")), p),
                                            QStringLiteral("coupon_code")),
                                     tr("Offer code is %1 characters; the limit in a limited-time offer is 15")
                                         .arg(Text::characterCount(code))));
                }
            }
        }
    }
}

} // namespace

namespace MessageRules {

void checkMediaSource(const QJsonObject &media, const QString &pointer, const QString &label, Issues &issues)
{
    const bool link = media.contains(QStringLiteral("link"));
    const bool id = media.contains(QStringLiteral("id"));
    if (link && id)
        issues.append(Issue::error(pointer, tr("%1 has both a link and a media id; give one of them").arg(label)));
    else if (!link && !id)
        issues.append(Issue::error(pointer, tr("%1 needs a link or a media id").arg(label)));
}

void checkCoordinate(const QJsonValue &value, const QString &pointer, bool latitude, Issues &issues)
{
    const QString name = latitude ? tr("Latitude") : tr("Longitude");
    double degrees = 0;
    if (value.isDouble()) {
        degrees = value.toDouble();
        issues.append(Issue::warning(pointer, tr("%1 is a number; Meta's documents send it as text (\"%2\")")
                                                  .arg(name, QString::number(degrees, 'g', 15))));
    } else if (value.isString()) {
        bool ok = false;
        degrees = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            issues.append(
                Issue::error(pointer, tr("%1 \"%2\" is not a number of degrees").arg(name, value.toString())));
            return;
        }
    } else {
        return;
    }
    const double limit = latitude ? 90 : 180;
    if (degrees < -limit || degrees > limit) {
        issues.append(Issue::warning(
            pointer, tr("%1 %2 is outside -%3 to %3 degrees").arg(name, QString::number(degrees, 'g', 15)).arg(limit)));
    }
}

void check(const QJsonObject &message, const QString &kindId, Issues &issues)
{
    const QString type = message.value(QStringLiteral("type")).toString();
    static const QStringList mediaTypes = {QStringLiteral("image"), QStringLiteral("video"), QStringLiteral("audio"),
                                           QStringLiteral("document"), QStringLiteral("sticker")};
    if (mediaTypes.contains(type)) {
        const QJsonObject media = message.value(type).toObject();
        checkMediaSource(media, u'/' + type, tr("The %1").arg(type), issues);
        checkMediaFormat(media, u'/' + type, type, issues);
        if ((type == u"audio" || type == u"sticker") && media.contains(QStringLiteral("caption"))) {
            issues.append(
                Issue::error(u'/' + type + QStringLiteral("/caption"),
                             tr("%1 messages take no caption").arg(type == u"audio" ? tr("Audio") : tr("Sticker"))));
        }
    }
    if (type == u"text") {
        const QJsonValue preview =
            message.value(QStringLiteral("text")).toObject().value(QStringLiteral("preview_url"));
        if (preview.isString()) {
            static const QStringList readable = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("yes"),
                                                 QStringLiteral("no")};
            const QString text = preview.toString();
            if (readable.contains(text.toLower())) {
                issues.append(
                    Issue::warning(QStringLiteral("/text/preview_url"),
                                   tr("Show link preview is the text \"%1\"; it should be true or false").arg(text)));
            } else {
                issues.append(Issue::error(QStringLiteral("/text/preview_url"),
                                           tr("Show link preview is \"%1\"; it must be true or false").arg(text)));
            }
        }
    }
    if (type == u"location") {
        const QJsonObject location = message.value(QStringLiteral("location")).toObject();
        checkCoordinate(location.value(QStringLiteral("latitude")), QStringLiteral("/location/latitude"), true, issues);
        checkCoordinate(location.value(QStringLiteral("longitude")), QStringLiteral("/location/longitude"), false,
                        issues);
        if (location.contains(QStringLiteral("address")) && !location.contains(QStringLiteral("name"))) {
            issues.append(Issue::warning(QStringLiteral("/location/address"),
                                         tr("The address is shown only when the location also has a name")));
        }
    }
    if (type == u"reaction" && message.contains(QStringLiteral("context"))) {
        issues.append(Issue::error(QStringLiteral("/context"), tr("A reaction cannot be sent as a reply; remove the "
                                                                  "message it replies to")));
    }
    if (type == u"interactive")
        checkMediaHeader(at(message, QStringLiteral("/interactive/header")), QStringLiteral("/interactive/header"),
                         issues);

    if (kindId == u"interactive.button")
        checkReplyButtons(arrayAt(message, QStringLiteral("/interactive/action/buttons")),
                          QStringLiteral("/interactive/action/buttons"), issues);
    else if (kindId == u"interactive.list")
        checkList(message, issues);
    else if (kindId == u"interactive.product_list")
        checkProductList(message, issues);
    else if (kindId == u"interactive.carousel")
        checkCarousel(message, issues);
    else if (kindId == u"interactive.order_details")
        checkOrderDetails(message, issues);
    else if (kindId == u"interactive.flow")
        checkFlow(message, issues);
    else if (kindId == u"template")
        checkTemplate(message, issues);
}

} // namespace MessageRules
