// SPDX-License-Identifier: GPL-3.0-or-later
#include "draft.h"

#include "jsondocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace {

// This file's messages, in the catalogue's "Draft" context (lupdate reads the macro).
struct DraftText
{
    Q_DECLARE_TR_FUNCTIONS(Draft)
};

const QStringList &knownKeys()
{
    static const QStringList keys = {Draft::formatKey(),        QStringLiteral("title"),  QStringLiteral("provider"),
                                     QStringLiteral("account"), QStringLiteral("sender"), QStringLiteral("recipients"),
                                     QStringLiteral("message"), QStringLiteral("options")};
    return keys;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

QJsonObject Draft::toJson() const
{
    QJsonObject object = unknown;
    object.insert(formatKey(), FormatVersion);
    if (!title.isEmpty())
        object.insert(QStringLiteral("title"), title);
    object.insert(QStringLiteral("provider"), provider);
    if (!account.isEmpty())
        object.insert(QStringLiteral("account"), account);
    object.insert(QStringLiteral("sender"), sender);
    object.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    object.insert(QStringLiteral("message"), message);
    if (!options.isEmpty())
        object.insert(QStringLiteral("options"), options);
    return object;
}

bool Draft::looksLikeDraft(const QJsonObject &object)
{
    return object.contains(formatKey());
}

std::optional<Draft> Draft::fromJson(const QJsonObject &object, QString *error)
{
    const QJsonValue version = object.value(formatKey());
    if (!version.isDouble()) {
        fail(error, DraftText::tr("/%1: not a Wabench draft (the format version is missing)").arg(formatKey()));
        return std::nullopt;
    }
    if (version.toInt() < 1 || version.toInt() > FormatVersion) {
        fail(error, DraftText::tr("/%1: format version %2 is not supported; this Wabench reads up to version %3")
                        .arg(formatKey())
                        .arg(version.toInt())
                        .arg(FormatVersion));
        return std::nullopt;
    }
    const auto stringAt = [&](const QString &key, QString *out) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isString())
            return fail(error, DraftText::tr("/%1: must be a string").arg(key));
        *out = value.toString();
        return true;
    };

    Draft draft;
    if (!stringAt(QStringLiteral("title"), &draft.title) || !stringAt(QStringLiteral("provider"), &draft.provider) ||
        !stringAt(QStringLiteral("account"), &draft.account) || !stringAt(QStringLiteral("sender"), &draft.sender))
        return std::nullopt;

    const QJsonValue recipients = object.value(QStringLiteral("recipients"));
    if (!recipients.isUndefined() && !recipients.isArray()) {
        fail(error, DraftText::tr("/recipients: must be an array of phone numbers"));
        return std::nullopt;
    }
    const QJsonArray list = recipients.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString()) {
            fail(error, DraftText::tr("/recipients/%1: must be a string").arg(i));
            return std::nullopt;
        }
        draft.recipients.append(list.at(i).toString());
    }
    for (const char *key : {"message", "options"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isObject()) {
            fail(error, DraftText::tr("/%1: must be an object").arg(QLatin1String(key)));
            return std::nullopt;
        }
    }
    draft.message = object.value(QStringLiteral("message")).toObject();
    draft.options = object.value(QStringLiteral("options")).toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            draft.unknown.insert(it.key(), it.value());
    }
    return draft;
}

namespace DraftFile {

std::optional<Draft> load(const QString &path, QString *error)
{
    const JsonParseResult parsed = JsonDocument::readFile(path);
    if (!parsed.ok()) {
        fail(error, parsed.error);
        return std::nullopt;
    }
    if (!parsed.document.isObject()) {
        fail(error, DraftText::tr("a draft is a JSON object"));
        return std::nullopt;
    }
    return Draft::fromJson(parsed.document.object(), error);
}

bool save(const Draft &draft, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, file.errorString());
    file.write(JsonDocument::pretty(QJsonDocument(draft.toJson())));
    if (!file.commit())
        return fail(error, file.errorString());
    return true;
}

} // namespace DraftFile
