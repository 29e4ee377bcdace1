// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>

class SchemaRegistry;

// What a new message, array item or optional object starts as: the least the schema asks for
// (required fields, constants, defaults, minimum item counts), so a form has something to bind to.
namespace Skeleton {

QJsonObject message(const SchemaRegistry &registry, const QString &kindId);
// An instance for the (resolved) schema `node`; an object starts from `seed` (a chosen type).
QJsonValue make(const SchemaRegistry &registry, const QJsonObject &node, const QJsonObject &seed = {});

} // namespace Skeleton
