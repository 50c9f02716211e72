// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentTableView.h"

#include "models/IncidentTableModel.h"

#include <QApplication>
#include <QCursor>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace jikenbo {

void IncidentCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(IncidentTableModel::MissingRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->displayAlignment = Qt::AlignCenter;
    }
    if (index.column() == IncidentTableModel::CaseId &&
        index.data(IncidentTableModel::StarredRole).toBool())
        option->text = u"★ "_s + option->text;
}

bool IncidentCellDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                     const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    const QString shown = index.data(Qt::DisplayRole).toString();
    // Columns whose tooltip adds something always show it; plain text only when cut off.
    const bool extra = !tip.isEmpty() && tip != shown;
    const int needed = option.fontMetrics.horizontalAdvance(shown) + 12;
    if (tip.isEmpty() || (!extra && needed <= view->visualRect(index).width())) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(event->globalPos(), tip, view->viewport(), view->visualRect(index));
    return true;
}

IncidentTableView::IncidentTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"incidentTableView"_s);
    setAccessibleName(tr("Incidents"));
    setItemDelegate(new IncidentCellDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    horizontalHeader()->setSortIndicator(IncidentTableModel::Announced, Qt::DescendingOrder);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &IncidentTableView::headerMenu);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QTableView::customContextMenuRequested, this,
            [this](const QPoint &p) { Q_EMIT rowMenuRequested(viewport()->mapToGlobal(p)); });
}

void IncidentTableView::applyDefaultWidths()
{
    const QFontMetrics fm = fontMetrics();
    const int em = fm.horizontalAdvance(u"漢"_s);
    QHeaderView *h = horizontalHeader();
    h->resizeSection(IncidentTableModel::CaseId, fm.horizontalAdvance(u"★ 2024-0000"_s) + 16);
    h->resizeSection(IncidentTableModel::Announced, fm.horizontalAdvance(u"2024/00/00"_s) + 24);
    h->resizeSection(IncidentTableModel::Organization, em * 12);
    h->resizeSection(IncidentTableModel::Title, em * 26);
    h->resizeSection(IncidentTableModel::Cause, em * 7);
    h->resizeSection(IncidentTableModel::Sector, em * 6);
    h->resizeSection(IncidentTableModel::Affected, fm.horizontalAdvance(u"5,960,000"_s) + 20);
    h->resizeSection(IncidentTableModel::Labels, em * 10);
}

void IncidentTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles)
{
    QTableView::dataChanged(topLeft, bottomRight, roles);
    if (!roles.contains(Qt::ToolTipRole) || !viewport()->underMouse())
        return;
    const QModelIndex hovered = indexAt(viewport()->mapFromGlobal(QCursor::pos()));
    if (!hovered.isValid() || hovered.row() < topLeft.row() || hovered.row() > bottomRight.row() ||
        hovered.column() < topLeft.column() || hovered.column() > bottomRight.column())
        return;
    const QString tip = hovered.data(Qt::ToolTipRole).toString();
    if (!tip.isEmpty() && tip != hovered.data(Qt::DisplayRole).toString())
        QToolTip::showText(QCursor::pos(), tip, viewport(), visualRect(hovered));
}

QModelIndex IncidentTableView::moveCursor(CursorAction cursorAction,
                                          Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveHome || cursorAction == MoveEnd) {
        // Keep the column of the current cell: only the row changes.
        const QModelIndex current = currentIndex();
        const QModelIndex moved =
            QTableView::moveCursor(cursorAction, modifiers | Qt::ControlModifier);
        if (current.isValid() && moved.isValid())
            return model()->index(moved.row(), current.column());
        return moved;
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

void IncidentTableView::headerMenu(const QPoint &pos)
{
    QMenu menu(this);
    QAbstractItemModel *m = model();
    if (!m)
        return;
    for (int c = 0; c < m->columnCount(); ++c) {
        QAction *a = menu.addAction(m->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset column widths")), &QAction::triggered, this,
            &IncidentTableView::applyDefaultWidths);
    menu.exec(horizontalHeader()->mapToGlobal(pos));
}

} // namespace jikenbo
