// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace valijson {
class Schema;
}

// The message schemas of resources/schemas: their JSON for the form and their compiled
// form for the validator. Read-only after loading; owned by whoever validates.
class SchemaRegistry
{
public:
    SchemaRegistry();
    ~SchemaRegistry();
    SchemaRegistry(const SchemaRegistry &) = delete;
    SchemaRegistry &operator=(const SchemaRegistry &) = delete;

    // The process-wide registry; schemas never change while the app runs.
    static SchemaRegistry &shared();

    // Every schema file's JSON, by file name.
    const QHash<QString, QJsonObject> &documents() const { return m_documents; }
    // A schema file's JSON, by file name ("text.schema.json"); empty when there is none.
    QJsonObject document(const QString &fileName) const;
    QJsonObject kindSchema(const QString &kindId) const;
    // The compiled schema of a kind, built on first use; nullptr for an unknown kind. valijson matches a
    // "pattern" with std::regex, which recurses once for each character a repetition takes, so every
    // pattern bounds its repetitions ("{1,35}", never "+" or "*"): no text can exhaust the stack.
    const valijson::Schema *compiled(const QString &kindId);

    // The schema node describing the value at `pointer` inside `instance` (a message of `kindId`),
    // with $refs resolved and the conditional branches that apply to `instance` merged in.
    QJsonObject nodeAt(const QString &kindId, const QJsonValue &instance, const QString &pointer) const;
    // The node for `value` under `node` at `token` (a property name or an array index), or an
    // empty object when the schema says nothing about it.
    QJsonObject childNode(const QJsonObject &node, const QJsonValue &value, const QString &token) const;
    // A kind's root node for `instance`.
    QJsonObject rootNode(const QString &kindId, const QJsonValue &instance) const;
    // Follows a node's $ref (across schema files) until it has none.
    QJsonObject resolve(const QJsonObject &node) const;

    // `node` for this `instance`: $refs resolved and the conditional branches that apply merged in.
    QJsonObject specialise(const QJsonObject &node, const QJsonValue &instance) const;

private:
    QHash<QString, QJsonObject> m_documents;
    QHash<QString, std::shared_ptr<valijson::Schema>> m_compiled;
};
