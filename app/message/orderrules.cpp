// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of order_details: the sums, the items, expiry and payment settings. Meta takes orders in India (INR,
// through payment gateways or UPI) and in Brazil (BRL: dynamic Pix codes, boletos, payment links and cards on
// file; its Payments API Brazil, payments-br/orders), each currency with its own payment settings.
#include "messagerules.h"
#include "ordertotals.h"
#include "ruledetail.h"

#include "text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace MessageRules::Detail {

using JsonPointer::append;

namespace {

// The amount at `key` of `parent` (Meta's {value, offset}), in the currency's unit.
double amountOf(const QJsonObject &parent, const QString &key)
{
    return OrderTotals::value(parent.value(key).toObject());
}

// The payment settings each country's orders take.
bool isIndian(const QString &kind)
{
    return kind == u"payment_gateway" || kind == u"upi";
}

bool isBrazilian(const QString &kind)
{
    return kind == u"pix_dynamic_code" || kind == u"boleto" || kind == u"payment_link" || kind == u"offsite_card_pay";
}

void checkPaymentSettings(const QJsonObject &parameters, const QString &pointer, bool brazil, Issues &issues)
{
    const QString paymentType = parameters.value(QStringLiteral("payment_type")).toString();
    const QString typePointer = append(pointer, QStringLiteral("payment_type"));
    const bool legacy = !brazil && (parameters.contains(QStringLiteral("payment_type")) ||
                                    parameters.contains(QStringLiteral("payment_configuration")));
    if (brazil && !parameters.contains(QStringLiteral("payment_type"))) {
        issues.append(Issue::warning(typePointer, RuleText::tr("Meta's orders in Brazil carry payment_type \"br\"")));
    } else if (brazil && paymentType.isEmpty()) {
        issues.append(
            Issue::error(typePointer, RuleText::tr("payment_type is empty; an order in Brazil (BRL) takes \"br\"")));
    } else if (brazil && paymentType != u"br") {
        issues.append(Issue::error(
            typePointer,
            RuleText::tr("payment_type is \"%1\"; an order in Brazil (BRL) takes \"br\"").arg(paymentType)));
    } else if (!brazil && paymentType == u"br") {
        issues.append(Issue::error(typePointer, RuleText::tr("payment_type \"br\" is for orders in Brazil (BRL)")));
    } else if (legacy) {
        issues.append(Issue::warning(typePointer, RuleText::tr("payment_type and payment_configuration are Meta's "
                                                               "legacy fields; payment_settings replaces them")));
    }

    const QJsonArray settings = parameters.value(QStringLiteral("payment_settings")).toArray();
    if (settings.isEmpty()) {
        if (!legacy) {
            issues.append(Issue::error(
                pointer, brazil ? RuleText::tr("Order details in Brazil need payment settings: a dynamic Pix code, "
                                               "a boleto, a payment link or a card on file")
                                : RuleText::tr("Order details need payment settings (a payment gateway or UPI)")));
        }
        return;
    }
    const QString settingsPointer = append(pointer, QStringLiteral("payment_settings"));
    for (qsizetype i = 0; i < settings.size(); ++i) {
        const QJsonObject setting = settings.at(i).toObject();
        const QString kind = setting.value(QStringLiteral("type")).toString();
        const QString at = append(append(settingsPointer, i), QStringLiteral("type"));
        if (brazil && isIndian(kind)) {
            issues.append(Issue::error(at, RuleText::tr("%1 pays orders in India (INR); an order in Brazil (BRL) "
                                                        "takes pix_dynamic_code, boleto, payment_link or "
                                                        "offsite_card_pay")
                                               .arg(kind)));
        } else if (!brazil && isBrazilian(kind)) {
            issues.append(Issue::error(
                at, RuleText::tr("%1 pays orders in Brazil (BRL); an order in India (INR) takes payment_gateway")
                        .arg(kind)));
        }
        const QJsonValue uri = setting.value(QStringLiteral("payment_link")).toObject().value(QStringLiteral("uri"));
        if (kind == u"payment_link" && uri.isString()) {
            if (const QString problem = urlProblem(uri.toString(), RuleText::tr("The payment link"));
                !problem.isEmpty()) {
                issues.append(Issue::error(
                    append(append(append(settingsPointer, i), QStringLiteral("payment_link")), QStringLiteral("uri")),
                    problem));
            }
        }
    }
}

} // namespace

