// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "templates/templatematch.h"

#include "draft.h"
#include "jsonpointer.h"
#include "kinds.h"
#include "messagerules.h"
#include "phonenumbers.h"
#include "recipients.h"
#include "schemaerrors.h"
#include "schemaregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace {

// This file's messages, in the catalogue's "Validator" context (lupdate reads the macro).
struct ValidatorText
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

// The message's type and interactive type come first: without them no schema applies.
bool checkKind(const QJsonObject &message, Issues &issues)
{
    if (message.isEmpty()) {
        issues.append(Issue::error(QString(), ValidatorText::tr("The message is empty; choose a message kind")));
        return false;
    }
    const QJsonValue type = message.value(QStringLiteral("type"));
    const QStringList types = Kinds::messageTypes();
    if (type.isUndefined())
        return true; // a text message, as Meta reads it (Kinds::typeOf)
    if (!type.isString()) {
        issues.append(Issue::error(
            QString(), ValidatorText::tr("The message has no type; it must be one of %1").arg(types.join(u", "))));
        return false;
    }
    if (!types.contains(type.toString())) {
        issues.append(Issue::error(
            QStringLiteral("/type"),
            type.toString().isEmpty()
                ? ValidatorText::tr("The message type is empty; it must be one of %1").arg(types.join(u", "))
                : ValidatorText::tr("Message type \"%1\" is unknown; it must be one of %2")
                      .arg(type.toString(), types.join(u", "))));
        return false;
    }
    if (type.toString() != u"interactive")
        return true;
    const QJsonValue interactive = message.value(QStringLiteral("interactive"));
    if (!interactive.isObject()) {
        issues.append(
            Issue::error(QString(), ValidatorText::tr("An interactive message needs an \"interactive\" object")));
        return false;
    }
    const QJsonValue subtype = interactive.toObject().value(QStringLiteral("type"));
    const QStringList subtypes = Kinds::interactiveTypes();
    if (!subtypes.contains(subtype.toString())) {
        const QString what = subtype.toString().isEmpty()
                                 ? (subtype.isString() ? ValidatorText::tr("The interactive type is empty")
                                                       : ValidatorText::tr("The interactive message has no type"))
                                 : ValidatorText::tr("Interactive type \"%1\" is unknown").arg(subtype.toString());
        issues.append(
            Issue::error(subtype.isUndefined() ? QStringLiteral("/interactive") : QStringLiteral("/interactive/type"),
                         what + ValidatorText::tr("; it must be one of %1").arg(subtypes.join(u", "))));
        return false;
    }
    return true;
}

// In a template, the types and sub-types of components, parameters and buttons as Meta takes them: in any
// case ("BODY", "COPY_CODE" in Meta's own examples and production SDKs), read as lower case.
bool hasUpperCaseTypes(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), [](const QJsonValue &each) { return hasUpperCaseTypes(each); });
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if ((it.key() == u"type" || it.key() == u"sub_type") && it.value().isString()) {
            const QString text = it.value().toString();
            if (text != text.toLower())
                return true;
        } else if ((it.value().isObject() || it.value().isArray()) && hasUpperCaseTypes(it.value())) {
            return true;
        }
    }
    return false;
}

QJsonValue lowerCaseTypes(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (QJsonValueRef each : array)
            each = lowerCaseTypes(each);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if ((it.key() == u"type" || it.key() == u"sub_type") && it.value().isString())
            it.value() = it.value().toString().toLower();
        else if (it.value().isObject() || it.value().isArray())
            it.value() = lowerCaseTypes(it.value());
    }
    return object;
}

// The message as Meta reads it, for the schema and the rules (the draft itself keeps what the sender wrote):
// without "type" it is text (Kinds::typeOf), and a template's types are read in lower case.
QJsonObject asMetaReadsIt(const QJsonObject &message)
{
    QJsonObject read = message;
    if (!read.contains(QStringLiteral("type")))
        read.insert(QStringLiteral("type"), Kinds::typeOf(message));
    const QJsonValue templateObject = read.value(QStringLiteral("template"));
    if (read.value(QStringLiteral("type")).toString() == u"template" && hasUpperCaseTypes(templateObject))
        read.insert(QStringLiteral("template"), lowerCaseTypes(templateObject));
    return read;
}

} // namespace

void ProviderRules::checkDraft(const Draft &, Issues &) const {}

