// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// Meta's Cloud API and webhook error codes in plain words, from its published table. Every provider passes
// Meta's codes through for what WhatsApp itself refused.
namespace MetaCodes {

QString describe(const QString &code);
// Every code the table has.
QStringList codes();

} // namespace MetaCodes
