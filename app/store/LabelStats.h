// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace jikenbo {

class Database;
class Taxonomy;

// Every label the database knows: those on incidents, with their counts, and the blog's label
// set that syncs recorded from the feed's own <category> list (a label on no stored incident
// counts 0). Each with what the taxonomy makes of it, so that an unknown インシデント: label is
// seen and its alias can be added.
struct LabelStat
{
    QString label;
    int incidents = 0;
    QString cause;       // the cause key it maps to; empty when none
    QString mapping;     // "cause", "unmapped" or "not_a_cause"
    bool onBlog = false; // in the label list of a synced feed
};

class LabelStats
{
public:
    // Most incidents first, then by label.
    static Result<QList<LabelStat>> compute(Database &db, const Taxonomy &taxonomy);
    static QJsonObject toJson(const QList<LabelStat> &stats);
};

} // namespace jikenbo
