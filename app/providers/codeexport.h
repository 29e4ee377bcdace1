// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

// A request as code to copy: cURL, Python (requests) and Node (fetch). Secrets become environment
// variables (EXOTEL_API_TOKEN, ...), never their values.
namespace CodeExport {

QString curl(const HttpRequest &request);
QString python(const HttpRequest &request);
QString node(const HttpRequest &request);

} // namespace CodeExport
