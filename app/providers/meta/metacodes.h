// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Meta's Cloud API and webhook error codes in plain words, from its published table. Every provider passes
// Meta's codes through for what WhatsApp itself refused.
namespace MetaCodes {

QString describe(const QString &code);

} // namespace MetaCodes
