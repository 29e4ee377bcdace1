// SPDX-License-Identifier: GPL-3.0-or-later
#include "formhints.h"

#include "message/jsonpointer.h"
#include "templates/templatelibrary.h"
#include "templates/templateuse.h"

#include <QCoreApplication>
#include <QJsonArray>

using JsonPointer::append;

namespace {

QJsonObject titled(const QString &title)
{
    return {{QStringLiteral("title"), title}};
}

// The examples of one list of components (a definition's, or a card's).
void exampleTitles(const QJsonArray &components, const QString &at, QHash<QString, QJsonObject> &out)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QJsonObject component = components.at(i).toObject();
        const QString componentAt = append(at, i);
        const QString exampleAt = append(componentAt, QStringLiteral("example"));
        const QJsonObject example = component.value(QStringLiteral("example")).toObject();
        const QJsonArray header = example.value(QStringLiteral("header_text")).toArray();
        for (qsizetype k = 0; k < header.size(); ++k)
            out.insert(append(append(exampleAt, QStringLiteral("header_text")), k),
                       titled(QStringLiteral("{{%1}}").arg(k + 1)));
        const QJsonArray sets = example.value(QStringLiteral("body_text")).toArray();
        for (qsizetype s = 0; s < sets.size(); ++s) {
            const QJsonArray values = sets.at(s).toArray();
            for (qsizetype k = 0; k < values.size(); ++k)
                out.insert(append(append(append(exampleAt, QStringLiteral("body_text")), s), k),
                           titled(QStringLiteral("{{%1}}").arg(k + 1)));
        }
        const QJsonArray cards = component.value(QStringLiteral("cards")).toArray();
        for (qsizetype c = 0; c < cards.size(); ++c)
            exampleTitles(cards.at(c).toObject().value(QStringLiteral("components")).toArray(),
                          append(append(append(componentAt, QStringLiteral("cards")), c), QStringLiteral("components")),
                          out);
    }
}

} // namespace

namespace FormHints {

Hints templateSends(const TemplateLibrary *templates)
{
    return [templates](const QJsonObject &message) {
        QHash<QString, QJsonObject> out;
        if (!templates || message.value(QStringLiteral("type")).toString() != u"template")
            return out;
        const QJsonObject sent = message.value(QStringLiteral("template")).toObject();
        const QJsonObject *definition =
            templates->find(sent.value(QStringLiteral("name")).toString(),
                            sent.value(QStringLiteral("language")).toObject().value(QStringLiteral("code")).toString());
        if (!definition)
            return out;
        const QHash<QString, TemplateUse::Hint> hints = TemplateUse::hints(message, *definition);
        for (auto it = hints.cbegin(); it != hints.cend(); ++it) {
            QJsonObject node = titled(it->title);
            if (!it->example.isEmpty())
                node.insert(QStringLiteral("x-placeholder"), it->example);
            out.insert(it.key(), node);
        }
        return out;
    };
}

Hints templateDefinitions()
{
    return [](const QJsonObject &definition) {
        QHash<QString, QJsonObject> out;
        exampleTitles(definition.value(QStringLiteral("components")).toArray(), QStringLiteral("/components"), out);
        return out;
    };
}

} // namespace FormHints
