// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonnumbers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace JsonNumbers {

bool anyBeyond(const QJsonValue &value, double limit)
{
    if (value.isDouble())
        return std::abs(value.toDouble()) > limit;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [limit](const QJsonValue &each) { return anyBeyond(each, limit); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return std::any_of(object.begin(), object.end(),
                           [limit](const QJsonValue &each) { return anyBeyond(each, limit); });
    }
    return false;
}

QJsonValue clamped(const QJsonValue &value, double limit)
{
    if (value.isDouble() && std::abs(value.toDouble()) > limit)
        return value.toDouble() > 0 ? limit : -limit;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef each : array)
            each = clamped(each, limit);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (QJsonValueRef each : object)
            each = clamped(each, limit);
        return object;
    }
    return value;
}

} // namespace JsonNumbers
