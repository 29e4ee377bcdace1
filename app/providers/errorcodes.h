// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The providers' status and error codes in plain words, from their published tables.
namespace ErrorCodes {

QString exotel(const QString &code);  // exo_status_code 30001-30041 (and 25001)
QString meta(const QString &code);    // Cloud API / webhook error codes
QString telnyx(const QString &code);  // Telnyx error codes
QString kaleyra(const QString &code); // WA202, WA400, RBC001, ...

} // namespace ErrorCodes
