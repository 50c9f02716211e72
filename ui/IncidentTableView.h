// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace jikenbo {

// Cells: missing values as a muted dash, a star before starred case ids, and a tooltip only
// where the text is cut off.
class IncidentCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

// The incident table: sorting by header click (in SQL), a header menu to show and hide
// columns, extended selection.
class IncidentTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit IncidentTableView(QWidget *parent = nullptr);
    void applyDefaultWidths();

Q_SIGNALS:
    void rowMenuRequested(const QPoint &globalPos);

private:
    void headerMenu(const QPoint &pos);
};

} // namespace jikenbo
