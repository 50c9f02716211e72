// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace jikenbo {

struct FacetValue
{
    QString value; // key (cause, sector, data kind), year, or "contractor"
    qint64 count = 0;
};

// Counts of the current query's matches per cause, sector, year, kind of data leaked and
// contractor (facet sidebar).
struct FacetCounts
{
    QList<FacetValue> causes;
    QList<FacetValue> sectors;
    QList<FacetValue> years;
    QList<FacetValue> dataKinds;  // matches that leaked each kind, most first
    QList<FacetValue> contractor; // {"contractor", n} when n > 0
};

} // namespace jikenbo

Q_DECLARE_METATYPE(jikenbo::FacetCounts)