namespace Validator {

Issues validateMessage(const QJsonObject &message, const ProviderRules *rules)
{
    Issues issues;
    if (!checkKind(message, issues))
        return issues;
    const QString kind = Kinds::of(message);
    const QJsonObject read = asMetaReadsIt(message);
    // Arrays past their limit are said once and checked up to it: the checks below stay linear in what
    // could be sent, whatever was pasted.
    const QJsonObject checked = SchemaErrors::bounded(SchemaRegistry::shared(), kind, read, &issues);
    IssueList::appendUnique(issues, SchemaErrors::validate(SchemaRegistry::shared(), kind, checked));
    IssueList::appendUnique(issues, SchemaErrors::unknownFields(SchemaRegistry::shared(), kind, checked));
    // The rules over the whole message (totals across sections, for one), each linear in its size.
    Issues extra;
    MessageRules::check(read, kind, extra);
    if (rules)
        rules->checkMessage(read, extra);
    IssueList::appendUnique(issues, extra);
    // An error says all there is to say about its field: warnings at the same place go.
    QSet<QString> errors;
    for (const Issue &issue : std::as_const(issues)) {
        if (issue.isError())
            errors.insert(issue.pointer);
    }
    issues.removeIf([&](const Issue &issue) { return !issue.isError() && errors.contains(issue.pointer); });
    return issues;
}

Issues validateDraft(const Draft &draft, const ProviderRules *rules, const TemplateLibrary *templates)
{
    Issues issues = IssueList::prefixed(validateMessage(draft.message, rules), QStringLiteral("/message"));
    if (templates)
        issues += IssueList::prefixed(TemplateMatch::check(draft.message, *templates), QStringLiteral("/message"));
    if (draft.recipients.isEmpty())
        issues.append(Issue::error(QStringLiteral("/recipients"), ValidatorText::tr("Add at least one recipient")));
    QSet<QString> seen;
    for (qsizetype i = 0; i < draft.recipients.size(); ++i) {
        if (Recipients::isBusinessScopedId(draft.recipients.at(i))) {
            if (rules && !rules->takesBusinessScopedIds()) {
                issues.append(Issue::error(JsonPointer::append(QStringLiteral("/recipients"), i),
                                           ValidatorText::tr("Recipient %1 is a business-scoped user id; this provider "
                                                             "takes phone numbers only")
                                               .arg(draft.recipients.at(i))));
            } else if (MessageRules::looksLikeAuthentication(draft.message)) {
                // Meta, Business-scoped user IDs: one-tap, zero-tap and copy-code authentication templates go
                // to phone numbers only; sent to an id, they fail with 131062.
                issues.append(Issue::warning(
                    JsonPointer::append(QStringLiteral("/recipients"), i),
                    ValidatorText::tr("Recipient %1 is a business-scoped user id, and this reads as an authentication "
                                      "template (the same code in its body and its button): Meta sends "
                                      "authentication templates to phone numbers only (error 131062)")
                        .arg(draft.recipients.at(i))));
            }
        } else if (auto issue = PhoneNumbers::check(draft.recipients.at(i), ValidatorText::tr("Recipient"))) {
            issues.append(issue->at(JsonPointer::append(QStringLiteral("/recipients"), i)));
        }
        if (seen.contains(draft.recipients.at(i))) {
            issues.append(
                Issue::warning(JsonPointer::append(QStringLiteral("/recipients"), i),
                               ValidatorText::tr("Recipient %1 is listed twice; it would get the message twice")
                                   .arg(draft.recipients.at(i))));
        }
        seen.insert(draft.recipients.at(i));
    }
    if (!draft.sender.isEmpty()) {
        if (auto issue = PhoneNumbers::check(draft.sender, ValidatorText::tr("Sender")))
            issues.append(issue->at(QStringLiteral("/sender")));
    }
    // The URLs a provider will call back (Exotel's status_callback, Telnyx's webhook URLs).
    for (const QString &key :
         {QStringLiteral("status_callback"), QStringLiteral("webhook_url"), QStringLiteral("webhook_failover_url")}) {
        const QJsonValue url = draft.options.value(key);
        if (!url.isString())
            continue;
        if (const QString problem = MessageRules::urlProblem(url.toString(), ValidatorText::tr("The callback URL"));
            !problem.isEmpty())
            issues.append(Issue::error(JsonPointer::append(QStringLiteral("/options"), key), problem));
    }
    if (rules)
        rules->checkDraft(draft, issues);
    return issues;
}

} // namespace Validator
