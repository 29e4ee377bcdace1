// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's webhooks that are not about one message, in words (Meta, "Webhooks" reference: the fields a
// WhatsApp Business Account subscribes to).
#include "metacloud.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct MetaText
{
    Q_DECLARE_TR_FUNCTIONS(MetaCloud)
};

QString text(const QJsonObject &value, const char *key)
{
    const QJsonValue found = value.value(QLatin1String(key));
    return found.isDouble() ? QString::number(qint64(found.toDouble())) : found.toString();
}

// "order_update (en_US, id 1234)": a template as its webhooks name it.
QString templateName(const QJsonObject &value)
{
    QStringList details;
    if (const QString language = text(value, "message_template_language"); !language.isEmpty())
        details << language;
    if (const QString id = text(value, "message_template_id"); !id.isEmpty())
        details << MetaText::tr("id %1").arg(id);
    const QString name = text(value, "message_template_name");
    return (name.isEmpty() ? MetaText::tr("a template") : name) +
           (details.isEmpty() ? QString() : QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')');
}

// " (reason: X)" where there is a reason worth saying.
QString because(const QString &reason)
{
    return reason.isEmpty() || reason == u"NONE" ? QString() : MetaText::tr(" (reason: %1)").arg(reason);
}

QString errorText(const QJsonObject &error)
{
    const QString details =
        error.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
    QString title = text(error, "title");
    if (title.isEmpty())
        title = text(error, "message");
    return MetaText::tr("error %1: %2").arg(text(error, "code"), title) +
           (details.isEmpty() || details == title ? QString() : QStringLiteral(" (") + details + u')');
}

// Business Calling's webhooks (Meta, "Calling" webhooks: the calls field): a call connecting or ending,
// with who called whom; and a business-initiated call's progress (statuses of type "call").
QString callsSummary(const QJsonObject &value)
{
    QStringList lines;
    const QJsonArray calls = value.value(QStringLiteral("calls")).toArray();
    for (const QJsonValue &each : calls) {
        const QJsonObject call = each.toObject();
        const QString direction = text(call, "direction") == u"BUSINESS_INITIATED" ? MetaText::tr("business-initiated")
                                                                                   : MetaText::tr("user-initiated");
        QString line = MetaText::tr("call %1 from %2 to %3 (%4): %5")
                           .arg(text(call, "id"), text(call, "from"), text(call, "to"), direction, text(call, "event"));
        if (const QString status = text(call, "status"); !status.isEmpty())
            line += u' ' + status;
        if (const QString duration = text(call, "duration"); !duration.isEmpty())
            line += MetaText::tr(", %1 s").arg(duration);
        lines << line;
    }
    const QJsonArray statuses = value.value(QStringLiteral("statuses")).toArray();
    for (const QJsonValue &each : statuses) {
        const QJsonObject status = each.toObject();
        lines << MetaText::tr("call %1 to %2: %3")
                     .arg(text(status, "id"), text(status, "recipient_id"), text(status, "status"));
    }
    return lines.join(QStringLiteral("; "));
}

// A customer's choice about marketing messages (Meta, the user_preferences webhook: "stop" or "resume").
QString preferencesSummary(const QJsonObject &value)
{
    QStringList lines;
    const QJsonArray preferences = value.value(QStringLiteral("user_preferences")).toArray();
    for (const QJsonValue &each : preferences) {
        const QJsonObject preference = each.toObject();
        // The customer in the preference, or in the contact beside it.
        const QJsonObject contact = value.value(QStringLiteral("contacts")).toArray().first().toObject();
        QString who;
        for (const QString &candidate : {text(preference, "wa_id"), text(preference, "user_id"), text(contact, "wa_id"),
                                         text(contact, "user_id")}) {
            if (who.isEmpty())
                who = candidate;
        }
        lines << MetaText::tr("customer %1: %2 %3").arg(who, text(preference, "category"), text(preference, "value"));
    }
    return lines.join(QStringLiteral("; "));
}

