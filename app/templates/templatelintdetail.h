// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the template rules are put together. Not part of their interface.

#include "message/issue.h"
#include "message/jsonpointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// The rules' words, in one catalogue context.
struct TemplateText
{
    Q_DECLARE_TR_FUNCTIONS(TemplateLint)
};

namespace TemplateLintDetail {

// What every rule of one definition needs to know.
struct Context
{
    QString category;   // MARKETING, UTILITY, AUTHENTICATION (upper case), or "" when not given
    bool named = false; // parameter_format NAMED
    Issues issues;

    void error(const QString &pointer, const QString &message) { issues.append(Issue::error(pointer, message)); }
    void warning(const QString &pointer, const QString &message) { issues.append(Issue::warning(pointer, message)); }
};

QString upper(const QJsonValue &value);
// `text` at `pointer` is at most `limit` characters (Meta counts code points).
void checkLength(Context &context, const QString &text, const QString &pointer, qsizetype limit, const QString &what);
// The variables of `text` (at `pointer`) and their examples in `example` (the component's "example" object,
// at `examplePointer`): well formed, of the template's parameter format, numbered from 1 without a gap, not
// at the start or end, at most `most` of them (-1: any), each with an example. `positionalKey` and
// `namedKey` name the example's arrays ("body_text", "body_text_named_params").
void checkVariables(Context &context, const QString &text, const QString &pointer, const QJsonObject &component,
                    const QString &componentPointer, int most, const QString &positionalKey, const QString &namedKey);

// The buttons component, the limited-time offer and the carousel (templatelintparts.cpp).
void checkButtons(Context &context, const QJsonObject &component, const QString &pointer, bool inCard);
void checkLimitedTimeOffer(Context &context, const QJsonArray &components, qsizetype index);
void checkCarousel(Context &context, const QJsonObject &component, const QString &pointer);
// A header component (also a card's): its format, text or media example.
void checkHeader(Context &context, const QJsonObject &component, const QString &pointer, bool inCard);

} // namespace TemplateLintDetail
