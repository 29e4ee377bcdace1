// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issue.h"

#include <QJsonObject>

// The rules of Meta's message object that a JSON Schema cannot state: totals across arrays,
// uniqueness, sums, choices between fields, dependencies between components.
namespace MessageRules {

void check(const QJsonObject &message, const QString &kindId, Issues &issues);

// Exactly one of `link` and `id` in a media object at `pointer`.
void checkMediaSource(const QJsonObject &media, const QString &pointer, const QString &label, Issues &issues);
// A latitude or longitude given as text or number: its form, and its range (-90..90, -180..180; Telnyx
// states them, and no map has a point past them).
void checkCoordinate(const QJsonValue &value, const QString &pointer, bool latitude, Issues &issues);
// A URL the provider will fetch or call (a media link, a status callback): an absolute http or https URL
// with a host. What is missing, or an empty string.
QString urlProblem(const QString &url, const QString &label);
// Every media "link" in the message, wherever it sits (media, headers, template parameters, cards).
void checkLinks(const QJsonValue &value, const QString &pointer, Issues &issues);
// Whether a template send reads as an authentication template's: the one-time code given twice, as the
// body's parameter and as its button's (Meta, "Authentication templates": the copy-code, one-tap and
// zero-tap buttons are sent as sub_type "url" carrying the code the body says). A send does not name its
// template's category; this is how one shows. Enum values in either case, as Meta takes them.
bool looksLikeAuthentication(const QJsonObject &message);

} // namespace MessageRules
