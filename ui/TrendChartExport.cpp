// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChartExport.h"

#include "TrendChartBuilder.h"
#include "UnknownSizeStrip.h"
#include "core/Format.h"
#include "core/OutputFile.h"

#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace jikenbo {

void TrendChartExport::paint(QPainter &painter, const QRect &rect, const Picture &picture)
{
    const TrendData &d = picture.data;
    const TrendChartStyle &s = picture.style;
    const QFontMetrics fm(painter.font());
    const int noteHeight = fm.height() + 12;
    const bool people = s.metric == TrendModel::Metric::People;
    const int stripHeight = people ? std::max(fm.height() * 6, rect.height() / 6) : 0;
    const QSizeF chartSize(rect.width(), rect.height() - noteHeight - stripHeight);

    QGraphicsScene scene;
    QChart *chart = TrendChartBuilder::mainChart(d, s);
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), chartSize));
    chart->layout()->activate();
    TrendChartBuilder::fitPeriodLabels(chart, d);
    chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), chartSize));
    painter.fillRect(rect, Qt::white);
    scene.render(&painter, QRectF(rect.topLeft(), chartSize), scene.sceneRect());
    if (people) {
        const QRectF pa = chart->plotArea();
        UnknownSizeStrip::paint(
            painter,
            QRectF(rect.left(), rect.top() + chartSize.height(), rect.width(), stripHeight),
            picture.unknownSize, rect.left() + pa.left(), pa.width());
    }

    QString note = tr("%1 incidents").arg(format::number(d.total));
    note +=
        u" · "_s +
        (d.noDate > 0 ? tr("no date: %1 incidents, not in the chart").arg(format::number(d.noDate))
                      : tr("every incident has a date"));
    if (s.metric == TrendModel::Metric::DisclosureDays)
        note += u" · "_s + tr("%1 with both dates (discovered, announced) in the boxes")
                               .arg(format::number(d.withDays));
    else if (d.options.by == TrendBy::DataKind)
        note += u" · "_s + tr("an incident is in each kind of data it leaked");
    note += u" · "_s + tr("Jikenbo");
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(
        QRect(rect.left() + 8, rect.bottom() - noteHeight, rect.width() - 16, noteHeight),
        Qt::AlignLeft | Qt::AlignVCenter, note);
}

QImage TrendChartExport::render(const Picture &picture, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRect(QPoint(0, 0), size), picture);
    p.end();
    return image;
}

Status TrendChartExport::save(const Picture &picture, const QString &path, const QSize &size,
                              const QString &databasePath)
{
    OutputFile file(path);
    file.protectDatabase(databasePath);
    file.setBinary(QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) != 0);
    if (const Status o = file.open(); !o.ok())
        return o;
    if (QFileInfo(path).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(picture.title);
        svg.setDescription(tr("Exported by Jikenbo"));
        QPainter p;
        if (!p.begin(&svg))
            return Status::failure(tr("%1: cannot write the SVG drawing").arg(path));
        paint(p, QRect(QPoint(0, 0), size), picture);
        p.end();
    } else if (!render(picture, size).save(file.device(), "PNG")) {
        const QString why = file.writeError();
        file.discard();
        return Status::failure(why.isEmpty() ? tr("%1: cannot write the PNG image").arg(path)
                                             : why);
    }
    return file.commit();
}

} // namespace jikenbo
