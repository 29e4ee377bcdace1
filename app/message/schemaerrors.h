// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issue.h"

#include <QJsonObject>

class SchemaRegistry;

// Runs valijson over a message and turns its findings into plain words that name the field,
// the limit and the actual value ("Row title is 25 characters; the limit is 24").
namespace SchemaErrors {

Issues validate(SchemaRegistry &registry, const QString &kindId, const QJsonObject &message);
// `message` with every array cut to its schema's maxItems when one holds over a thousand items (below,
// nothing is cut and valijson says the limit), and an error for each array that was over
// ("Cards: 100000 given; the limit is 10; the first 10 are checked"): what follows checks at most what
// could be sent, so a message of 100,000 cards costs what one of ten does.
QJsonObject bounded(const SchemaRegistry &registry, const QString &kindId, const QJsonObject &message, Issues *issues);
// Warnings for fields the schema does not know (a typo, or a field of another message kind):
// they are kept and sent, but providers may reject or ignore them.
Issues unknownFields(const SchemaRegistry &registry, const QString &kindId, const QJsonObject &message);

} // namespace SchemaErrors
