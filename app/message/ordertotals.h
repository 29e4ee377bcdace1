// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

// The sums of an order_details message worked out from its items, as Meta checks them: the subtotal is each
// item's price (its sale_amount where it has one, else its amount) times its quantity, and the total is
// subtotal + tax + shipping − discount. Amounts are {value, offset} in the smallest unit (offset 100: paise
// or centavos); the results keep the offset the message already uses (100 where it has none).
namespace OrderTotals {

// The message with order.subtotal and total_amount recalculated; anything else is left as it is.
QJsonObject recalculated(const QJsonObject &message);

// How an amount in `currency` is written: the two currencies Meta takes orders in by their signs ("₹" for
// INR and where none is named, "R$" for BRL), any other by its code.
QString sign(const QString &currency);
// An amount ({value, offset}) in the currency's own unit (offset 100 where it names none; 0 for an offset
// that is not positive), and that figure written with the currency's sign and two decimals ("₹250.00").
double value(const QJsonObject &amount);
QString written(double value, const QString &currency);

} // namespace OrderTotals
