// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message/draft.h"
#include "message/jsondocument.h"

#include <optional>

// Any JSON a person hands the composer (a draft file, a provider's request body, a bare message,
// pasted or dropped) as one draft, or why it cannot be one, with line and column when it is not JSON.
struct DraftImport
{
    std::optional<Draft> draft;
    QString error; // set when there is no draft
    QString note;  // something the person should know, e.g. "the body held 3 different messages; the first is open"
    bool messageOnly = false; // a bare message object: who it goes to, and how, is not in it

    static DraftImport fromJson(const QByteArray &bytes);
    static DraftImport fromFile(const QString &path);

private:
    static DraftImport fromParsed(const JsonParseResult &parsed);
};
