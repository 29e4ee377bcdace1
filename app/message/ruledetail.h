// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the rule files share. Not part of the validator's interface.

#include "issue.h"
#include "jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace MessageRules::Detail {

// The rules' messages, in the catalogue's "MessageRules" context (lupdate reads the macro).
struct RuleText
{
    Q_DECLARE_TR_FUNCTIONS(MessageRules)
};
QJsonObject objectAt(const QJsonObject &object, const QString &pointer);
QJsonArray arrayAt(const QJsonObject &object, const QString &pointer);
// Ids and titles that must be unique: the second and later holders of a value get the issue.
void checkUnique(const QList<QPair<QString, QString>> &values, const QString &what, Issues &issues);
void checkIdSpaces(const QString &id, const QString &pointer, const QString &what, Issues &issues);
// The formats WhatsApp takes, by the file extension a link ends in (providers.md §2.3).
void checkMediaFormat(const QJsonObject &media, const QString &pointer, const QString &type, Issues &issues);
// An interactive or card header: a media header's source and format.
void checkMediaHeader(const QJsonObject &header, const QString &pointer, Issues &issues);
void checkReplyButtons(const QJsonArray &buttons, const QString &pointer, Issues &issues);

// The rules of each family of kinds.
void checkList(const QJsonObject &message, Issues &issues);
void checkProductList(const QJsonObject &message, Issues &issues);
void checkCarousel(const QJsonObject &message, Issues &issues);
void checkFlow(const QJsonObject &message, Issues &issues);
void checkAddressMessage(const QJsonObject &message, Issues &issues);
void checkOrderDetails(const QJsonObject &message, Issues &issues);
void checkTemplate(const QJsonObject &message, Issues &issues);

} // namespace MessageRules::Detail
