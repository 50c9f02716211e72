// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <cstdint>

namespace jikenbo {

// Writes pages of fictional incident notices in the blog's page format, for tests and
// benchmarks (10k to 1M notices). The same seed gives the same pages.
class SyntheticCorpus
{
public:
    struct Options
    {
        int notices = 10000;
        int perFile = 1000;
        uint64_t seed = 1;
        int firstYear = 2022;
        int otherPostEvery = 25; // one non-incident post per N notices (0: none)
        // Longer, more varied bodies: sentences drawn from a vocabulary of a few hundred words
        // with a long tail (a few words in most notices, most words in few), product names,
        // numbers and spelling variants (サーバ/サーバー, 漏えい/漏洩), so that a search
        // benchmark sees realistic posting lists. Off: the pages are as they always were.
        bool variedText = false;
    };
    // Writes page-00001.txt, page-00002.txt, ... into `dir`; returns the bytes written.
    static Result<qint64> write(const QString &dir, const Options &options);
    // One page as text: notices [first, first + count) of the corpus.
    static QString page(const Options &options, int first, int count);
};

} // namespace jikenbo