void checkOrderDetails(const QJsonObject &message, Issues &issues)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    const QJsonObject parameters = objectAt(message, pointer);
    const QJsonObject order = parameters.value(QStringLiteral("order")).toObject();
    const QString orderPointer = append(pointer, QStringLiteral("order"));
    const bool brazil = parameters.value(QStringLiteral("currency")).toString() == u"BRL";
    const QString currency = parameters.value(QStringLiteral("currency")).toString();
    const auto money = [&currency](double value) { return OrderTotals::written(value, currency); };

    // A reference id takes up to 35 characters in India (payments-in/pg) and 60 in Brazil (payments-br/orders);
    // the schema allows Brazil's, and says so itself past that (one issue to a field).
    if (const QString reference = parameters.value(QStringLiteral("reference_id")).toString();
        parameters.value(QStringLiteral("currency")).toString() == u"INR" && reference.size() > 35 &&
        reference.size() <= 60) {
        issues.append(Issue::error(
            append(pointer, QStringLiteral("reference_id")),
            RuleText::tr("Reference id is %1 characters; the limit in India is 35").arg(reference.size())));
    }

    const double subtotal = amountOf(order, QStringLiteral("subtotal"));
    const double tax = amountOf(order, QStringLiteral("tax"));
    const double shipping = amountOf(order, QStringLiteral("shipping"));
    const double discount = amountOf(order, QStringLiteral("discount"));
    const double total = amountOf(parameters, QStringLiteral("total_amount"));
    const double expected = subtotal + tax + shipping - discount;
    // In Brazil an order may give its total alone, with nothing to add up.
    if (parameters.contains(QStringLiteral("total_amount")) && parameters.contains(QStringLiteral("order")) &&
        qAbs(total - expected) > 0.001) {
        issues.append(Issue::error(
            append(pointer, QStringLiteral("total_amount")),
            RuleText::tr("Total is %1 but subtotal %2 + tax %3 + shipping %4 − discount %5 = %6")
                .arg(money(total), money(subtotal), money(tax), money(shipping), money(discount), money(expected))));
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
        // India's Legal Metrology rules: goods not from a catalog name their origin and importer.
        if (!catalog && !brazil) {
            for (const char *field : {"country_of_origin", "importer_name", "importer_address"}) {
                if (!item.contains(QLatin1String(field))) {
                    issues.append(
                        Issue::warning(append(append(orderPointer, QStringLiteral("items")), i),
                                       RuleText::tr("Item %1 has no %2; without a catalog_id Meta asks for country of "
                                                    "origin and importer details")
                                           .arg(i + 1)
                                           .arg(QLatin1String(field))));
                    break;
                }
            }
        }
    }
    if (!items.isEmpty() && order.contains(QStringLiteral("subtotal")) && qAbs(itemsSum - subtotal) > 0.001) {
        // Meta refuses an order whose subtotal is not its items' sum (providers.md 3.x; Exotel's example, with a
        // sale price below the price, sums the sale price).
        issues.append(Issue::error(append(orderPointer, QStringLiteral("subtotal")),
                                   RuleText::tr("Subtotal is %1 but the items add up to %2 (price × quantity, the "
                                                "sale price where there is one); Recalculate totals sets it")
                                       .arg(money(subtotal), money(itemsSum))));
    }
    if (images && items.size() > 10) {
        issues.append(
            Issue::error(append(orderPointer, QStringLiteral("items")),
                         RuleText::tr("%1 items with images; items with images are limited to 10").arg(items.size())));
    }

    const QJsonValue timestamp =
        order.value(QStringLiteral("expiration")).toObject().value(QStringLiteral("timestamp"));
    if (!timestamp.isUndefined()) {
        bool ok = timestamp.isDouble();
        const qint64 seconds = ok ? qint64(timestamp.toDouble()) : timestamp.toString().toLongLong(&ok);
        const QString timestampPointer =
            append(append(orderPointer, QStringLiteral("expiration")), QStringLiteral("timestamp"));
        if (!ok) {
            issues.append(
                Issue::warning(timestampPointer,
                               RuleText::tr("Expiration %1 is not a UNIX time in seconds").arg(timestamp.toString())));
        } else if (seconds < QDateTime::currentSecsSinceEpoch() + 300) {
            issues.append(Issue::warning(
                timestampPointer,
                RuleText::tr("The order expires less than 5 minutes from now; Meta needs at least 300 s")));
        }
    }

    checkPaymentSettings(parameters, pointer, brazil, issues);
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
                           RuleText::tr("UPI payments are limited to ₹5,00,000; this order is %1").arg(money(total))));
    }
}

} // namespace MessageRules::Detail
