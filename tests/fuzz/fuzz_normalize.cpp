// SPDX-License-Identifier: GPL-3.0-or-later
// The search normaliser and tokenizer on arbitrary bytes, as FTS5 hands them over (UTF-8,
// possibly invalid): offsets must stay inside the input and be ordered.
#include "search/JapaneseTokenizer.h"
#include "search/SearchNormalizer.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    std::vector<jikenbo::NormChar> chars;
    jikenbo::SearchNormalizer::instance().normalizeUtf8(reinterpret_cast<const char *>(data), int(size), chars);
    for (const jikenbo::NormChar &c : chars) {
        if (c.srcBegin < 0 || c.srcEnd > int(size) || c.srcBegin > c.srcEnd)
            __builtin_trap();
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)jikenbo::JapaneseTokenizer::queryTokens(text);
    const qsizetype half = text.size() / 2;
    for (const auto &s : jikenbo::JapaneseTokenizer::findMatches(text, QStringView(text).sliced(half))) {
        if (s.begin < 0 || s.end > text.size() || s.begin > s.end)
            __builtin_trap();
    }
    return 0;
}
