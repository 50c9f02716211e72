// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

namespace jikenbo {

// The band under the people-affected chart: per period, the incidents whose notice states no
// number of people, as grey hatched bars lined up with the chart's bars. Drawn here rather
// than as a second chart so that it lines up exactly, on screen and in exports.
class UnknownSizeStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit UnknownSizeStrip(QWidget *parent = nullptr);

    void setCounts(const QList<qint64> &counts, const QStringList &periods);
    // The horizontal extent of the chart's plot area, in this widget's coordinates.
    void setPlotSpan(qreal left, qreal width);
    const QList<qint64> &counts() const { return m_counts; }
    // The period under an x position, or -1.
    int periodAt(qreal x) const;

    // Paints a strip into `rect` with bars between `left` and `left + width` (export too).
    static void paint(QPainter &painter, const QRectF &rect, const QList<qint64> &counts,
                      qreal left, qreal width);
    static QString title();

    QSize sizeHint() const override;

Q_SIGNALS:
    void periodClicked(int period);

protected:
    void paintEvent(QPaintEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void leaveEvent(QEvent *e) override;

private:
    QList<qint64> m_counts;
    QStringList m_periods;
    qreal m_left = 0;
    qreal m_width = 0;
};

} // namespace jikenbo
