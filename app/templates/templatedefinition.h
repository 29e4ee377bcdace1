// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/issue.h"

#include <QJsonObject>

// A template definition as the editor checks it: Meta's rules for writing one (TemplateLint), and its shape
// against resources/schemas/template_definition.schema.json (the schema the editor's form is made from).
namespace TemplateDefinition {

// The schema's id in the SchemaRegistry.
inline QString schemaId()
{
    return QStringLiteral("template_definition");
}

// `definition` with its words in the case the schema lists them (Meta takes "BODY" and "body" alike, and
// answers with upper case): category, parameter_format, each component's type and format, each button's
// type and otp_type.
QJsonObject normalised(const QJsonObject &definition);

// `definition` without what a provider says of one it holds (its id, status, why it was rejected, its
// quality): what a create takes, and what a local copy keeps.
QJsonObject withoutProviderState(QJsonObject definition);

// The rules' issues, then the schema's at places the rules said nothing about.
Issues check(const QJsonObject &definition);

} // namespace TemplateDefinition
