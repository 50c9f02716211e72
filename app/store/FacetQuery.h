// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FacetCounts.h"
#include "core/Result.h"
#include "store/TextIds.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

struct sqlite3_stmt;

namespace jikenbo {

class Database;
class MatchSet;

// How many times each of a few short texts (a facet's values) was seen.
class TextCounts
{
public:
    void add(QByteArrayView text, qint64 n = 1);
    void merge(const TextCounts &other);
    template<typename F> void forEach(F f) const
    {
        for (qsizetype k = 0; k < m_counts.size(); ++k)
            f(m_ids.texts()[k], m_counts[k]);
    }

private:
    TextIds m_ids;
    QList<qint64> m_counts; // by id
};

// The facet values of incidents as their rows are read (cause, sector, year, the list of data
// kinds, the contractor flag), and the sidebar's counts made from them.
struct FacetTally
{
    TextCounts causes, sectors;
    QHash<qint64, qint64> years;
    TextCounts kindSets; // "name,address" -> incidents; split once at the end
    qint64 contractor = 0;

    // One incident of `year` from a statement's columns: cause, sector, the contractor flag and
    // the data kinds, from column `first` on.
    void add(sqlite3_stmt *stmt, int first, qint64 year);
    void merge(const FacetTally &other);
    // Most matches first, then by value (as ORDER BY count DESC, value would).
    FacetCounts counts() const;
};

// The facet counts of a set of incidents from one pass over the covering index
// incidents_trend_cause, which holds every column they need: each entry's id is tested against
// the set, so the pass costs the same for any query. Meant for sets of more than a few percent
// of the notices; for fewer, reading each match's row is cheaper.
class FacetQuery
{
public:
    // `matches`: the incidents counted, every incident when null. With `helper`, a second
    // connection to the same file (not in use meanwhile), the index is read in parts by date
    // (announcedOnParts), each by whichever connection is free, the helper on a thread of its
    // own; when anything was written meanwhile, the pass is redone by `db` alone.
    // `cancelled` is asked every few thousand incidents counted: a pass it stops fails with no
    // message.
    static Result<FacetCounts> count(Database &db, std::shared_ptr<const MatchSet> matches,
                                     Database *helper = nullptr,
                                     const std::function<bool()> &cancelled = {});
};

} // namespace jikenbo
