// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

// A template send made from a definition ("Use template"), and what each of a send's values stands for in its
// definition, for the form that fills them.
namespace TemplateUse {

enum class Values
{
    Examples, // the definition's examples: the message the reviewers read
    Empty     // empty values to fill in
};

// A template message (type, template: name, language, components) that gives `definition` everything it takes:
// a parameter per variable of the header and body (named where the definition names them), the header's
// media or location, a parameter per button whose content is the send's (a URL's end, a code, an
// authentication code, a multi-product message's sections), the offer's expiration (`now` plus a day) and
// every carousel card's parameters. With Examples, TemplateMatch finds nothing in it to refuse.
QJsonObject message(const QJsonObject &definition, Values values,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

// What a value of a send stands for: a title for its field ("{{1}}", "{{first_name}}", "Button 2's URL end")
// and the definition's example of it.
struct Hint
{
    QString title;
    QString example;
};
// The hints of a template send's values against its definition, by pointer inside the message
// ("/template/components/1/parameters/0/text"); a parameter's item has one too (its title).
QHash<QString, Hint> hints(const QJsonObject &message, const QJsonObject &definition);

} // namespace TemplateUse
