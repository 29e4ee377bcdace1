// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/issue.h"

#include <QJsonObject>

// Meta's rules for writing a template: the object the WhatsApp Business Management API takes and returns
// (name, language, category, parameter_format, components). Each finding is at the field it is about, as
// the validator reports a message's, and each rule names the page of Meta's that states it.
namespace TemplateLint {

Issues check(const QJsonObject &definition);

} // namespace TemplateLint