QString summaryOf(const QString &field, const QJsonObject &value)
{
    const QString number = text(value, "display_phone_number");
    if (field == u"message_template_status_update")
        return MetaText::tr("template %1: %2%3")
            .arg(templateName(value), text(value, "event"), because(text(value, "reason")));
    if (field == u"template_category_update")
        return MetaText::tr("template %1: category %2 → %3")
            .arg(templateName(value), text(value, "previous_category"), text(value, "new_category"));
    if (field == u"message_template_quality_update")
        return MetaText::tr("template %1: quality %2 → %3")
            .arg(templateName(value), text(value, "previous_quality_score"), text(value, "new_quality_score"));
    if (field == u"message_template_components_update")
        return MetaText::tr("template %1: its components changed").arg(templateName(value));
    if (field == u"phone_number_quality_update")
        return MetaText::tr("phone number %1: %2 (messaging limit %3)")
            .arg(number, text(value, "event"), text(value, "current_limit"));
    // A business username's review (Meta, Business-scoped user IDs: phone_number_username_update).
    if (field == u"phone_number_username_update") {
        QStringList reasons;
        const QJsonArray rejection = value.value(QStringLiteral("rejection_reasons")).toArray();
        for (const QJsonValue &reason : rejection)
            reasons << reason.toString();
        return MetaText::tr("phone number %1: username \"%2\" %3%4")
            .arg(number, text(value, "requested_username"), text(value, "decision"),
                 because(reasons.join(QStringLiteral(", "))));
    }
    if (field == u"phone_number_name_update")
        return MetaText::tr("phone number %1: display name \"%2\" %3%4")
            .arg(number, text(value, "requested_verified_name"), text(value, "decision"),
                 because(text(value, "rejection_reason")));
    if (field == u"account_update") {
        QString line = MetaText::tr("account: %1").arg(text(value, "event"));
        if (const QString phone = text(value, "phone_number"); !phone.isEmpty())
            line += MetaText::tr(" (phone number %1)").arg(phone);
        const QJsonObject ban = value.value(QStringLiteral("ban_info")).toObject();
        if (!ban.isEmpty())
            line += MetaText::tr(", ban %1 %2").arg(text(ban, "waba_ban_state"), text(ban, "waba_ban_date"));
        if (const QString violation = value.value(QStringLiteral("violation_info"))
                                          .toObject()
                                          .value(QStringLiteral("violation_type"))
                                          .toString();
            !violation.isEmpty())
            line += MetaText::tr(", violation %1").arg(violation);
        return line;
    }
    if (field == u"account_review_update")
        return MetaText::tr("account review: %1").arg(text(value, "decision"));
    if (field == u"account_alerts")
        return MetaText::tr("alert (%1, %2): %3")
            .arg(text(value, "alert_severity"), text(value, "alert_status"), text(value, "alert_description"));
    if (field == u"business_capability_update")
        return MetaText::tr("business capability: %1 phone numbers at most, messaging limit %2")
            .arg(text(value, "max_phone_numbers_per_business"), text(value, "max_daily_conversation_per_phone"));
    if (field == u"calls")
        return callsSummary(value);
    if (field == u"user_preferences")
        return preferencesSummary(value);
    if (field == u"security")
        return MetaText::tr("security: %1 for %2").arg(text(value, "event"), number);
    return MetaText::tr("%1 update: %2")
        .arg(field, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact).left(200)));
}

} // namespace

QList<QJsonObject> MetaCloudProvider::accountEvents(const QJsonObject &body) const
{
    QList<QJsonObject> out;
    const QJsonArray entries = body.value(QStringLiteral("entry")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonArray changes = entry.toObject().value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &each : changes) {
            const QJsonObject change = each.toObject();
            const QString field = change.value(QStringLiteral("field")).toString();
            const QJsonObject value = change.value(QStringLiteral("value")).toObject();
            if (field != u"messages") {
                QJsonObject event{{QStringLiteral("event"), field},
                                  {QStringLiteral("summary"), summaryOf(field, value)}};
                // A template's review, for the definitions kept: its status (the event) and why.
                if (field == u"message_template_status_update")
                    event.insert(QStringLiteral("template_status"),
                                 QJsonObject{{QStringLiteral("id"), text(value, "message_template_id")},
                                             {QStringLiteral("name"), text(value, "message_template_name")},
                                             {QStringLiteral("language"), text(value, "message_template_language")},
                                             {QStringLiteral("status"), text(value, "event")},
                                             {QStringLiteral("reason"), text(value, "reason")}});
                out.append(event);
                // Errors beside it (a call that could not connect, for one).
                const QJsonArray errors = value.value(QStringLiteral("errors")).toArray();
                for (const QJsonValue &error : errors)
                    out.append({{QStringLiteral("event"), QStringLiteral("error")},
                                {QStringLiteral("summary"), errorText(error.toObject())}});
                continue;
            }
            // A delivery's own errors (value.errors), and those of messages Meta could not read (an
            // unsupported type, each message's errors).
            QJsonArray errors = value.value(QStringLiteral("errors")).toArray();
            const QJsonArray messages = value.value(QStringLiteral("messages")).toArray();
            for (const QJsonValue &message : messages) {
                const QJsonArray own = message.toObject().value(QStringLiteral("errors")).toArray();
                for (const QJsonValue &error : own)
                    errors.append(error);
            }
            for (const QJsonValue &error : errors)
                out.append({{QStringLiteral("event"), QStringLiteral("error")},
                            {QStringLiteral("summary"), errorText(error.toObject())}});
        }
    }
    return out;
}
