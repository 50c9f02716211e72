// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding, page splitting, post parsing and extraction on arbitrary bytes.
#include "ingest/SourceReader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto r = jikenbo::SourceReader::readBytes(bytes);
    if (r.ok()) {
        for (const jikenbo::ParsedPost &p : r->page.incidents) {
            // Invariants every parsed post keeps.
            if (p.caseId.isEmpty() || p.title.isEmpty() || p.line < 1)
                __builtin_trap();
            if (p.affected && p.affected->value < 0)
                __builtin_trap();
        }
    } else if (r.error().isEmpty() || r.error().contains(u'\n')) {
        __builtin_trap(); // every failure is a one-line message
    }
    return 0;
}
