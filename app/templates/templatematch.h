// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/issue.h"

#include <QJsonObject>

class TemplateLibrary;

// A template send checked against the definition of the same name and language, as Meta checks it when the
// send arrives: a template it has (132001), the parameters each part takes, counted (132000), of the kind
// and format the definition says (132012), each dynamic button at its index with its sub_type, the offer's
// expiration, the carousel's cards. Each mismatch is an error at its place in the message (/template/...),
// with the code Meta answers with; a send whose template the library does not hold is not checked.
namespace TemplateMatch {

Issues check(const QJsonObject &message, const TemplateLibrary &library);

} // namespace TemplateMatch
