// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: the strict JSON gate and the import of any provider's body, as a file or a paste reaches them.
// Whatever the bytes, no crash, no sanitizer finding, and what the gate accepts Qt reads.
#include "document/draftimport.h"
#include "message/jsondocument.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JsonParseResult parsed = JsonDocument::parse(bytes);
    if (parsed.ok() && parsed.document.isNull())
        __builtin_trap(); // accepted, yet nothing read
    if (!parsed.ok() && (parsed.line < 1 || parsed.column < 1) && size <= size_t(JsonDocument::MaxInputBytes))
        __builtin_trap(); // an error that does not say where
    JsonDocument::readValue(bytes);
    DraftImport::fromJson(bytes);
    return 0;
}
