// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace jikenbo {

struct FacetValue
{
    QString value; // key (cause, sector) or year
    qint64 count = 0;
};

// Counts of the current query's matches per cause, sector and year (facet sidebar).
struct FacetCounts
{
    QList<FacetValue> causes;
    QList<FacetValue> sectors;
    QList<FacetValue> years;
};

} // namespace jikenbo

Q_DECLARE_METATYPE(jikenbo::FacetCounts)
