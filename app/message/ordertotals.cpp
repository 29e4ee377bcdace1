// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordertotals.h"

#include "jsonpointer.h"

#include <QJsonArray>
#include <cmath>

namespace {

constexpr qint64 DefaultOffset = 100;

qint64 offsetOf(const QJsonObject &amount, qint64 fallback)
{
    const qint64 offset = amount.value(QStringLiteral("offset")).toInteger(fallback);
    return offset > 0 ? offset : fallback;
}

// `amount` in units of 1/`offset`.
qint64 in(const QJsonObject &amount, qint64 offset)
{
    const qint64 own = offsetOf(amount, offset);
    return std::llround(amount.value(QStringLiteral("value")).toDouble() * double(offset) / double(own));
}

QJsonObject money(qint64 value, qint64 offset)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("offset"), offset}};
}

} // namespace

namespace OrderTotals {

QJsonObject recalculated(const QJsonObject &message)
{
    const QString pointer = QStringLiteral("/interactive/action/parameters");
    QJsonObject parameters = JsonPointer::get(message, pointer).toObject();
    QJsonObject order = parameters.value(QStringLiteral("order")).toObject();
    const qint64 offset =
        offsetOf(order.value(QStringLiteral("subtotal")).toObject(),
                 offsetOf(parameters.value(QStringLiteral("total_amount")).toObject(), DefaultOffset));
    // No items: the subtotal typed stays, and the total follows it.
    const QJsonArray items = order.value(QStringLiteral("items")).toArray();
    qint64 subtotal = items.isEmpty() ? in(order.value(QStringLiteral("subtotal")).toObject(), offset) : 0;
    for (const QJsonValue &entry : items) {
        const QJsonObject item = entry.toObject();
        const QJsonObject price =
            item.value(item.contains(QStringLiteral("sale_amount")) ? QStringLiteral("sale_amount")
                                                                    : QStringLiteral("amount"))
                .toObject();
        subtotal += in(price, offset) * item.value(QStringLiteral("quantity")).toInteger(1);
    }
    const auto part = [&](const char *key) { return in(order.value(QLatin1String(key)).toObject(), offset); };
    const qint64 total = subtotal + part("tax") + part("shipping") - part("discount");
    order.insert(QStringLiteral("subtotal"), money(subtotal, offset));
    parameters.insert(QStringLiteral("order"), order);
    parameters.insert(QStringLiteral("total_amount"), money(total, offset));
    QJsonValue root(message);
    JsonPointer::set(root, pointer, parameters);
    return root.toObject();
}

double value(const QJsonObject &amount)
{
    const double offset = amount.value(QStringLiteral("offset")).toDouble(100);
    return offset > 0 ? amount.value(QStringLiteral("value")).toDouble() / offset : 0;
}

QString written(double value, const QString &currency)
{
    return sign(currency) + QString::number(value, 'f', 2);
}

QString sign(const QString &currency)
{
    if (currency == u"BRL")
        return QStringLiteral("R$");
    return currency.isEmpty() || currency == u"INR" ? QStringLiteral("₹") : currency;
}

} // namespace OrderTotals
