// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

// Numbers in a JSON value beyond a magnitude: found, and held to it (for a library that casts them).
namespace JsonNumbers {

// 2^62: a whole number every 64-bit integer cast holds, past every bound a schema here sets.
constexpr double Int64Safe = 4611686018427387904.0;

// Whether any number in `value`, however deep, is beyond +-`limit`.
bool anyBeyond(const QJsonValue &value, double limit);
// `value` with every number beyond +-`limit` set to +-`limit`.
QJsonValue clamped(const QJsonValue &value, double limit);

} // namespace JsonNumbers
