// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Meta's webhooks as Meta posts them (compact JSON), for the tests and benchmarks of the receiver.
namespace MetaCallbacks {

// `value` in Meta's envelope: one entry, one change of the "messages" field.
inline QByteArray envelope(const QJsonObject &value)
{
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("value"), value},
                                                        {QStringLiteral("field"), QStringLiteral("messages")}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A status of message `id`.
inline QByteArray status(const QString &id, const QString &status, qint64 timestamp,
                         const QString &recipient = QStringLiteral("919876543210"))
{
    return envelope(
        {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
         {QStringLiteral("statuses"), QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                             {QStringLiteral("status"), status},
                                                             {QStringLiteral("timestamp"), QString::number(timestamp)},
                                                             {QStringLiteral("recipient_id"), recipient}}}}});
}

// A text a customer wrote.
inline QByteArray text(const QString &id, const QString &from, const QString &text)
{
    const QJsonObject message{{QStringLiteral("from"), from},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("timestamp"), QStringLiteral("1700000000")},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    return envelope({{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("messages"), QJsonArray{message}}});
}

} // namespace MetaCallbacks
