// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <functional>

class TemplateLibrary;

// What a form's fields say beyond their schema, by pointer inside the document: node keys ("title",
// "x-placeholder") that override the schema's there.
namespace FormHints {

using Hints = std::function<QHash<QString, QJsonObject>(const QJsonObject &document)>;

// A template message's values, titled with what they stand for in the definition `templates` holds of it
// ("{{first_name}} in the body") and its example as placeholder.
Hints templateSends(const TemplateLibrary *templates);
// A template definition's positional examples, titled with the variable each is for ("{{2}}").
Hints templateDefinitions();

} // namespace FormHints
