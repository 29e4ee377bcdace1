// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <memory>

class Provider;
class QJsonObject;

// The providers Wabench knows: the built-in ones, and any added (a test defines a fifth).
namespace Providers {

const QList<const Provider *> &all();
const Provider *find(const QString &id);
QStringList ids();
// The provider whose request `body` is, or nullptr.
const Provider *recogniseRequest(const QJsonObject &body);
// Makes `provider` known from now on, for the life of the process; false when its id is taken.
bool add(std::unique_ptr<Provider> provider);

} // namespace Providers
