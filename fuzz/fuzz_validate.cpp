// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the validator over whatever imports, every provider's rules included.
#include "message/jsondocument.h"
#include "providers/payload.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QJsonArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const JsonParseResult parsed =
        JsonDocument::parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!parsed.ok())
        return 0;
    const QJsonValue root =
        parsed.document.isArray() ? QJsonValue(parsed.document.array()) : QJsonValue(parsed.document.object());
    QString error;
    if (const std::optional<Payload::Requests> requests = Payload::importRequests(root, QString(), &error)) {
        Payload::validate(*requests);
        for (const Draft &draft : Payload::drafts(*requests)) {
            for (const Provider *provider : Providers::all()) {
                if (provider->unsupportedReason(draft.message).isEmpty())
                    provider->build(Payload::addressed(draft), Account{});
            }
        }
    }
    return 0;
}
