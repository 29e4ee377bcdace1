// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "issue.h"

#include <QJsonObject>

struct Draft;
class TemplateLibrary;

// What a provider adds to the common rules: its own limits where they differ from Meta's.
class ProviderRules
{
public:
    virtual ~ProviderRules() = default;
    virtual void checkMessage(const QJsonObject &message, Issues &issues) const = 0;
    // Sender, recipients and options of a draft; pointers are relative to the draft file.
    virtual void checkDraft(const Draft &draft, Issues &issues) const;
    // Whether a recipient may be a business-scoped user id instead of a phone number (Meta's `recipient`).
    virtual bool takesBusinessScopedIds() const { return false; }
};

// The schema (through valijson) plus the rules a schema cannot state, in plain words.
namespace Validator {

// Issues of a Meta message object; pointers are relative to the message.
Issues validateMessage(const QJsonObject &message, const ProviderRules *rules = nullptr);
// Issues of a whole draft; pointers are relative to the draft file (/message/..., /recipients/0). With
// `templates`, a template message is also checked against its definition there, when it has one.
Issues validateDraft(const Draft &draft, const ProviderRules *rules = nullptr,
                     const TemplateLibrary *templates = nullptr);

} // namespace Validator
