// SPDX-License-Identifier: GPL-3.0-or-later
// The date, count and organisation extractors on arbitrary text.
#include "core/TextUtil.h"
#include "ingest/CountExtractor.h"
#include "ingest/DateExtractor.h"
#include "ingest/OrganizationExtractor.h"
#include "ingest/PostParser.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const jikenbo::FoundDate &d : jikenbo::DateExtractor::findAll(text)) {
        if (!d.date.isValid() || d.position < 0 || d.position + d.length > text.size())
            __builtin_trap();
    }
    qsizetype start = -1;
    const QDate t = jikenbo::DateExtractor::trailingDate(text, &start);
    if (t.isValid() && (start < 0 || start > text.size()))
        __builtin_trap();
    const QString n = jikenbo::text::nfkc(text);
    for (const jikenbo::CountMention &m : jikenbo::CountExtractor::findAll(n)) {
        if (m.value < 0 || m.position < 0 || m.position + m.length > n.size())
            __builtin_trap();
    }
    const qsizetype half = n.size() / 2;
    const jikenbo::AffectedAnalysis a =
        jikenbo::CountExtractor::analyze(QStringView(n).first(half), QStringView(n).sliced(half));
    int chosen = 0;
    for (const jikenbo::AffectedCandidate &c : a.candidates) {
        chosen += c.chosen ? 1 : 0;
        if (c.value < 0 || c.kind.isEmpty())
            __builtin_trap();
    }
    if (a.candidates.size() > jikenbo::CountExtractor::MaxCandidates || chosen > 1 ||
        (a.chosen && chosen != 1))
        __builtin_trap();
    (void)jikenbo::PostParser::bodyRefersToEarlierNotice(text);
    (void)jikenbo::OrganizationExtractor::extract(
        text, QStringView(text).first(std::min<qsizetype>(text.size(), 12)), text);
    jikenbo::ParsedPost post;
    (void)jikenbo::PostParser::parseMarker(text, post);
    (void)jikenbo::PostParser::isFollowUpTitle(text);
    return 0;
}
