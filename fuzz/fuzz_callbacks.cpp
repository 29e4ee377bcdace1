// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: every provider's callback reader (and its signature check) over whatever a peer could post.
#include "message/jsondocument.h"
#include "net/httpserver.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpServerRequest request;
    request.method = "POST";
    request.body = bytes;
    // The first line, if any, doubles as a signature header, so that the checks see hostile values too.
    const QByteArray header = bytes.left(bytes.indexOf('\n'));
    request.headers = {
        {"telnyx-signature-ed25519", header}, {"telnyx-timestamp", "1700000000"}, {"X-Hub-Signature-256", header}};
    const JsonParseResult parsed = JsonDocument::parse(bytes);
    for (const Provider *provider : Providers::all()) {
        QString why;
        QByteArray replay;
        provider->verifyCallback(request, "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=", 1700000000,
                                 &why, &replay);
        if (parsed.ok() && parsed.document.isObject()) {
            provider->recogniseCallback(parsed.document.object());
            for (const CallbackEvent &event : provider->parseCallback(parsed.document.object()))
                provider->describeCode(event.errorCode);
        }
    }
    return 0;
}
