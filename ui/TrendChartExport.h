// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TrendChartBuilder.h"
#include "core/Result.h"
#include "core/TrendData.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QPainter;
class QRect;

namespace jikenbo {

// The trend chart as a picture for export: the chart, the strip of incidents of unknown size
// (people affected) and a line of totals, drawn into any painter, an image, or a PNG or SVG file.
class TrendChartExport
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartExport)

public:
    struct Picture
    {
        TrendData data;
        TrendChartStyle style;
        QList<qint64> unknownSize; // per period: incidents without a count of people
        QString title;
    };

    static void paint(QPainter &painter, const QRect &rect, const Picture &picture);
    static QImage render(const Picture &picture, const QSize &size);
    // PNG or SVG by the file's suffix; never over `databasePath`.
    static Status save(const Picture &picture, const QString &path, const QSize &size,
                       const QString &databasePath);
};

} // namespace jikenbo
