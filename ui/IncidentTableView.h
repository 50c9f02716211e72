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
// columns, extended selection, search snippets in the title tooltips.
class IncidentTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit IncidentTableView(QWidget *parent = nullptr);
    void applyDefaultWidths();

Q_SIGNALS:
    void rowMenuRequested(const QPoint &globalPos);

protected:
    // A tooltip that arrives late (the title's search snippet) is shown when the mouse is still
    // on its cell.
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    // Rows are selected whole: Home and End go to the first and the last row (not column).
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

private:
    void headerMenu(const QPoint &pos);
};

} // namespace jikenbo
